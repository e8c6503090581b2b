/// The members of one JSON object, looked up by key; every lookup is recorded so the decoder
/// can refuse the keys nobody asked for once the object's type has finished.
struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: NodeDecoder
  let object: JSONNode
  let members: [JSONMember]
  let path: CodingPathNode
  /// Index of this object's tracker in the session, or nil when unknown keys are allowed.
  private let tracker: Int?
  /// The tracker's identity for this object, checked on every record (see DecodingSession).
  private let identity: UnsafeRawPointer?
  /// Key to member index, built only for large objects where scanning would cost.
  private let index: [String: Int]?

  init(decoder: NodeDecoder, object: JSONNode, members: [JSONMember], path: CodingPathNode) {
    self.decoder = decoder
    self.object = object
    self.members = members
    self.path = path
    self.tracker = decoder.session.tracker(for: members, at: path)
    self.identity = KeyTracker.identity(of: members)
    self.index =
      members.count > 16
      ? Dictionary(
        members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
      : nil
  }

  var codingPath: [any CodingKey] { path.codingPath }

  var allKeys: [Key] {
    decoder.session.recordAllKeysRead(tracker: tracker)
    return members.compactMap { Key(stringValue: $0.key) }
  }

  func contains(_ key: Key) -> Bool { lookup(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    if case .null = try member(key).value { return true }
    return false
  }

  // MARK: Scalars

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try read(key, ScalarConversion.bool)
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try read(key, ScalarConversion.string)
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try read(key, ScalarConversion.double)
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try read(key, ScalarConversion.float)
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try readInteger(key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try readInteger(key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try readInteger(key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try readInteger(key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try readInteger(key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try readInteger(key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try readInteger(key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try readInteger(key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try readInteger(key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try readInteger(key) }

  func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
    try decoder.unwrap(type, from: try member(key), at: path.appending(key: key))
  }

  // MARK: Optionals, one lookup each instead of the default contains + decodeNil + decode

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try readIfPresent(key, ScalarConversion.bool)
  }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try readIfPresent(key, ScalarConversion.string)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try readIfPresent(key, ScalarConversion.double)
  }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
    try readIfPresent(key, ScalarConversion.float)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
    try readIntegerIfPresent(key)
  }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
    try readIntegerIfPresent(key)
  }

  func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
    guard let node = presentValue(key) else { return nil }
    return try decoder.unwrap(type, from: node, at: path.appending(key: key))
  }

  // MARK: Nesting

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let node = try member(key)
    let nestedPath = path.appending(key: key)
    guard case .object(let nestedMembers) = node.value else {
      throw decoder.mismatch(expected: "an object", node: node, path: nestedPath)
    }
    return KeyedDecodingContainer(
      KeyedContainer<NestedKey>(
        decoder: decoder, object: node, members: nestedMembers, path: nestedPath))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let node = try member(key)
    let nestedPath = path.appending(key: key)
    guard case .array(let elements) = node.value else {
      throw decoder.mismatch(expected: "an array", node: node, path: nestedPath)
    }
    return UnkeyedContainer(decoder: decoder, array: node, elements: elements, path: nestedPath)
  }

  func superDecoder() throws -> any Decoder {
    try superDecoder(forKey: NameKey("super"))
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    try superDecoder(forKey: key as any CodingKey)
  }

  /// Like JSONDecoder, an absent `super` key yields a decoder over `null`, so a superclass
  /// with only optional properties still decodes.
  private func superDecoder(forKey key: any CodingKey) throws -> any Decoder {
    let found = lookup(name: key.stringValue)
    let node = found.map { members[$0].value } ?? JSONNode(value: .null, position: object.position)
    return decoder.makeSuperDecoder(node: node, path: path.appending(key: key))
  }
}

// MARK: - Lookup

extension KeyedContainer {
  private func lookup(_ key: Key) -> Int? { lookup(name: key.stringValue) }

  private func lookup(name: String) -> Int? {
    let found = index.map { $0[name] } ?? members.firstIndex { $0.key == name }
    decoder.session.recordLookup(tracker: tracker, identity: identity, of: name, found: found)
    return found
  }

  /// The value for a required key, or the error for its absence.
  private func member(_ key: Key) throws(StrictJSONError) -> JSONNode {
    guard let found = lookup(key) else { throw missing(key) }
    return members[found].value
  }

  /// The value for an optional key; absent and `null` both mean "not there".
  private func presentValue(_ key: Key) -> JSONNode? {
    guard let found = lookup(key) else { return nil }
    let node = members[found].value
    if case .null = node.value { return nil }
    return node
  }

  private func missing(_ key: Key) -> StrictJSONError {
    let name = key.stringValue
    if let typo = decoder.session.misspelling(
      of: name, tracker: tracker, isDeclaredKey: { Key(stringValue: $0) != nil })
    {
      return typo
    }
    return StrictJSONError(.missingKey(name), path: path.jsonPath, position: object.position)
  }

  private func read<Value>(
    _ key: Key, _ conversion: (JSONNode) throws(ConversionFailure) -> Value
  ) throws(StrictJSONError) -> Value {
    try decoder.convert(try member(key), at: path.appending(key: key), conversion)
  }

  private func readIfPresent<Value>(
    _ key: Key, _ conversion: (JSONNode) throws(ConversionFailure) -> Value
  ) throws(StrictJSONError) -> Value? {
    guard let node = presentValue(key) else { return nil }
    return try decoder.convert(node, at: path.appending(key: key), conversion)
  }

  private func readInteger<Integer: FixedWidthInteger>(
    _ key: Key
  ) throws(StrictJSONError) -> Integer {
    try read(key) { node throws(ConversionFailure) in try ScalarConversion.integer(node) }
  }

  private func readIntegerIfPresent<Integer: FixedWidthInteger>(
    _ key: Key
  ) throws(StrictJSONError) -> Integer? {
    try readIfPresent(key) { node throws(ConversionFailure) in try ScalarConversion.integer(node) }
  }
}
