import Foundation
import Testing

@testable import Pakketten

@Suite("Money and Percentage: exact cents, Dutch text, half-up rounding")
struct MoneyTests {
  @Test(
    "Dutch text groups thousands with a point, cents after a comma, minus after the euro sign",
    arguments: [
      (0, "€ 0,00"), (5, "€ 0,05"), (15995, "€ 159,95"), (123456, "€ 1.234,56"),
      (100_000_000, "€ 1.000.000,00"),
      (-300, "€ -3,00"), (-123456, "€ -1.234,56"), (99_999_999_999_999, "€ 999.999.999.999,99"),
    ])
  func dutchText(cents: Int, text: String) {
    #expect(Money(cents: cents).dutch == text)
  }

  @Test(
    "reads decimal text with a point and at most two decimals",
    arguments: [
      ("159.95", 15995), ("159.9", 15990), ("95", 9500), ("0.5", 50), ("-3", -300), ("-0.05", -5),
      ("0", 0),
    ])
  func readsDecimals(text: String, cents: Int) {
    #expect(Money(decimal: text) == Money(cents: cents))
  }

  @Test(
    "refuses commas, separators, three decimals, signs and too many digits",
    arguments: [
      "159,95", "1.234.56", "1.234,56", "0.555", "+3", "", ".5", "5.", "€5", " 5", "1e3",
      "1234567890123",
    ])
  func refusesBadText(_ text: String) {
    #expect(Money(decimal: text) == nil)
  }

  @Test("the machine form always has two decimals and round-trips")
  func decimalText() {
    #expect(Money(cents: 15995).decimalText == "159.95")
    #expect(Money(cents: -300).decimalText == "-3.00")
    #expect(Money(cents: 7).decimalText == "0.07")
    #expect(Money(decimal: Money(cents: -123456).decimalText) == Money(cents: -123456))
  }

  @Test("JSON is a string; a number is refused with the reason")
  func json() throws {
    let amount = try JSONDecoder().decode([Money].self, from: Data(#"["6.05"]"#.utf8))
    #expect(amount == [Money(cents: 605)])
    #expect(
      String(decoding: try JSONEncoder().encode([Money(cents: 605)]), as: UTF8.self) == #"["6.05"]"#
    )
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([Money].self, from: Data("[6.05]".utf8))
    }
  }

  @Test(
    "a percentage rounds to the cent, half away from zero",
    arguments: [
      (15995, 2100, 3359),  // 3358.95 → 3359
      (5, 5000, 3),  // 2.5 → 3
      (4, 5000, 2),  // 2.0
      (3, 5000, 2),  // 1.5 → 2
      (-5, 5000, -3),  // -2.5 → -3
      (191_940, 300, 5758),  // 5758.2 → 5758
      (1, 4999, 0),  // 0.4999 → 0
      (100, 250, 3),  // 2.5 → 3
      (Int.max / 2, 10_000, Int.max / 2),
    ])
  func percentageRounding(cents: Int, basisPoints: Int, expected: Int) {
    #expect(
      Money(cents: cents).percentage(Percentage(basisPoints: basisPoints)) == Money(cents: expected)
    )
  }

  @Test("checked arithmetic reports overflow instead of trapping")
  func overflow() {
    #expect(Money(cents: Int.max).adding(Money(cents: 1)) == nil)
    #expect(Money(cents: Int.max / 2).multiplied(by: 3) == nil)
    #expect([Money(cents: Int.max), Money(cents: 1)].total() == nil)
    #expect([Money(cents: 150), Money(cents: -50)].total() == Money(cents: 100))
    #expect(Money(cents: 1999) * 12 == Money(cents: 23988))
  }

  @Test("splitting into terms adds up exactly, larger parts first")
  func split() {
    #expect(
      Money(cents: 1000).split(into: 3) == [
        Money(cents: 334), Money(cents: 333), Money(cents: 333),
      ])
    #expect(Money(cents: 1200).split(into: 12) == Array(repeating: Money(cents: 100), count: 12))
    #expect(
      Money(cents: -10).split(into: 4) == [
        Money(cents: -3), Money(cents: -3), Money(cents: -2), Money(cents: -2),
      ])
    #expect(Money(cents: 5).split(into: 0) == [])
  }

  @Test("percentages read and print with two decimals at most, 0 to 100")
  func percentages() throws {
    #expect(Percentage(decimal: "21") == .whole(21))
    #expect(Percentage(decimal: "2.5")?.dutch == "2,5%")
    #expect(Percentage(decimal: "0.25")?.decimalText == "0.25")
    #expect(Percentage(decimal: "19.00")?.decimalText == "19")
    #expect(Percentage(decimal: "100") == .whole(100))
    for bad in ["101", "-1", "2,5", "2.555", "", "x"] { #expect(Percentage(decimal: bad) == nil) }
    let decoded = try JSONDecoder().decode([Percentage].self, from: Data(#"["6"]"#.utf8))
    #expect(decoded == [.whole(6)])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([Percentage].self, from: Data("[6]".utf8))
    }
  }
}
