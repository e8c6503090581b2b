// MARK: - Syntax errors

extension ByteParser {
  func syntaxError(_ message: String) -> StrictJSONError {
    StrictJSONError(.syntax(message), path: syntaxPath(), position: position)
  }

  /// Names what was found instead of what was expected, and recognises the usual habits
  /// from JavaScript and word processors that JSON does not allow.
  func unexpectedCharacter(expecting expected: String) -> StrictJSONError {
    guard let byte = peek else { return syntaxError("unexpected end of input") }
    switch byte {
    case UInt8(ascii: "/"): return syntaxError("comments are not allowed in JSON")
    case UInt8(ascii: "'"): return syntaxError("strings must use double quotes, not '")
    case UInt8(ascii: "N") where startsWith("NaN"):
      return syntaxError("NaN is not allowed in JSON")
    case UInt8(ascii: "I") where startsWith("Infinity"):
      return syntaxError("Infinity is not allowed in JSON")
    default: return syntaxError("expected \(expected), found \(describeCharacter())")
    }
  }

  private func startsWith(_ text: String) -> Bool {
    let utf8 = Array(text.utf8)
    return index + utf8.count <= bytes.count
      && bytes[index..<(index + utf8.count)].elementsEqual(utf8)
  }

  /// The character at `index` as a reader would recognise it: `'x'`, `'“' (U+201C)`, or a
  /// code for invisible or undecodable bytes.
  private func describeCharacter() -> String {
    let byte = bytes[index]
    if byte < 0x80 { return describe(byte) }
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return "'\(scalar)' (\(codePoint(scalar.value)))"
    }
    return "byte \(hexByte(byte))"
  }

  /// An ASCII byte as `'x'`, or as `U+000A` when it would be invisible.
  func describe(_ byte: UInt8) -> String {
    if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return codePoint(UInt32(byte))
  }

  private func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  func hexByte(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "0x" + (hex.count == 1 ? "0" : "") + hex
  }

  /// The JSON path of the value being parsed, from the open containers.
  /// A path hundreds of levels deep (the nesting limit's own error) keeps its first and last
  /// levels around a "…", so that the message stays one readable line.
  func syntaxPath() -> String {
    let frames = stack.filter(\.awaitingValue)
    func path(_ frames: some Sequence<Frame>) -> String {
      var path = CodingPathNode.root
      for frame in frames {
        path =
          frame.isObject ? path.appending(key: frame.key) : path.appending(frame.elements.count)
      }
      return path.jsonPath
    }
    guard frames.count > 16 else { return path(frames) }
    return path(frames.prefix(8)) + "…" + path(frames.suffix(4)).dropFirst()
  }
}
