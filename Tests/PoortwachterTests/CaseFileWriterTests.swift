import Foundation
import Kalender
import Testing

@testable import Poortwachter

/// The case writer: whatever it writes, the strict reader takes back unchanged, and the same
/// dossier always gives the same bytes.
@Suite struct CaseFileWriterTests {
  @Test func everySampleCaseRoundTrips() throws {
    let files = try SampleCases.fileNames().map { SampleCases.folder.appendingPathComponent($0) }
    #expect(files.count >= 9)
    for file in files {
      let original = try Verzuimdossier.decode(from: Data(contentsOf: file))
      let written = try original.encodedCaseFile()
      let reread = try Verzuimdossier.decode(from: written)
      #expect(reread == original, "\(file.lastPathComponent) changed in a write and read")
      // Writing what was read back gives the very same bytes: the format is a fixed point.
      #expect(try reread.encodedCaseFile() == written, "\(file.lastPathComponent)")
    }
  }

  @Test func layoutIsDeclarationOrderTwoSpacesAndNoEmptyFields() throws {
    var dossier = Verzuimdossier(
      referentie: "VZ-1", werkgever: Werkgever(naam: "Bakkerij \"De Korf\""),
      werknemer: Werknemer(naam: "A. de Vries", contracturenPerWeek: 36),
      verzuimperiodes: [
        Verzuimperiode(
          eersteZiektedag: TestCases.date("2026-03-02"),
          gedeeltelijkHerstel: [
            GedeeltelijkHerstel(
              datum: TestCases.date("2026-03-16"), percentage: 37.5)
          ])
      ])
    dossier.peildatum = TestCases.date("2026-04-01")
    let text = String(decoding: try dossier.encodedCaseFile(), as: UTF8.self)
    #expect(
      text == """
        {
          "referentie": "VZ-1",
          "peildatum": "2026-04-01",
          "werkgever": {
            "naam": "Bakkerij \\"De Korf\\""
          },
          "werknemer": {
            "naam": "A. de Vries",
            "contracturenPerWeek": 36
          },
          "verzuimperiodes": [
            {
              "eersteZiektedag": "2026-03-02",
              "gedeeltelijkHerstel": [
                {
                  "datum": "2026-03-16",
                  "percentage": 37.5
                }
              ]
            }
          ]
        }

        """)
  }

  @Test func controlCharactersAreEscapedAndNonASCIIKept() throws {
    let dossier = Verzuimdossier(
      referentie: "VZ-2", werkgever: Werkgever(naam: "Café Één\tB.V.\u{1}"),
      werknemer: Werknemer(), verzuimperiodes: [])
    let text = String(decoding: try dossier.encodedCaseFile(), as: UTF8.self)
    #expect(text.contains(#""naam": "Café Één\tB.V.\u0001""#))
    #expect(text.contains(#""verzuimperiodes": []"#))
    #expect(try Verzuimdossier.decode(from: Data(text.utf8)) == dossier)
  }

  @Test func aNumberJSONCannotHoldIsRefused() {
    let dossier = Verzuimdossier(
      referentie: "VZ-3", werkgever: Werkgever(),
      werknemer: Werknemer(contracturenPerWeek: .nan), verzuimperiodes: [])
    #expect(throws: EncodingError.self) { try dossier.encodedCaseFile() }
  }
}
