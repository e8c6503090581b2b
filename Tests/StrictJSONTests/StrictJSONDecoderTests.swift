import Foundation
import StrictJSON
import Testing

@Suite("StrictJSONDecoder decoding")
struct StrictJSONDecoderTests {
  let decoder = StrictJSONDecoder()

  @Test("A nested synthesized Decodable decodes, optionals absent or null are nil")
  func nestedStruct() throws {
    let dossier = try decoder.decode(Dossier.self, from: Data(validDossier.utf8))
    let expected = Dossier(
      naam: "Jansen", status: .open,
      bedrag: Decimal(sign: .plus, exponent: -2, significand: 123456),
      werknemer: Werknemer(bsn: "123456782", uren: 32.5, actief: true),
      periodes: [
        Periode(eersteZiektedag: Datum(2024, 2, 29), hersteldatum: nil, percentage: 100),
        Periode(eersteZiektedag: Datum(2024, 5, 1), hersteldatum: nil, percentage: 50),
      ],
      notitie: nil)
    #expect(dossier == expected)
  }

  @Test("Decimal is read exactly from the literal")
  func decimalExact() throws {
    let values = try decoder.decode(
      [Decimal].self, from: Data("[1234.56, 0.1, -0.30, 1e3, 12345678901234567890.12]".utf8))
    #expect(values[0] == Decimal(sign: .plus, exponent: -2, significand: 123456))
    #expect(values[1] == Decimal(sign: .plus, exponent: -1, significand: 1))
    #expect(values[2] == Decimal(sign: .minus, exponent: -1, significand: 3))
    #expect(values[3] == 1000)
    #expect(
      values.map { "\($0)" } == ["1234.56", "0.1", "-0.3", "1000", "12345678901234567890.12"])
  }

  @Test("Decimal refuses literals it cannot hold exactly instead of rounding them")
  func decimalLimits() throws {
    let digits38 = "12345678901234567890123456789012345678"
    let values = try decoder.decode(
      [Decimal].self, from: Data("[\(digits38), 0.\(digits38), \(digits38)0e-40]".utf8))
    #expect(values.map { "\($0)" } == [digits38, "0." + digits38, "0.0" + digits38])
    for literal in ["1\(digits38)1", "0.1\(digits38)1", "1e200", "1e-200"] {
      #expect(
        decodeError([Decimal].self, "[\(literal)]")?.reason == .numberOutOfRange(literal))
    }
  }

  @Test("Decimal as a struct member and optional member is exact too")
  func decimalMember() throws {
    struct Bedragen: Decodable {
      var bruto: Decimal
      var netto: Decimal?
    }
    let bedragen = try decoder.decode(
      Bedragen.self, from: Data(#"{"bruto": 0.1, "netto": 2.675}"#.utf8))
    #expect(bedragen.bruto == Decimal(sign: .plus, exponent: -1, significand: 1))
    #expect(bedragen.netto == Decimal(sign: .plus, exponent: -3, significand: 2675))
  }

  @Test("Integers of every width decode at their limits")
  func integerLimits() throws {
    struct Limits: Decodable, Equatable {
      var i8: Int8
      var u8: UInt8
      var i64: Int64
      var u64: UInt64
      var i: Int
      var u32: UInt32?
    }
    let text = """
      {"i8": -128, "u8": 255, "i64": -9223372036854775808, "u64": 18446744073709551615,
       "i": -0, "u32": 4294967295}
      """
    let limits = try decoder.decode(Limits.self, from: Data(text.utf8))
    #expect(
      limits == Limits(i8: .min, u8: .max, i64: .min, u64: .max, i: 0, u32: .max))
  }

  @Test("Double and Float read the literal")
  func floatingPoint() throws {
    let doubles = try decoder.decode([Double].self, from: Data("[0.1, -2.5e-3, 1E2, 7]".utf8))
    #expect(doubles == [0.1, -0.0025, 100, 7])
    let floats = try decoder.decode([Float].self, from: Data("[0.5, 3]".utf8))
    #expect(floats == [0.5, 3])
  }

  @Test("Null decodes as nil in optionals, arrays of optionals and decodeNil")
  func nulls() throws {
    let values = try decoder.decode([Int?].self, from: Data("[1, null, 3]".utf8))
    #expect(values == [1, nil, 3])
    #expect(try decoder.decode(String?.self, from: Data("null".utf8)) == nil)
  }

  @Test("A dictionary with arbitrary keys reads allKeys and raises no unknown-key error")
  func dictionary() throws {
    struct Catalogus: Decodable {
      var naam: String
      var tarieven: [String: Int]
    }
    let text = #"{"naam": "c", "tarieven": {"uur": 95, "reiskosten per km": 0}}"#
    let catalogus = try decoder.decode(Catalogus.self, from: Data(text.utf8))
    #expect(catalogus.tarieven == ["uur": 95, "reiskosten per km": 0])
    let top = try decoder.decode([String: [Int]].self, from: Data(#"{"a": [1], "b": []}"#.utf8))
    #expect(top == ["a": [1], "b": []])
  }

  @Test("Nested arrays decode with index paths")
  func nestedArrays() throws {
    let grid = try decoder.decode([[Int]].self, from: Data("[[1, 2], [], [3]]".utf8))
    #expect(grid == [[1, 2], [], [3]])
  }

  @Test("allowsUnknownKeys ignores keys no type asked for")
  func allowsUnknownKeys() throws {
    var lenient = StrictJSONDecoder()
    lenient.allowsUnknownKeys = true
    let text = #"{"bsn": "1", "uren": 8, "actief": false, "extra": {"x": [1]}}"#
    let werknemer = try lenient.decode(Werknemer.self, from: Data(text.utf8))
    #expect(werknemer == Werknemer(bsn: "1", uren: 8, actief: false))
    #expect(decodeError(Werknemer.self, text)?.reason == .unknownKey("extra", suggestion: nil))
  }

  @Test("Decoding from a parsed node gives the same value as from data")
  func fromNode() throws {
    let node = try JSONParser.parse(validDossier.utf8)
    #expect(
      try decoder.decode(Dossier.self, from: node)
        == decoder.decode(Dossier.self, from: Data(validDossier.utf8)))
  }
}
