// MARK: - Strings

extension ByteParser {
  /// Reads a string starting at its opening quote. Strings without escapes, the usual case,
  /// become a `String` straight from the input bytes without an intermediate buffer.
  mutating func parseString() throws(StrictJSONError) -> String {
    let opening = position
    index += 1
    let contentStart = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
        index += 1
        return String(decoding: content, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        var buffer = Array(bytes[contentStart..<index])
        return try parseEscapedString(into: &buffer, opening: opening)
      }
      if byte < 0x20 { throw controlCharacterError(byte) }
      if byte < 0x80 { index += 1 } else { try skipMultibyteScalar() }
    }
    throw StrictJSONError(.syntax("unterminated string"), path: syntaxPath(), position: opening)
  }

  private mutating func parseEscapedString(
    into buffer: inout [UInt8], opening: JSONPosition
  ) throws(StrictJSONError) -> String {
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try appendEscape(to: &buffer)
      case ..<0x20:
        throw controlCharacterError(byte)
      case ..<0x80:
        buffer.append(byte)
        index += 1
      default:
        let start = index
        try skipMultibyteScalar()
        buffer.append(contentsOf: bytes[start..<index])
      }
    }
    throw StrictJSONError(.syntax("unterminated string"), path: syntaxPath(), position: opening)
  }

  private mutating func appendEscape(to buffer: inout [UInt8]) throws(StrictJSONError) {
    let escapeStart = position
    index += 1
    guard let byte = peek else {
      throw syntaxError("unexpected end of input in escape sequence")
    }
    let simple: UInt8? =
      switch byte {
      case UInt8(ascii: "\""): UInt8(ascii: "\"")
      case UInt8(ascii: "\\"): UInt8(ascii: "\\")
      case UInt8(ascii: "/"): UInt8(ascii: "/")
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): UInt8(ascii: "\n")
      case UInt8(ascii: "r"): UInt8(ascii: "\r")
      case UInt8(ascii: "t"): UInt8(ascii: "\t")
      default: nil
      }
    if let simple {
      buffer.append(simple)
      index += 1
      return
    }
    guard byte == UInt8(ascii: "u") else {
      let shown =
        byte >= 0x21 && byte < 0x7F
        ? "'\\\(Character(Unicode.Scalar(byte)))'" : "'\\' followed by \(describe(byte))"
      throw StrictJSONError(
        .syntax("invalid escape sequence \(shown) in string"), path: syntaxPath(),
        position: escapeStart)
    }
    index += 1
    let unit = try readHexQuad(escapeStart: escapeStart)
    var scalarValue = UInt32(unit)
    if (0xD800...0xDBFF).contains(unit) {
      // A high surrogate is only meaningful together with the low one that must follow.
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw loneSurrogate(unit, at: escapeStart) }
      let lowStart = position
      index += 2
      let low = try readHexQuad(escapeStart: lowStart)
      guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: escapeStart) }
      scalarValue = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(unit) {
      throw loneSurrogate(unit, at: escapeStart)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw loneSurrogate(unit, at: escapeStart)
    }
    UTF8.encode(scalar) { buffer.append($0) }
  }

  private mutating func readHexQuad(
    escapeStart: JSONPosition
  ) throws(StrictJSONError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      let digit: UInt8
      switch peek {
      case let byte? where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
        digit = byte - UInt8(ascii: "0")
      case let byte? where (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte):
        digit = byte - UInt8(ascii: "a") + 10
      case let byte? where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte):
        digit = byte - UInt8(ascii: "A") + 10
      default:
        throw StrictJSONError(
          .syntax("invalid \\u escape: expected 4 hexadecimal digits"),
          path: syntaxPath(), position: escapeStart)
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  private func loneSurrogate(_ unit: UInt16, at start: JSONPosition) -> StrictJSONError {
    let hex = String(unit, radix: 16, uppercase: true)
    return StrictJSONError(
      .syntax("lone surrogate \\u\(hex) in string"), path: syntaxPath(), position: start)
  }

  private func controlCharacterError(_ byte: UInt8) -> StrictJSONError {
    syntaxError("unescaped control character \(describe(byte)) in string")
  }

  /// Validates one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, nothing
  /// above U+10FFFF) and steps over it, keeping the column count in scalars.
  mutating func skipMultibyteScalar() throws(StrictJSONError) {
    let lead = bytes[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF:
      length = 2
    case 0xE0:
      (length, secondRange) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF:
      length = 3
    case 0xED:
      (length, secondRange) = (3, 0x80...0x9F)
    case 0xF0:
      (length, secondRange) = (4, 0x90...0xBF)
    case 0xF1...0xF3:
      length = 4
    case 0xF4:
      (length, secondRange) = (4, 0x80...0x8F)
    default:
      throw invalidUTF8()
    }
    for offset in 1..<length {
      let at = index + offset
      guard at < bytes.count else { throw invalidUTF8() }
      let range: ClosedRange<UInt8> = offset == 1 ? secondRange : 0x80...0xBF
      guard range.contains(bytes[at]) else { throw invalidUTF8() }
    }
    index += length
    lineContinuationBytes += length - 1
  }

  /// Reported at the sequence's first byte: that is where an editor shows the bad character.
  private func invalidUTF8() -> StrictJSONError {
    syntaxError("invalid UTF-8 byte sequence starting with \(hexByte(bytes[index]))")
  }
}

// MARK: - Numbers and literals

extension ByteParser {
  /// Checks the RFC 8259 number grammar and returns the literal text unchanged.
  mutating func parseNumber() throws(StrictJSONError) -> String {
    let start = index
    if peek == UInt8(ascii: "-") {
      index += 1
      if peek == UInt8(ascii: "I") { throw syntaxError("-Infinity is not allowed in JSON") }
    }
    switch peek {
    case UInt8(ascii: "0"):
      index += 1
      if let next = peek, isDigit(next) {
        throw syntaxError("leading zeros are not allowed in numbers")
      }
    case let byte? where isDigit(byte):
      skipDigits()
    default:
      throw syntaxError("expected a digit after '-'")
    }
    if peek == UInt8(ascii: ".") {
      index += 1
      guard let byte = peek, isDigit(byte) else {
        throw syntaxError("expected a digit after the decimal point")
      }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      index += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
      guard let byte = peek, isDigit(byte) else {
        throw syntaxError("expected a digit in the exponent")
      }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func skipDigits() {
    while let byte = peek, isDigit(byte) { index += 1 }
  }

  /// Matches `true`, `false` or `null` exactly; `True` or `nul` are errors, not guesses.
  mutating func expectLiteral(_ literal: StaticString) throws(StrictJSONError) {
    let count = literal.utf8CodeUnitCount
    let matches = literal.withUTF8Buffer { expected in
      index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
    }
    guard matches else { throw syntaxError("invalid literal; expected '\(literal)'") }
    index += count
  }
}
