/// An exact amount of euros, held as whole cents.
///
/// Money is never a floating-point number: prices, totals and taxes are integers of cents, and
/// every operation that could produce a fraction of a cent (a percentage) rounds explicitly
/// and says how (``percentage(_:)``).
///
/// Text forms:
/// - JSON and machine text: a decimal string with a point and at most two decimals,
///   `"159.95"`, `"-3"`, `"0.5"` (read), always written with two decimals (`"159.95"`,
///   `"-3.00"`). JSON numbers are refused: they pass through `Double` in most decoders.
/// - Dutch text (``dutch``): `€ 1.234,56`, `€ 0,00`; a negative amount puts the minus after
///   the euro sign, `€ -3,00`, as the Dutch (CLDR `nl`) currency pattern does.
///
/// ```swift
/// let prijs = try #require(Money(decimal: "159.95"))
/// (prijs * 12).dutch                      // "€ 1.919,40"
/// prijs.percentage(Percentage.whole(21))  // 33,59 (33,5895 rounded half up)
/// ```
public struct Money: Sendable, Hashable, Comparable {
  /// The amount in cents (hundredths of a euro); negative for a credit.
  public let cents: Int

  public init(cents: Int) {
    self.cents = cents
  }

  public static let zero = Money(cents: 0)

  /// The largest amount the text forms accept: 999.999.999.999,99 euro.
  public static let largestText = Money(cents: 99_999_999_999_999)

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
}

// MARK: - Arithmetic

extension Money {
  /// The sum; traps on overflow like `Int`. Use ``adding(_:)`` where input sizes the amounts.
  public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
  public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
  public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }
  /// The amount times a count; traps on overflow. Use ``multiplied(by:)`` for input counts.
  public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * rhs) }

  /// The sum, or nil when it does not fit.
  public func adding(_ other: Money) -> Money? {
    let (sum, overflow) = cents.addingReportingOverflow(other.cents)
    return overflow ? nil : Money(cents: sum)
  }

  /// The amount times `count`, or nil when it does not fit.
  public func multiplied(by count: Int) -> Money? {
    let (product, overflow) = cents.multipliedReportingOverflow(by: count)
    return overflow ? nil : Money(cents: product)
  }

  /// `rate` of this amount, rounded to whole cents half away from zero.
  ///
  /// The exact value is `cents × basisPoints / 10 000`; a remainder of exactly half a cent or
  /// more rounds up (away from zero for a negative amount): 21% of € 159,95 is 33,5895 cents
  /// → € 33,59; 50% of € 0,05 is 2,5 cents → € 0,03. The product is taken in 128 bits, so it
  /// cannot overflow; nil only when the rounded result does not fit an `Int`.
  public func percentage(_ rate: Percentage) -> Money? {
    let product = Int128(cents) * Int128(rate.basisPoints)
    let magnitude = product.magnitude
    let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10_000)
    let rounded = remainder * 2 >= 10_000 ? quotient + 1 : quotient
    guard rounded <= UInt128(Int.max) else { return nil }
    let value = Int(rounded)
    return Money(cents: product < 0 ? -value : value)
  }

  /// Splits the amount into `count` parts that differ by at most one cent and add up exactly;
  /// the larger parts come first. `count` must be positive.
  public func split(into count: Int) -> [Money] {
    guard count > 0 else { return [] }
    let (base, remainder) = cents.quotientAndRemainder(dividingBy: count)
    let step = cents < 0 ? -1 : 1
    return (0..<count).map { index in Money(cents: base + (index < abs(remainder) ? step : 0)) }
  }
}

extension Sequence where Element == Money {
  /// The sum of the amounts, or nil when it does not fit.
  public func total() -> Money? {
    var sum = Money.zero
    for amount in self {
      guard let next = sum.adding(amount) else { return nil }
      sum = next
    }
    return sum
  }
}
