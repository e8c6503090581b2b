/// Strict RFC 8259 JSON text to a tree of ``JSONNode`` values with source positions.
///
/// Strict because the input is hand-written: anything a lenient parser would guess about
/// (trailing commas, comments, `NaN`, single quotes, duplicate keys) is refused with a
/// position, so a typo cannot change the meaning of a case file unnoticed. A UTF-8 byte-order
/// mark at the very start is skipped, since Windows editors add one. Nesting deeper than
/// ``maximumDepth`` is an error rather than a stack overflow.
///
///     let node = try JSONParser.parse(#"{"naam": "Jansen"}"#.utf8)
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 512

  /// Parses one JSON value from UTF-8 bytes.
  ///
  /// - Parameter bytes: The whole document, UTF-8 encoded.
  /// - Returns: The root value with its position and every nested value's position.
  /// - Throws: ``StrictJSONError`` with a `.syntax` reason (or `.duplicateKey`) and the
  ///   position of the offending character when the bytes are not exactly one JSON value.
  public static func parse(_ bytes: some Collection<UInt8>) throws(StrictJSONError) -> JSONNode {
    // Scanning a contiguous buffer is several times faster than a generic collection; only
    // non-contiguous input pays for a copy.
    let direct = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(StrictJSONError) -> JSONNode in try parse(buffer: buffer) }
    }
    if let direct { return try direct.get() }
    let copy = Array(bytes)
    return try copy.withUnsafeBufferPointer { buffer in
      Result { () throws(StrictJSONError) -> JSONNode in try parse(buffer: buffer) }
    }.get()
  }

  private static func parse(
    buffer: UnsafeBufferPointer<UInt8>
  ) throws(StrictJSONError) -> JSONNode {
    var parser = ByteParser(bytes: buffer, maximumDepth: maximumDepth)
    return try parser.parseDocument()
  }
}
