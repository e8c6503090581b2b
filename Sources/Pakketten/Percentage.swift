public import StrictJSON

/// An exact percentage, held as hundredths of a percent (basis points): 21% is 2100.
///
/// Used for BTW rates, package discounts, payment-term surcharges and reimbursement shares.
/// Text forms: JSON `"21"` or `"2.5"` (a string, at most two decimals, 0 to 100); Dutch
/// ``dutch`` `21%`, `2,5%`. Applying one to money rounds as ``Money/percentage(_:)`` says.
public struct Percentage: Sendable, Hashable, Comparable {
  /// Hundredths of a percent: 2100 is 21%, 250 is 2,5%.
  public let basisPoints: Int

  public init(basisPoints: Int) {
    self.basisPoints = basisPoints
  }

  /// A whole percentage: `.whole(21)` is 21%.
  public static func whole(_ percent: Int) -> Percentage { Percentage(basisPoints: percent * 100) }

  public static func < (lhs: Percentage, rhs: Percentage) -> Bool {
    lhs.basisPoints < rhs.basisPoints
  }
}

extension Percentage: CustomStringConvertible {
  /// Reads `"21"`, `"2.5"`, `"0.25"`: 0 to 100 with at most two decimals; nil otherwise.
  public init?(decimal text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 3,
      whole.allSatisfy(\.isASCIIDigit)
    else { return nil }
    var fraction = parts.count == 2 ? parts[1] : "00"
    guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
    if fraction.count == 1 { fraction += "0" }
    guard let percent = Int(whole), let hundredths = Int(fraction) else { return nil }
    let basisPoints = percent * 100 + hundredths
    guard basisPoints <= 10_000 else { return nil }
    self.init(basisPoints: basisPoints)
  }

  /// The machine form: `"21"`, `"2.5"`, `"0.25"`.
  public var decimalText: String {
    let fraction = basisPoints % 100
    guard fraction != 0 else { return "\(basisPoints / 100)" }
    let digits = (fraction < 10 ? "0" : "") + "\(fraction)"
    return "\(basisPoints / 100)." + (digits.hasSuffix("0") ? String(digits.prefix(1)) : digits)
  }

  /// Dutch text: `21%`, `2,5%`.
  public var dutch: String { String(decimalText.map { $0 == "." ? "," : $0 }) + "%" }

  public var description: String { dutch }
}

extension Percentage: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    guard let text = try? container.decode(String.self) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a percentage as a string, like \"21\" or \"2.5\""
      )
    }
    guard let rate = Percentage(decimal: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "expected a percentage from \"0\" to \"100\" with at most two decimals and a point, found \"\(text)\""
      )
    }
    self = rate
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(decimalText)
  }
}

extension Percentage: JSONSchemaScalar {
  public static let jsonSchema = JSONSchema.string(
    pattern: "^(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)$",
    example: "21",
    description:
      "Percentage van 0 tot 100 als tekst met een punt, hoogstens twee decimalen: \"21\", \"2.5\".")
  public static let jsonSchemaExample = Percentage.whole(21)
}
