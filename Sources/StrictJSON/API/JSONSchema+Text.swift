public import Foundation

extension JSONSchemaDocument {
  /// The draft 2020-12 meta-schema every document declares.
  public static let metaSchema = "https://json-schema.org/draft/2020-12/schema"

  /// The document as JSON text, keys in a fixed order, for editors and any JSON Schema
  /// validator. The root accepts a `"$schema"` string, as the strict decoder does, so a file
  /// can name its schema for the editor.
  public func jsonText() throws -> Data {
    var root = root
    root.properties.insert(
      .init(
        name: "$schema", schema: .string(description: JSONSchemaDocument.schemaKeyDescription),
        isRequired: false), at: 0)
    var members: [(String, SchemaJSON)] = [
      ("$schema", .string(JSONSchemaDocument.metaSchema)),
      ("$id", .string(id)),
      ("title", .string(title)),
    ]
    members += JSONSchemaDocument.members(of: root)
    if !definitions.isEmpty {
      members.append(
        ("$defs", .object(definitions.map { ($0.name, JSONSchemaDocument.json($0.schema)) })))
    }
    return try StrictJSONEncoder().encode(SchemaJSON.object(members))
  }

  /// Accepted by the reader at the top of a file, ignored otherwise.
  public static let schemaKeyDescription =
    "Het schema van dit bestand (voor editors); de lezer negeert het."

  static func members(of object: JSONSchemaObject) -> [(String, SchemaJSON)] {
    var members: [(String, SchemaJSON)] = []
    if let description = object.description {
      members.append(("description", .string(description)))
    }
    members.append(("type", .string("object")))
    members.append(
      ("properties", .object(object.properties.map { ($0.name, json($0.schema)) })))
    if !object.required.isEmpty {
      members.append(("required", .array(object.required.map { .string($0) })))
    }
    members.append(("additionalProperties", .bool(false)))
    return members
  }

  static func json(_ schema: JSONSchema) -> SchemaJSON {
    func with(_ description: String?, _ members: [(String, SchemaJSON)]) -> SchemaJSON {
      guard let description else { return .object(members) }
      return .object([("description", .string(description))] + members)
    }
    switch schema {
    case .string(let pattern, let format, let example, let description):
      var members: [(String, SchemaJSON)] = [("type", .string("string"))]
      if let pattern { members.append(("pattern", .string(pattern))) }
      if let format { members.append(("format", .string(format))) }
      if let example { members.append(("examples", .array([.string(example)]))) }
      return with(description, members)
    case .enumeration(let values, let description):
      return with(
        description, [("type", .string("string")), ("enum", .array(values.map { .string($0) }))])
    case .number(let minimum, let description):
      var members: [(String, SchemaJSON)] = [("type", .string("number"))]
      if let minimum { members.append(("minimum", .number(minimum))) }
      return with(description, members)
    case .integer(let description): return with(description, [("type", .string("integer"))])
    case .boolean(let description): return with(description, [("type", .string("boolean"))])
    case .array(let items, let description):
      return with(description, [("type", .string("array")), ("items", json(items))])
    case .map(let values, let description):
      return with(
        description, [("type", .string("object")), ("additionalProperties", json(values))])
    case .object(let object): return .object(members(of: object))
    case .reference(let name, let description):
      return with(description, [("$ref", .string("#/$defs/\(name)"))])
    }
  }
}

/// JSON built member by member, so the schema's keys keep their order.
enum SchemaJSON: Encodable {
  case string(String)
  case bool(Bool)
  case number(Double)
  case array([SchemaJSON])
  case object([(String, SchemaJSON)])

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .string(let text):
      var container = encoder.singleValueContainer()
      try container.encode(text)
    case .bool(let flag):
      var container = encoder.singleValueContainer()
      try container.encode(flag)
    case .number(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .array(let elements):
      var container = encoder.unkeyedContainer()
      for element in elements { try container.encode(element) }
    case .object(let members):
      var container = encoder.container(keyedBy: Key.self)
      for (key, value) in members { try container.encode(value, forKey: Key(stringValue: key)) }
    }
  }
}
