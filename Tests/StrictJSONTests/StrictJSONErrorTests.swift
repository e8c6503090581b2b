import StrictJSON
import Testing

@Suite("StrictJSONError text")
struct StrictJSONErrorTests {
  @Test("Description leaves out the parts that are unknown")
  func descriptionParts() {
    let position = JSONPosition(line: 3, column: 7, offset: 40)
    #expect(
      StrictJSONError(.missingKey("bsn"), path: "$.werknemer", position: position).description
        == #"3:7: $.werknemer: missing key "bsn""#)
    #expect(
      StrictJSONError(.missingKey("bsn"), path: "$.werknemer").description
        == #"$.werknemer: missing key "bsn""#)
    #expect(
      StrictJSONError(.syntax("unexpected end of input")).description == "unexpected end of input")
  }

  @Test("Messages for every reason")
  func messages() {
    let reasons: [(StrictJSONError.Reason, String)] = [
      (.syntax("unterminated string"), "unterminated string"),
      (.typeMismatch(expected: "a string", found: "a number"), "expected a string, found a number"),
      (.missingKey("bsn"), #"missing key "bsn""#),
      (
        .unknownKey("eersteZiekedag", suggestion: "eersteZiektedag"),
        #"unknown key "eersteZiekedag"; did you mean "eersteZiektedag"?"#
      ),
      (.unknownKey("x", suggestion: nil), #"unknown key "x""#),
      (.duplicateKey("a\"b"), #"duplicate key "a\"b""#),
      (.invalidValue("not a date:\nFebruary has 29 days"), "not a date: February has 29 days"),
      (.numberOutOfRange("300"), "number 300 is out of range"),
    ]
    for (reason, message) in reasons {
      #expect(StrictJSONError(reason).message == message)
    }
  }

  @Test("Paths bracket keys that are not identifiers")
  func bracketedKeys() {
    let error = decodeError([String: [String: Int]].self, #"{"met spatie": {"a\"b": "x"}}"#)
    #expect(error?.path == #"$["met spatie"]["a\"b"]"#)
  }
}
