public import StrictJSON

extension Money: CustomStringConvertible {
  /// Reads a decimal amount: an optional minus, digits, optionally a point and one or two
  /// decimals (`"159.95"`, `"-3"`, `"0.5"`); nil for anything else, including a comma, a
  /// thousands separator, three decimals or more than twelve whole digits.
  public init?(decimal text: String) {
    var rest = Substring(text)
    let isNegative = rest.hasPrefix("-")
    if isNegative { rest = rest.dropFirst() }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
      whole.allSatisfy(\.isASCIIDigit)
    else { return nil }
    var fraction = parts.count == 2 ? parts[1] : "00"
    guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
    if fraction.count == 1 { fraction += "0" }
    guard let euros = Int(whole), let cents = Int(fraction) else { return nil }
    let value = euros * 100 + cents
    self.init(cents: isNegative ? -value : value)
  }

  /// Explains why `text` is not an amount, for error messages.
  public static func explainInvalid(_ text: String) -> String {
    if text.contains(",") {
      return
        "expected an amount with a decimal point, like \"159.95\", found \"\(text)\" (no comma, no thousands separator)"
    }
    return
      "expected an amount like \"159.95\" (digits, a point, at most two decimals), found \"\(text)\""
  }

  /// The machine form: `"159.95"`, `"-3.00"`, `"0.00"`.
  public var decimalText: String {
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "")
      + "\(fraction)"
  }

  /// Dutch text: `€ 1.234,56`, `€ 0,00`, `€ -3,00`.
  public var dutch: String {
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    var digits = Array(String(magnitude / 100))
    var grouped = ""
    while digits.count > 3 {
      grouped = "." + String(digits.suffix(3)) + grouped
      digits.removeLast(3)
    }
    grouped = String(digits) + grouped
    return "€ " + (cents < 0 ? "-" : "") + grouped + "," + (fraction < 10 ? "0" : "")
      + "\(fraction)"
  }

  public var description: String { dutch }
}

extension Money: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    guard let text = try? container.decode(String.self) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "expected an amount as a string, like \"159.95\"; JSON numbers are not exact")
    }
    guard let amount = Money(decimal: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: Money.explainInvalid(text))
    }
    self = amount
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(decimalText)
  }
}

extension Money: JSONSchemaScalar {
  public static let jsonSchema = JSONSchema.string(
    pattern: "^-?[0-9]{1,12}(\\.[0-9]{1,2})?$",
    example: "159.95",
    description: "Bedrag in euro als tekst met een punt, hoogstens twee decimalen: \"159.95\".")
  public static let jsonSchemaExample = Money(cents: 15995)
}
