public import Foundation

/// One place where a JSON document does not match its schema.
public struct JSONSchemaViolation: Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var position: JSONPosition?

  public var description: String {
    (position.map { "\($0.line):\($0.column): " } ?? "") + "\(path): \(message)"
  }
}

extension JSONSchemaDocument {
  /// Checks a parsed document against this schema, the way any draft 2020-12 validator
  /// would for the keywords this project writes (type, properties, required,
  /// additionalProperties, items, enum, pattern, minimum, $ref). Formats are annotations, as
  /// the draft's default says; the strict reader checks that a date exists.
  public func violations(of node: JSONNode) -> [JSONSchemaViolation] {
    var root = root
    root.properties.insert(
      .init(name: StrictJSONDecoder.schemaKey, schema: .string(), isRequired: false), at: 0)
    var found: [JSONSchemaViolation] = []
    check(node, against: .object(root), path: .root, into: &found)
    return found
  }

  private func check(
    _ node: JSONNode, against schema: JSONSchema, path: CodingPathNode,
    into found: inout [JSONSchemaViolation]
  ) {
    func fail(_ message: String) {
      found.append(.init(path: path.jsonPath, message: message, position: node.position))
    }
    switch (schema, node.value) {
    case (.reference(let name, _), _):
      guard let target = definition(name) else { return fail("no definition \(name)") }
      check(node, against: target, path: path, into: &found)
    case (.string(let pattern, _, _, _), .string(let text)):
      if let pattern, !JSONSchemaDocument.matches(text, pattern) {
        fail("\"\(text)\" does not match \(pattern)")
      }
    case (.enumeration(let values, _), .string(let text)):
      if !values.contains(text) {
        fail("\"\(text)\" is not one of \(values.joined(separator: ", "))")
      }
    case (.number(let minimum, _), .number(let literal)):
      if let minimum, let value = Double(literal), value < minimum {
        fail("\(literal) is below \(minimum)")
      }
    case (.integer, .number(let literal)):
      if Int(literal) == nil { fail("\(literal) is not an integer") }
    case (.boolean, .bool): break
    case (.array(let items, _), .array(let elements)):
      for (index, element) in elements.enumerated() {
        check(element, against: items, path: path.appending(index), into: &found)
      }
    case (.map(let values, _), .object(let members)):
      for member in members {
        check(member.value, against: values, path: path.appending(key: member.key), into: &found)
      }
    case (.object(let object), .object(let members)):
      for member in members {
        guard let property = object.properties.first(where: { $0.name == member.key }) else {
          found.append(
            .init(
              path: path.appending(key: member.key).jsonPath,
              message: "\"\(member.key)\" is not a property here (additionalProperties: false)",
              position: member.keyPosition))
          continue
        }
        check(
          member.value, against: property.schema, path: path.appending(key: member.key),
          into: &found)
      }
      for key in object.required where !members.contains(where: { $0.key == key }) {
        fail("required property \"\(key)\" is missing")
      }
    default:
      fail("expected \(JSONSchemaDocument.kind(of: schema)), found \(node.value.kindDescription)")
    }
  }

  private static func kind(of schema: JSONSchema) -> String {
    switch schema {
    case .string, .enumeration: "a string"
    case .number: "a number"
    case .integer: "an integer"
    case .boolean: "a boolean"
    case .array: "an array"
    case .map, .object: "an object"
    case .reference(let name, _): name
    }
  }

  /// ECMA-262 patterns as JSON Schema uses them; those written here are also valid Swift regex.
  private static func matches(_ text: String, _ pattern: String) -> Bool {
    guard let regex = try? Regex(pattern) else { return false }
    return (try? regex.firstMatch(in: text)) != nil
  }
}

extension JSONSchemaDocument {
  /// A document holding every property of every object once, each array with one element
  /// and each value its schema's example (or the first allowed value): the largest file the
  /// schema describes, which the strict reader must accept whole if schema and reader agree.
  public func completeInstance() throws -> Data {
    try StrictJSONEncoder().encode(instance(of: .object(root), depth: 0))
  }

  private func instance(of schema: JSONSchema, depth: Int) -> SchemaJSON {
    guard depth < 64 else { return .object([]) }
    switch schema {
    case .reference(let name, _):
      return definition(name).map { instance(of: $0, depth: depth + 1) } ?? .object([])
    case .string(_, _, let example, _): return .string(example ?? "tekst")
    case .enumeration(let values, _): return .string(values.first ?? "")
    case .number(let minimum, _): return .number(max(minimum ?? 1, 1))
    case .integer: return .number(1)
    case .boolean: return .bool(true)
    case .array(let items, _): return .array([instance(of: items, depth: depth + 1)])
    case .map(let values, _): return .object([("sleutel", instance(of: values, depth: depth + 1))])
    case .object(let object):
      return .object(object.properties.map { ($0.name, instance(of: $0.schema, depth: depth + 1)) })
    }
  }
}
