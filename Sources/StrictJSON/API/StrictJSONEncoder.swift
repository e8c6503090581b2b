public import Foundation

/// Encodes `Encodable` values as JSON that people read and review: keys in the order the type
/// encodes them (for synthesized `Encodable`, declaration order), two-space indentation,
/// `"key": value`, one array element per line, a final newline.
///
/// The counterpart of ``StrictJSONDecoder`` for files the tool writes for people to edit
/// (case files): the same value gives the same bytes on every run and machine (no
/// dictionary order, no locale), and whatever it writes reads back strictly. Numbers are
/// written in their shortest exact form (`36`, not `36.0`); `nil` optionals are left out;
/// strings are escaped only where JSON requires it, so Dutch text stays readable.
///
///     let data = try StrictJSONEncoder().encode(dossier)
public struct StrictJSONEncoder: Sendable {
  public init() {}

  /// - Throws: `EncodingError.invalidValue` for a number JSON cannot hold (NaN, infinity), or
  ///   any error the value's own `encode(to:)` throws.
  public func encode(_ value: some Encodable) throws -> Data {
    let root = EncodedNode()
    try value.encode(to: NodeEncoder(node: root, codingPath: []))
    var text = ""
    root.write(into: &text, indent: 0)
    text += "\n"
    return Data(text.utf8)
  }
}

/// A value being built: filled in once by whichever container the encoding type asks for.
final class EncodedNode {
  enum Content {
    case unset
    case literal(String)
    case object([(key: String, node: EncodedNode)])
    case array([EncodedNode])
  }
  var content: Content = .unset

  func write(into text: inout String, indent: Int) {
    switch content {
    case .unset: text += "null"
    case .literal(let literal): text += literal
    case .array(let elements):
      guard !elements.isEmpty else {
        text += "[]"
        return
      }
      text += "[\n"
      for (index, element) in elements.enumerated() {
        text += String(repeating: "  ", count: indent + 1)
        element.write(into: &text, indent: indent + 1)
        text += index == elements.count - 1 ? "\n" : ",\n"
      }
      text += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      text += "{\n"
      for (index, member) in members.enumerated() {
        text += String(repeating: "  ", count: indent + 1)
        text += EncodedNode.quoted(member.key) + ": "
        member.node.write(into: &text, indent: indent + 1)
        text += index == members.count - 1 ? "\n" : ",\n"
      }
      text += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// A JSON string literal: only `"`, `\` and control characters are escaped (RFC 8259 §7).
  static func quoted(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// The shortest text that reads back as the same `Double`; whole numbers without `.0`.
  static func number(_ value: Double, codingPath: [any CodingKey]) throws -> String {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value,
        .init(codingPath: codingPath, debugDescription: "JSON has no number for \(value)"))
    }
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}

struct NodeEncoder: Encoder {
  let node: EncodedNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = node.content {} else { node.content = .object([]) }
    return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = node.content {} else { node.content = .array([]) }
    return UnkeyedNodeContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeContainer(node: node, codingPath: codingPath)
  }
}

/// Scalars every container writes the same way.
enum Literal {
  static func of<T: Encodable>(_ value: T, in node: EncodedNode, codingPath: [any CodingKey])
    throws
  {
    switch value {
    case let string as String: node.content = .literal(EncodedNode.quoted(string))
    case let bool as Bool: node.content = .literal(bool ? "true" : "false")
    case let double as Double:
      node.content = .literal(try EncodedNode.number(double, codingPath: codingPath))
    case let float as Float:
      node.content = .literal(try EncodedNode.number(Double(float), codingPath: codingPath))
    case let decimal as Decimal: node.content = .literal("\(decimal)")
    case let int as any BinaryInteger: node.content = .literal("\(int)")
    default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
  }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  /// The member for `key`, replacing an earlier one of the same name in place.
  private func child(_ key: Key) -> EncodedNode { child(named: key.stringValue) }

  private func child(named name: String) -> EncodedNode {
    let child = EncodedNode()
    guard case .object(var members) = node.content else { return child }
    if let index = members.firstIndex(where: { $0.key == name }) {
      members[index].node = child
    } else {
      members.append((name, child))
    }
    node.content = .object(members)
    return child
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).content = .literal("null") }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try Literal.of(value, in: child(key), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: child(named: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: child(key), codingPath: codingPath + [key])
  }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  var count: Int {
    if case .array(let elements) = node.content { elements.count } else { 0 }
  }

  private func append() -> EncodedNode {
    let child = EncodedNode()
    if case .array(var elements) = node.content {
      elements.append(child)
      node.content = .array(elements)
    }
    return child
  }

  private var indexKey: any CodingKey { ArrayIndexKey(intValue: count) }

  mutating func encodeNil() throws { append().content = .literal("null") }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let path = codingPath + [indexKey]
    try Literal.of(value, in: append(), codingPath: path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let path = codingPath + [indexKey]
    return NodeEncoder(node: append(), codingPath: path).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let path = codingPath + [indexKey]
    return NodeEncoder(node: append(), codingPath: path).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let path = codingPath + [indexKey]
    return NodeEncoder(node: append(), codingPath: path)
  }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .literal("null") }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try Literal.of(value, in: node, codingPath: codingPath)
  }
}

private struct ArrayIndexKey: CodingKey {
  var stringValue: String { "\(intValue ?? 0)" }
  var intValue: Int?
  init(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}
