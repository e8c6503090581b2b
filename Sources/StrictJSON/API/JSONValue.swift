/// A parsed JSON value, without loss: numbers keep their literal text so that `Decimal`
/// amounts and large integers decode exactly, and objects keep member order and positions.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// The number exactly as written (`"1234.50"`, `"-0"`, `"1e3"`), already checked against
  /// the RFC 8259 grammar; converting is left to the reader, who knows the wanted type.
  case number(String)
  case string(String)
  case array([JSONNode])
  /// Members in document order; keys are unique (the parser rejects duplicates).
  case object([JSONMember])
}

extension JSONValue {
  /// The kind of value with an article ("a string", "null"), for "expected …, found …".
  var kindDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
