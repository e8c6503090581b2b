import Foundation

/// A conversion that failed without knowing where; the caller adds path and position.
struct ConversionFailure: Error {
  var reason: StrictJSONError.Reason

  static func mismatch(expected: String, found node: JSONNode) -> ConversionFailure {
    ConversionFailure(reason: .typeMismatch(expected: expected, found: node.value.kindDescription))
  }
}

/// Strict conversions from JSON scalars to Swift values: no coercion between kinds, numbers
/// read from their literal text so nothing is rounded or truncated on the way.
enum ScalarConversion {
  static func bool(_ node: JSONNode) throws(ConversionFailure) -> Bool {
    guard case .bool(let value) = node.value else {
      throw .mismatch(expected: "a boolean", found: node)
    }
    return value
  }

  static func string(_ node: JSONNode) throws(ConversionFailure) -> String {
    guard case .string(let value) = node.value else {
      throw .mismatch(expected: "a string", found: node)
    }
    return value
  }

  /// An integer from a plain integer literal; `1.0` or `1e3` are refused rather than
  /// converted, since a fraction where a count belongs is a mistake worth seeing.
  ///
  /// Parsed by hand from the literal's bytes (whose grammar the parser already checked): the
  /// standard library's generic `init?(_:radix:)` costs a metadata lookup per call here.
  @inline(__always)
  static func integer<Integer: FixedWidthInteger>(
    _ node: JSONNode, as type: Integer.Type = Integer.self
  ) throws(ConversionFailure) -> Integer {
    guard case .number(let literal) = node.value else {
      throw .mismatch(expected: "an integer", found: node)
    }
    switch parseInteger(literal) {
    case .negative(let value):
      if let narrowed = Integer(exactly: value) { return narrowed }
    case .nonNegative(let value):
      if let narrowed = Integer(exactly: value) { return narrowed }
    case .fractional:
      throw ConversionFailure(reason: .typeMismatch(expected: "an integer", found: literal))
    case .tooLarge:
      break
    }
    throw ConversionFailure(reason: .numberOutOfRange(literal))
  }

  enum ParsedInteger {
    case negative(Int64)
    case nonNegative(UInt64)
    case fractional
    case tooLarge
  }

  static func parseInteger(_ literal: String) -> ParsedInteger {
    var isNegative = false
    var magnitude: UInt64 = 0
    for byte in literal.utf8 {
      switch byte {
      case UInt8(ascii: "-"):
        isNegative = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, overflowB) = shifted.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
        if overflowA || overflowB { return .tooLarge }
        magnitude = sum
      default:
        return .fractional
      }
    }
    guard isNegative, magnitude != 0 else { return .nonNegative(magnitude) }
    // Int64.min's magnitude is one more than Int64.max.
    guard magnitude <= UInt64(Int64.max) + 1 else { return .tooLarge }
    return .negative(Int64(truncatingIfNeeded: 0 &- magnitude))
  }

  static func double(_ node: JSONNode) throws(ConversionFailure) -> Double {
    guard case .number(let literal) = node.value else {
      throw .mismatch(expected: "a number", found: node)
    }
    guard let value = Double(literal), value.isFinite else {
      throw ConversionFailure(reason: .numberOutOfRange(literal))
    }
    return value
  }

  static func float(_ node: JSONNode) throws(ConversionFailure) -> Float {
    guard case .number(let literal) = node.value else {
      throw .mismatch(expected: "a number", found: node)
    }
    guard let value = Float(literal), value.isFinite else {
      throw ConversionFailure(reason: .numberOutOfRange(literal))
    }
    return value
  }

  /// A `Decimal` straight from the literal, so `0.1` is exactly one tenth. Going through
  /// `Double` would not be exact, and `Decimal`'s own `Decodable` conformance expects an
  /// object of mantissa fields, not a number.
  static func decimal(_ node: JSONNode) throws(ConversionFailure) -> Decimal {
    guard case .number(let literal) = node.value else {
      throw .mismatch(expected: "a number", found: node)
    }
    guard significantDigitCount(literal) <= 38, let value = Decimal(string: literal, locale: nil),
      !value.isNaN
    else {
      throw ConversionFailure(reason: .numberOutOfRange(literal))
    }
    return value
  }

  /// Digits between the first and last non-zero digit of the mantissa. `Decimal` holds 38;
  /// beyond that `Decimal(string:)` would round without saying so.
  private static func significantDigitCount(_ literal: String) -> Int {
    var count = 0
    var pendingZeros = 0
    for byte in literal.utf8 {
      switch byte {
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        return count
      case UInt8(ascii: "0"):
        if count > 0 { pendingZeros += 1 }
      case UInt8(ascii: "1")...UInt8(ascii: "9"):
        count += pendingZeros + 1
        pendingZeros = 0
      default:
        continue
      }
    }
    return count
  }

  /// A URL from a string, as JSONDecoder reads it; `URL`'s own conformance expects an object.
  static func url(_ node: JSONNode) throws(ConversionFailure) -> URL {
    let text = try string(node)
    guard let url = URL(string: text) else {
      throw ConversionFailure(reason: .invalidValue("invalid URL \"\(text)\""))
    }
    return url
  }

  /// The value if `Value` is one of the types read directly from a scalar, else `nil`.
  ///
  /// Generic code (`[String]`, `Optional<Int>`, property wrappers) reaches the decoder
  /// through `decode<T>`; answering scalars here skips a container round trip, and is the
  /// only correct route for `Decimal` and `URL`, whose own conformances expect objects.
  static func valueIfScalar<Value>(
    _ type: Value.Type, from node: JSONNode
  ) throws(ConversionFailure) -> Value? {
    if Value.self == String.self { return try string(node) as? Value }
    if Value.self == Int.self { return try integer(node, as: Int.self) as? Value }
    if Value.self == Bool.self { return try bool(node) as? Value }
    if Value.self == Double.self { return try double(node) as? Value }
    if Value.self == Decimal.self { return try decimal(node) as? Value }
    if Value.self == Int64.self { return try integer(node, as: Int64.self) as? Value }
    if Value.self == Int32.self { return try integer(node, as: Int32.self) as? Value }
    if Value.self == Int16.self { return try integer(node, as: Int16.self) as? Value }
    if Value.self == Int8.self { return try integer(node, as: Int8.self) as? Value }
    if Value.self == UInt.self { return try integer(node, as: UInt.self) as? Value }
    if Value.self == UInt64.self { return try integer(node, as: UInt64.self) as? Value }
    if Value.self == UInt32.self { return try integer(node, as: UInt32.self) as? Value }
    if Value.self == UInt16.self { return try integer(node, as: UInt16.self) as? Value }
    if Value.self == UInt8.self { return try integer(node, as: UInt8.self) as? Value }
    if Value.self == Float.self { return try float(node) as? Value }
    if Value.self == URL.self { return try url(node) as? Value }
    return nil
  }
}
