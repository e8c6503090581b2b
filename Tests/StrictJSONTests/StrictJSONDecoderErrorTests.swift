import Foundation
import StrictJSON
import Testing

@Suite("StrictJSONDecoder errors")
struct StrictJSONDecoderErrorTests {
  /// `validDossier` with one substring replaced.
  func dossier(replacing old: String, with new: String) -> String {
    validDossier.replacingOccurrences(of: old, with: new)
  }

  @Test("A wrong type names the path and the value's line and column")
  func wrongTypeInArrayElement() {
    let text = dossier(replacing: #""hersteldatum": null"#, with: #""hersteldatum": 20240501"#)
    let error = decodeError(Dossier.self, text)
    #expect(error?.reason == .typeMismatch(expected: "a string", found: "a number"))
    #expect(
      error?.description == "8:55: $.periodes[1].hersteldatum: expected a string, found a number")
  }

  @Test("Null for a required value is a type mismatch")
  func nullForRequired() {
    let error = decodeError(Dossier.self, dossier(replacing: #""Jansen""#, with: "null"))
    #expect(error?.description == "2:11: $.naam: expected a string, found null")
  }

  @Test("Booleans only from true and false")
  func boolFromNumber() {
    let error = decodeError(Dossier.self, dossier(replacing: "true", with: "1"))
    #expect(error?.description == "5:61: $.werknemer.actief: expected a boolean, found a number")
  }

  @Test("An integer out of range or with a fraction is refused, not truncated")
  func integerRange() {
    let huge = decodeError(Dossier.self, dossier(replacing: "100", with: "99999999999999999999"))
    #expect(huge?.reason == .numberOutOfRange("99999999999999999999"))
    #expect(huge?.path == "$.periodes[0].percentage")
    #expect(huge?.message == "number 99999999999999999999 is out of range")
    let fraction = decodeError(Dossier.self, dossier(replacing: "100", with: "99.5"))
    #expect(
      fraction?.description == "7:53: $.periodes[0].percentage: expected an integer, found 99.5")
    #expect(
      decodeError([UInt8].self, "[255, 256]")?.description
        == "1:7: $[1]: number 256 is out of range")
    #expect(decodeError([UInt].self, "[-1]")?.reason == .numberOutOfRange("-1"))
    #expect(
      decodeError([Int].self, "[1e2]")?.reason
        == .typeMismatch(expected: "an integer", found: "1e2"))
    #expect(decodeError([Double].self, "[1e400]")?.reason == .numberOutOfRange("1e400"))
    #expect(decodeError([Float].self, "[1e39]")?.reason == .numberOutOfRange("1e39"))
  }

  @Test("Strings are never coerced from numbers, nor numbers from strings")
  func noCoercion() {
    #expect(
      decodeError([String].self, "[1]")?.description
        == "1:2: $[0]: expected a string, found a number")
    #expect(
      decodeError([Decimal].self, #"["1.5"]"#)?.description
        == "1:2: $[0]: expected a number, found a string")
    #expect(
      decodeError([Int].self, "{}")?.description == "1:1: $: expected an array, found an object")
    #expect(
      decodeError(Werknemer.self, "[]")?.description == "1:1: $: expected an object, found an array"
    )
  }

  @Test("A missing key names the object's path and position")
  func missingKey() {
    let error = decodeError(Dossier.self, dossier(replacing: #", "percentage": 50"#, with: ""))
    #expect(error?.reason == .missingKey("percentage"))
    #expect(error?.description == #"8:5: $.periodes[1]: missing key "percentage""#)
  }

  @Test("A misspelt required key is reported as unknown, with the key it should be")
  func misspeltRequiredKey() {
    let text = dossier(
      replacing: #"{"eersteZiektedag": "2024-05-01""#, with: #"{"eersteZiekedag": "2024-05-01""#)
    let error = decodeError(Dossier.self, text)
    #expect(error?.reason == .unknownKey("eersteZiekedag", suggestion: "eersteZiektedag"))
    #expect(
      error?.description
        == #"8:6: $.periodes[1].eersteZiekedag: unknown key "eersteZiekedag"; did you mean "eersteZiektedag"?"#
    )
  }

  @Test("A misspelt optional key is reported as unknown once the object is decoded")
  func misspeltOptionalKey() {
    let text = dossier(replacing: #""hersteldatum": null"#, with: #""herstelDatum": "2024-06-01""#)
    let error = decodeError(Dossier.self, text)
    #expect(error?.reason == .unknownKey("herstelDatum", suggestion: "hersteldatum"))
    #expect(
      error?.description
        == #"8:39: $.periodes[1].herstelDatum: unknown key "herstelDatum"; did you mean "hersteldatum"?"#
    )
  }

  @Test("A far-off unknown key gets no suggestion")
  func unknownKeyWithoutSuggestion() {
    let text = dossier(
      replacing: #""naam": "Jansen","#, with: #""naam": "Jansen", "opmerking": "x","#)
    let error = decodeError(Dossier.self, text)
    #expect(error?.description == #"2:21: $.opmerking: unknown key "opmerking""#)
  }

  @Test("A missing key stays missing when the unknown key is declared or far off")
  func missingKeyBesideDeclaredKey() {
    struct Paar: Decodable {
      var datum1: String
      var datum2: String?
    }
    // datum2 is one edit from datum1 but is one of the type's own keys: not the typo.
    let error = decodeError(Paar.self, #"{"datum2": "x"}"#)
    #expect(error?.description == #"1:1: $: missing key "datum1""#)
  }

  @Test("A type's dataCorrupted message survives with the value's path and position")
  func customTypeError() {
    let text = dossier(replacing: "2024-05-01", with: "2023-02-29")
    let error = decodeError(Dossier.self, text)
    #expect(error?.reason == .invalidValue(#""2023-02-29" is not a valid date (yyyy-mm-dd)"#))
    #expect(
      error?.description
        == #"8:25: $.periodes[1].eersteZiektedag: "2023-02-29" is not a valid date (yyyy-mm-dd)"#)
  }

  @Test("A String-backed enum with an unknown raw value keeps the standard library's message")
  func invalidEnumCase() throws {
    let error = try #require(
      decodeError(Dossier.self, dossier(replacing: #""open""#, with: #""dicht""#)))
    guard case .invalidValue(let message) = error.reason else {
      Issue.record("unexpected reason \(error.reason)")
      return
    }
    #expect(message.contains("dicht"))
    #expect(error.path == "$.status")
    #expect(error.position == JSONPosition(line: 3, column: 13, offset: 34))
  }

  @Test("A dataCorrupted error for a key is placed at that key's value")
  func keyedCustomError() {
    struct Periode2: Decodable {
      var van: Int
      var tot: Int
      enum CodingKeys: CodingKey { case van, tot }
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        van = try container.decode(Int.self, forKey: .van)
        tot = try container.decode(Int.self, forKey: .tot)
        guard tot >= van else {
          throw DecodingError.dataCorruptedError(
            forKey: .tot, in: container, debugDescription: "tot (\(tot)) is before van (\(van))")
        }
      }
    }
    let error = decodeError([Periode2].self, "[\n  {\"van\": 5, \"tot\": 3}\n]")
    #expect(error?.description == "2:21: $[0].tot: tot (3) is before van (5)")
  }

  @Test("Any other error a type throws is kept, at the value being decoded")
  func foreignError() {
    struct Refusal: Error, CustomStringConvertible {
      var description: String { "refused by policy" }
    }
    struct Strict: Decodable {
      init(from decoder: any Decoder) throws { throw Refusal() }
    }
    let error = decodeError([String: Strict].self, #"{"a": {}}"#)
    #expect(error?.description == "1:7: $.a: refused by policy")
  }

  @Test("A type's keyNotFound and typeMismatch come out located too")
  func typeThrownDecodingErrors() {
    struct Picky: Decodable {
      enum CodingKeys: CodingKey { case a }
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        _ = try container.decodeIfPresent(Int.self, forKey: .a)
        throw DecodingError.typeMismatch(
          Int.self,
          .init(
            codingPath: container.codingPath + [CodingKeys.a], debugDescription: "a must be even"))
      }
    }
    #expect(decodeError([Picky].self, #"[{"a": 3}]"#)?.description == "1:8: $[0].a: a must be even")
  }

  @Test("Malformed JSON through the decoder is a syntax error with a position")
  func syntaxThroughDecoder() {
    #expect(
      decodeError(Dossier.self, "{\n  \"naam\": \"x\",\n}")?.description
        == "3:1: $: trailing comma before '}' is not allowed")
  }

  @Test("Too few array elements for a fixed-size type")
  func tooFewElements() {
    struct Punt: Decodable {
      var x: Int
      var y: Int
      init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x = try container.decode(Int.self)
        y = try container.decode(Int.self)
      }
    }
    #expect(
      decodeError(Punt.self, "[1]")?.description
        == "1:1: $: expected more than 1 array elements, found the end of the array")
  }
}
