/// Derives the JSON Schema of a `Decodable` type from the type itself.
///
/// The type is decoded once from a probe instead of a document: the probe records every key
/// the type's `init(from:)` asks for, whether it asks with `decode` (required to read) or
/// `decodeIfPresent` (optional), and the type it wants there, recursing into nested types,
/// arrays and maps. Because the strict decoder refuses exactly the keys no type asks for, the
/// derived schema lists exactly the keys the reader accepts: it cannot drift from the model.
///
/// What a probe cannot see is given by the types and the caller: scalars with rules of their
/// own (dates, amounts) conform to ``JSONSchemaScalar``, string enumerations to
/// ``JSONSchemaEnumeration``, and the human descriptions come from `descriptions`, keyed by
/// type name (`"Werknemer"`) and by `"Type.key"` (`"Werknemer.bsn"`).
public struct JSONSchemaDerivation: Sendable {
  public var descriptions: [String: String]

  public init(descriptions: [String: String]) {
    self.descriptions = descriptions
  }

  /// The schema document of `type`, which must decode from a JSON object.
  public func document<Root: Decodable>(
    for type: Root.Type, id: String, title: String
  ) throws(JSONSchemaDerivationError) -> JSONSchemaDocument {
    let state = try probe(Root.self)
    let rootName = String(describing: Root.self)
    guard case .object(let root)? = state.definition(rootName) else {
      throw JSONSchemaDerivationError(path: "$", message: "\(rootName) does not read a JSON object")
    }
    return JSONSchemaDocument(
      id: id, title: title, root: root,
      definitions: state.definitions.filter { $0.name != rootName })
  }

  private func probe<Root: Decodable>(
    _ type: Root.Type
  ) throws(JSONSchemaDerivationError) -> ProbeState {
    let state = ProbeState(descriptions: descriptions)
    do {
      _ = try state.probe(Root.self, path: [])
    } catch let error as JSONSchemaDerivationError {
      throw error
    } catch {
      throw JSONSchemaDerivationError(path: "$", message: "\(error)")
    }
    return state
  }

  /// Descriptions the derivation of `type` needs but `descriptions` lacks (`"Type.key"`), and
  /// descriptions nothing uses: both empty when the documentation matches the model.
  public func descriptionGaps<Root: Decodable>(
    for type: Root.Type
  ) throws(JSONSchemaDerivationError) -> (missing: [String], unused: [String]) {
    let state = try probe(Root.self)
    let unused = descriptions.keys.filter { !state.usedDescriptions.contains($0) }.sorted()
    return (state.missingDescriptions, unused)
  }
}

/// A type the derivation cannot describe (it reads something other than plain keyed values, or
/// a string enumeration without ``JSONSchemaEnumeration``).
public struct JSONSchemaDerivationError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public var description: String { "\(path): \(message)" }
}

// MARK: - The probe

/// What one derivation has met so far: named object definitions and an example value of each
/// type, so that a type used in several places is probed once.
private final class ProbeState {
  let descriptions: [String: String]
  private(set) var definitions: [(name: String, schema: JSONSchema)] = []
  private var examples: [String: Any] = [:]
  private var inProgress: Set<String> = []
  private(set) var usedDescriptions: Set<String> = []
  private(set) var missingDescriptions: [String] = []

  init(descriptions: [String: String]) {
    self.descriptions = descriptions
  }

  func definition(_ name: String) -> JSONSchema? {
    definitions.first { $0.name == name }?.schema
  }

  func describe(_ key: String) -> String? {
    guard let text = descriptions[key] else {
      if !missingDescriptions.contains(key) { missingDescriptions.append(key) }
      return nil
    }
    usedDescriptions.insert(key)
    return text
  }

  /// The schema of `type` at `path`, and a value of it to hand back to the decoding type.
  func probe<T: Decodable>(_ type: T.Type, path: [String]) throws -> (JSONSchema, T) {
    if let primitive = Primitive.probe(T.self) { return primitive }
    if let scalar = T.self as? any JSONSchemaScalar.Type {
      guard let example = scalar.jsonSchemaExample as? T else { throw mismatch(T.self, path) }
      return (scalar.jsonSchema, example)
    }
    if let enumeration = T.self as? any JSONSchemaEnumeration.Type {
      guard let example = Self.firstCase(of: enumeration) as? T else {
        throw mismatch(T.self, path)
      }
      return (.enumeration(Self.values(of: enumeration)), example)
    }
    let name = String(describing: T.self)
    if definition(name) != nil, let example = examples[name] as? T {
      return (.reference(name), example)
    }
    guard !inProgress.contains(name) else {
      throw JSONSchemaDerivationError(
        path: Self.jsonPath(path),
        message: "\(name) contains itself; recursive types are not supported")
    }
    inProgress.insert(name)
    defer { inProgress.remove(name) }

    let decoder = ProbeDecoder(state: self, typeName: name, path: path)
    let value = try T(from: decoder)
    switch decoder.shape {
    case .object(let properties):
      let object = JSONSchemaObject(description: describe(name), properties: properties)
      definitions.append((name, .object(object)))
      examples[name] = value
      return (.reference(name), value)
    case .array(let items?): return (.array(items: items), value)
    case .map(let values?): return (.map(values: values), value)
    case .scalar(let schema): return (schema, value)
    case .none, .array(nil), .map(nil):
      throw JSONSchemaDerivationError(
        path: Self.jsonPath(path), message: "\(name) reads nothing the probe can describe")
    }
  }

  private func mismatch(_ type: Any.Type, _ path: [String]) -> JSONSchemaDerivationError {
    JSONSchemaDerivationError(
      path: Self.jsonPath(path), message: "\(type) gives an example of another type")
  }

  private static func values<E: JSONSchemaEnumeration>(of type: E.Type) -> [String] {
    type.jsonSchemaValues
  }

  private static func firstCase<E: JSONSchemaEnumeration>(of type: E.Type) -> Any? {
    type.jsonSchemaExample
  }

  static func jsonPath(_ path: [String]) -> String {
    "$" + path.map { $0.hasPrefix("[") ? $0 : "." + $0 }.joined()
  }
}

/// The JSON scalars Swift's own types read.
private enum Primitive {
  static func probe<T>(_ type: T.Type) -> (JSONSchema, T)? {
    func pair(_ schema: JSONSchema, _ value: Any) -> (JSONSchema, T)? {
      guard let value = value as? T else { return nil }
      return (schema, value)
    }
    switch type {
    case is String.Type: return pair(.string(), "")
    case is Bool.Type: return pair(.boolean(), false)
    case is Double.Type: return pair(.number(), 0.0)
    case is Float.Type: return pair(.number(), Float(0))
    case is Int.Type: return pair(.integer(), 0)
    case is Int64.Type: return pair(.integer(), Int64(0))
    case is Int32.Type: return pair(.integer(), Int32(0))
    case is UInt.Type: return pair(.integer(), UInt(0))
    default: return nil
    }
  }
}

private final class ProbeDecoder: Decoder {
  enum Shape {
    case none
    case object([JSONSchemaObject.Property])
    case array(JSONSchema?)
    case map(JSONSchema?)
    case scalar(JSONSchema)
  }

  let state: ProbeState
  let typeName: String
  let path: [String]
  var shape: Shape = .none

  init(state: ProbeState, typeName: String, path: [String]) {
    self.state = state
    self.typeName = typeName
    self.path = path
  }

  var codingPath: [any CodingKey] { path.map { ProbeKey(stringValue: $0) } }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    if case .none = shape { shape = .object([]) }
    return KeyedDecodingContainer(ProbeKeyedContainer<Key>(decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    if case .none = shape { shape = .array(nil) }
    return ProbeUnkeyedContainer(decoder: self)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    ProbeSingleValueContainer(decoder: self)
  }

  /// A key the type asked for: its schema and an example value.
  func property<T: Decodable>(_ type: T.Type, key: String, required: Bool) throws -> T {
    if case .map = shape {
      let (schema, value) = try state.probe(T.self, path: path + ["*"])
      shape = .map(schema)
      return value
    }
    let (schema, value) = try state.probe(T.self, path: path + [key])
    guard case .object(var properties) = shape else { return value }
    if !properties.contains(where: { $0.name == key }) {
      let described = schema.describing(state.describe("\(typeName).\(key)"))
      properties.append(.init(name: key, schema: described, isRequired: required))
      shape = .object(properties)
    }
    return value
  }

  func element<T: Decodable>(_ type: T.Type) throws -> T {
    let (schema, value) = try state.probe(T.self, path: path + ["[]"])
    shape = .array(schema)
    return value
  }

  func scalar<T: Decodable>(_ type: T.Type) throws -> T {
    guard let (schema, value) = Primitive.probe(T.self) else {
      return try state.probe(T.self, path: path).1
    }
    shape = .scalar(schema)
    return value
  }

  func unsupported(_ what: String) -> JSONSchemaDerivationError {
    JSONSchemaDerivationError(
      path: ProbeState.jsonPath(path),
      message: "\(typeName) uses \(what), which the schema cannot describe")
  }
}

private struct ProbeKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { return nil }
}

private struct ProbeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: ProbeDecoder

  var codingPath: [any CodingKey] { decoder.codingPath }

  /// Read by types that take whatever keys there are (`[String: T]`): one stand-in key.
  var allKeys: [Key] {
    decoder.shape = .map(nil)
    return [Key(stringValue: "*")].compactMap { $0 }
  }

  func contains(_ key: Key) -> Bool { true }
  func decodeNil(forKey key: Key) throws -> Bool { false }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.property(T.self, key: key.stringValue, required: true)
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    try decoder.property(T.self, key: key.stringValue, required: false)
  }

  // The standard library's defaults for these would call `decode`, marking optional keys
  // as required; each forwards to the generic form instead.
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(false, key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode("", key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(0.0, key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(Float(0), key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(0, key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(Int8(0), key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(Int16(0), key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Int32(0), key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Int64(0), key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(UInt(0), key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(UInt8(0), key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(UInt16(0), key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(UInt32(0), key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(UInt64(0), key) }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try optional(false, key)
  }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try optional("", key)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try optional(0.0, key)
  }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
    try optional(Float(0), key)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(0, key) }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
    try optional(Int8(0), key)
  }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
    try optional(Int16(0), key)
  }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
    try optional(Int32(0), key)
  }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
    try optional(Int64(0), key)
  }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
    try optional(UInt(0), key)
  }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
    try optional(UInt8(0), key)
  }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
    try optional(UInt16(0), key)
  }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
    try optional(UInt32(0), key)
  }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
    try optional(UInt64(0), key)
  }

  private func decode<T: Decodable>(_ witness: T, _ key: Key) throws -> T {
    try decoder.property(T.self, key: key.stringValue, required: true)
  }
  private func optional<T: Decodable>(_ witness: T, _ key: Key) throws -> T? {
    try decoder.property(T.self, key: key.stringValue, required: false)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    throw decoder.unsupported("a nested keyed container")
  }
  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    throw decoder.unsupported("a nested unkeyed container")
  }
  func superDecoder() throws -> any Decoder { throw decoder.unsupported("superDecoder") }
  func superDecoder(forKey key: Key) throws -> any Decoder {
    throw decoder.unsupported("superDecoder")
  }
}

/// Hands out one element, enough to learn the element type.
private struct ProbeUnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: ProbeDecoder
  var currentIndex = 0

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { 1 }
  var isAtEnd: Bool { currentIndex >= 1 }

  mutating func decodeNil() throws -> Bool { false }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    currentIndex += 1
    return try decoder.element(T.self)
  }
  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    throw decoder.unsupported("a nested keyed container in an array")
  }
  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    throw decoder.unsupported("a nested array container")
  }
  mutating func superDecoder() throws -> any Decoder { throw decoder.unsupported("superDecoder") }
}

private struct ProbeSingleValueContainer: SingleValueDecodingContainer {
  let decoder: ProbeDecoder

  var codingPath: [any CodingKey] { decoder.codingPath }
  func decodeNil() -> Bool { false }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.scalar(T.self) }
}
