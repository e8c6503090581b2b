/// A value read as a whole: scalars, or a wrapper type decoding its content in place.
struct SingleValueContainer: SingleValueDecodingContainer {
  let decoder: NodeDecoder
  let node: JSONNode
  let path: CodingPathNode

  var codingPath: [any CodingKey] { path.codingPath }

  func decodeNil() -> Bool {
    if case .null = node.value { return true }
    return false
  }

  func decode(_ type: Bool.Type) throws -> Bool { try read(ScalarConversion.bool) }
  func decode(_ type: String.Type) throws -> String { try read(ScalarConversion.string) }
  func decode(_ type: Double.Type) throws -> Double { try read(ScalarConversion.double) }
  func decode(_ type: Float.Type) throws -> Float { try read(ScalarConversion.float) }
  func decode(_ type: Int.Type) throws -> Int { try readInteger() }
  func decode(_ type: Int8.Type) throws -> Int8 { try readInteger() }
  func decode(_ type: Int16.Type) throws -> Int16 { try readInteger() }
  func decode(_ type: Int32.Type) throws -> Int32 { try readInteger() }
  func decode(_ type: Int64.Type) throws -> Int64 { try readInteger() }
  func decode(_ type: UInt.Type) throws -> UInt { try readInteger() }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try readInteger() }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try readInteger() }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try readInteger() }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try readInteger() }

  func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try decoder.unwrap(type, from: node, at: path)
  }

  private func readInteger<Integer: FixedWidthInteger>() throws(StrictJSONError) -> Integer {
    try read { node throws(ConversionFailure) in try ScalarConversion.integer(node) }
  }

  private func read<Value>(
    _ conversion: (JSONNode) throws(ConversionFailure) -> Value
  ) throws(StrictJSONError) -> Value {
    try decoder.convert(node, at: path, conversion)
  }
}
