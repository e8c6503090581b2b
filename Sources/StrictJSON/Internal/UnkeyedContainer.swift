/// The elements of one JSON array, read in order; each element's path is its index.
struct UnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: NodeDecoder
  let array: JSONNode
  let elements: [JSONNode]
  let path: CodingPathNode
  private(set) var currentIndex = 0

  init(decoder: NodeDecoder, array: JSONNode, elements: [JSONNode], path: CodingPathNode) {
    self.decoder = decoder
    self.array = array
    self.elements = elements
    self.path = path
  }

  var codingPath: [any CodingKey] { path.codingPath }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  mutating func decodeNil() throws -> Bool {
    guard case .null = try next().value else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try read(ScalarConversion.bool) }
  mutating func decode(_ type: String.Type) throws -> String {
    try read(ScalarConversion.string)
  }
  mutating func decode(_ type: Double.Type) throws -> Double {
    try read(ScalarConversion.double)
  }
  mutating func decode(_ type: Float.Type) throws -> Float { try read(ScalarConversion.float) }
  mutating func decode(_ type: Int.Type) throws -> Int { try readInteger() }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try readInteger() }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try readInteger() }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try readInteger() }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try readInteger() }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try readInteger() }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try readInteger() }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try readInteger() }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try readInteger() }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try readInteger() }

  mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    let node = try next()
    let value = try decoder.unwrap(type, from: node, at: path.appending(currentIndex))
    currentIndex += 1
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let node = try next()
    let nestedPath = path.appending(currentIndex)
    guard case .object(let members) = node.value else {
      throw decoder.mismatch(expected: "an object", node: node, path: nestedPath)
    }
    currentIndex += 1
    return KeyedDecodingContainer(
      KeyedContainer<NestedKey>(decoder: decoder, object: node, members: members, path: nestedPath))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let node = try next()
    let nestedPath = path.appending(currentIndex)
    guard case .array(let nested) = node.value else {
      throw decoder.mismatch(expected: "an array", node: node, path: nestedPath)
    }
    currentIndex += 1
    return UnkeyedContainer(decoder: decoder, array: node, elements: nested, path: nestedPath)
  }

  mutating func superDecoder() throws -> any Decoder {
    let node = try next()
    let superPath = path.appending(currentIndex)
    currentIndex += 1
    return decoder.makeSuperDecoder(node: node, path: superPath)
  }

  /// The element at `currentIndex`; the index moves only after a successful read, as in
  /// JSONDecoder, so a type may retry an element as another type.
  private func next() throws(StrictJSONError) -> JSONNode {
    guard currentIndex < elements.count else {
      throw StrictJSONError(
        .typeMismatch(
          expected: "more than \(elements.count) array elements",
          found: "the end of the array"),
        path: path.jsonPath, position: array.position)
    }
    return elements[currentIndex]
  }

  private mutating func read<Value>(
    _ conversion: (JSONNode) throws(ConversionFailure) -> Value
  ) throws(StrictJSONError) -> Value {
    let value = try decoder.convert(try next(), at: path.appending(currentIndex), conversion)
    currentIndex += 1
    return value
  }

  private mutating func readInteger<Integer: FixedWidthInteger>() throws(StrictJSONError)
    -> Integer
  {
    try read { node throws(ConversionFailure) in try ScalarConversion.integer(node) }
  }
}
