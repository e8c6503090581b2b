import DossierKit
import Foundation
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// Inputs `Scripts/fuzz.sh sivi` found crashing `dossier import sivi`, as regression tests.
@Suite struct SiviFuzzRegressionTests {
  private func sample(inserting bytes: [UInt8], afterFirst marker: String) throws -> Data {
    let original = Array(
      try Data(
        contentsOf: repository.appendingPathComponent(
          "Samples/sivi/01-bouwbedrijf-ziekmelding.xml")))
    let needle = Array(marker.utf8)
    let at = try #require(
      original.indices.first { original[$0...].starts(with: needle) }.map { $0 + needle.count })
    return Data(original[..<at] + bytes + original[at...])
  }

  @Test("invalid UTF-8 in a comment is refused at its byte (FoundationXML trapped on it)")
  func invalidUTF8InAComment() throws {
    // Found by the sivi harness: libxml2 hands the comment's bytes on unchecked and
    // FoundationXML's comment callback force-unwraps their decoding: SIGILL.
    let data = try sample(
      inserting: Array("<!-- ".utf8) + [0xFF, 0xFE] + Array(" -->".utf8), afterFirst: "?>")
    #expect {
      try SiviBericht.read(data, file: "melding.xml")
    } throws: { error in
      let error = try #require(error as? SiviImportError)
      // `<?xml version="1.0" encoding="UTF-8"?>` is 38 characters, then `<!-- `.
      return error.location == "melding.xml:1:44" && error.problem.hasPrefix("not UTF-8: byte 0xFF")
    }
  }

  @Test(
    "every kind of malformed UTF-8 is refused where it starts",
    arguments: [
      [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82, 0x41],
      [0x80],
    ] as [[UInt8]])
  func malformedSequences(_ bytes: [UInt8]) throws {
    let data = try sample(inserting: bytes, afterFirst: "<!-- Fictional")
    #expect {
      try SiviBericht.read(data, file: "m.xml")
    } throws: { error in
      (error as? SiviImportError)?.location == "m.xml:2:15"
    }
  }

  @Test("a mangled XML declaration does not exempt the document from the UTF-8 check")
  func mangledDeclaration() throws {
    // Found by the sivi harness after the first fix: `encoding="UTF-8<?xml …` named no
    // encoding the check knew, so it stepped aside, and libxml2 read the bytes as UTF-8.
    let data = Data(
      Array(#"<?xml version="1.0" encoding="UTF-8<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
        + Array("\n<!-- inv".utf8) + [0xBC] + Array("ented -->\n<Verzuimmeldingen/>\n".utf8))
    #expect {
      try SiviBericht.read(data, file: "m.xml")
    } throws: { error in
      (error as? SiviImportError)?.location == "m.xml:2:9"
    }
  }

  @Test(
    "a processing instruction is refused where it starts (FoundationXML read a null pointer)",
    arguments: [
      ("<?xm?>\n<Verzuimmeldingen/>\n", "m.xml:1:1"),
      ("<?xml version=\"1.0\"?>\n<Verzuimmeldingen><?x?></Verzuimmeldingen>\n", "m.xml:2:19"),
      ("<?xml version=\"1.0\"?>\n<?stylesheet href=\"a\"?>\n<Verzuimmeldingen/>\n", "m.xml:2:1"),
      // Found next: an unterminated declaration whose "?>" is an instruction's: refused whole.
      ("<?xml versen/2ml ver026\">\n <Nmvrk)Cd></A<?x?>\n", "m.xml:1:1"),
    ])
  func processingInstruction(_ text: String, _ location: String) throws {
    // Found by the sivi harness: `<?xm?>` has no data, and FoundationXML's callback takes
    // strlen of the missing data: SIGSEGV.
    #expect {
      try SiviBericht.read(Data(text.utf8), file: "m.xml")
    } throws: { error in
      let error = try #require(error as? SiviImportError)
      return error.location == location
        && error.problem == "a processing instruction (<?…?>); a SIVI message holds none"
    }
  }

  @Test(
    "no place is taken for safe: <? in a comment, after libxml2 recovered from a bad one, refused",
    arguments: [
      ("<!-- <?x?> -->", 2, 6),
      // Found by the sivi harness: a comment holding a control character, which libxml2
      // recovers from, then an instruction a comment-aware scan took for comment text.
      ("<!-- a \u{4} b <?x?> -->", 2, 12),
      ("<![CDATA[<?y?>]]>", 2, 10),
    ])
  func instructionsAnywhere(_ inserted: String, _ line: Int, _ column: Int) throws {
    let data = try sample(inserting: Array(inserted.utf8), afterFirst: "?>\n")
    #expect {
      try SiviBericht.read(data, file: "m.xml")
    } throws: { error in
      (error as? SiviImportError)?.location == "m.xml:\(line):\(column)"
    }
  }

  @Test("a DTD is refused: its entities could spell an instruction (&#60;?x?>)")
  func documentTypeDeclaration() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE Verzuimmeldingen [<!ENTITY e "&#60;?x?>">]>
      <Verzuimmeldingen>&e;</Verzuimmeldingen>
      """
    #expect {
      try SiviBericht.read(Data(text.utf8), file: "m.xml")
    } throws: { error in
      let error = try #require(error as? SiviImportError)
      return error.location == "m.xml:2:1"
        && error.problem == "a document type declaration (<!DOCTYPE …>); a SIVI message holds none"
    }
  }

  @Test("a document declared ISO-8859-1 is libxml2's to convert: its é is no UTF-8 error")
  func latin1Declared() throws {
    let data = Data(
      Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + Array("\n<!-- caf".utf8)
        + [0xE9] + Array(" -->\n<x/>\n".utf8))
    #expect {
      try SiviBericht.read(data, file: "m.xml")
    } throws: { error in
      (error as? SiviImportError)?.problem.contains("expected a SIVI Verzuimmeldingen") == true
    }
  }

  @Test("accented text in valid UTF-8, in a comment or a value, still reads")
  func validUTF8Reads() throws {
    let data = try sample(inserting: Array("<!-- café, ü, 😀 -->".utf8), afterFirst: "?>")
    #expect(throws: Never.self) { try SiviBericht.read(data, file: "m.xml") }
  }
}
