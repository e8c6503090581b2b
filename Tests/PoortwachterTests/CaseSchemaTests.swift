import Foundation
import Kalender
import StrictJSON
import Testing

@testable import Poortwachter

/// The case file's JSON Schema (issue 13): derived from the strict reader, so that editors
/// flag what the reader refuses and complete what it accepts.
@Suite("Case file schema")
struct CaseSchemaTests {
  static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples").appendingPathComponent("cases")

  @Test func everyKeyHasADutchDescriptionAndNoneIsLeftOver() throws {
    let gaps = try JSONSchemaDerivation(descriptions: Verzuimdossier.schemaDescriptions)
      .descriptionGaps(for: Verzuimdossier.self)
    #expect(gaps.missing == [], "keys without a description: \(gaps.missing)")
    #expect(gaps.unused == [], "descriptions of keys the reader does not know: \(gaps.unused)")
  }

  /// The keys docs/case-format.md marks "Required: yes": the file cannot be read without them.
  @Test func requiredKeysAreThoseTheFormatDocumentsAsRequired() throws {
    let schema = try Verzuimdossier.jsonSchema()
    #expect(schema.root.required == ["referentie", "werkgever", "werknemer", "verzuimperiodes"])
    let expected: [String: [String]] = [
      "Dienstverband": ["soort"], "Verzuimperiode": ["eersteZiektedag"],
      "WazoVerlof": ["van", "totEnMet"], "GedeeltelijkHerstel": ["datum", "percentage"],
      "PakketKeuze": ["catalogus", "pakket"], "Werkgever": [], "Werknemer": [],
      "PlanVanAanpak": [],
    ]
    for (name, required) in expected {
      guard case .object(let object)? = schema.definition(name) else {
        Issue.record("\(name) is not an object of the schema")
        continue
      }
      #expect(object.required == required, "\(name)")
    }
  }

  @Test func everySampleCaseMatchesTheSchema() throws {
    let schema = try Verzuimdossier.jsonSchema()
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.cases.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(files.count >= 9)
    for file in files {
      let node = try JSONParser.parse(Data(contentsOf: Self.cases.appendingPathComponent(file)))
      #expect(schema.violations(of: node) == [], "\(file)")
    }
  }

  /// Every key the schema offers is one the strict reader takes: a file with all of them,
  /// nested types and arrays included, reads, and writes back to the same bytes.
  @Test func theCompleteInstanceOfTheSchemaReadsStrictly() throws {
    let schema = try Verzuimdossier.jsonSchema()
    let instance = try schema.completeInstance()
    let dossier = try Verzuimdossier.decode(from: instance)
    #expect(dossier.bedrijfsartsDossier?.medischeInformatie?.diagnose == "tekst")
    #expect(dossier.planVanAanpak?.ondertekeningWerknemer?.datum == CalendarDateFixture.example)
    #expect(try dossier.encodedCaseFile() == instance)
  }

  @Test func theSchemaRefusesAnUnknownKeyAndAnImpossibleDateAsTheReaderDoes() throws {
    let schema = try Verzuimdossier.jsonSchema()
    let misspelled =
      #"{"referentie": "X", "werkgever": {}, "werknemer": {}, "verzuimperiodes": [{"eersteZiekedag": "2026-03-02"}]}"#
    let found = schema.violations(of: try JSONParser.parse(Data(misspelled.utf8)))
    #expect(found.map(\.path) == ["$.verzuimperiodes[0].eersteZiekedag", "$.verzuimperiodes[0]"])
    #expect(throws: StrictJSONError.self) { try Verzuimdossier.decode(from: Data(misspelled.utf8)) }

    let badDate =
      #"{"referentie": "X", "werkgever": {}, "werknemer": {}, "verzuimperiodes": [{"eersteZiektedag": "2026-13-02"}]}"#
    let dateFound = schema.violations(of: try JSONParser.parse(Data(badDate.utf8)))
    #expect(dateFound.map(\.path) == ["$.verzuimperiodes[0].eersteZiektedag"])
    #expect(throws: StrictJSONError.self) { try Verzuimdossier.decode(from: Data(badDate.utf8)) }
  }

  @Test func enumerationsListTheValuesTheReaderAccepts() throws {
    let schema = try Verzuimdossier.jsonSchema()
    guard case .object(let melding)? = schema.definition("Melding42eWeek") else {
      Issue.record("no Melding42eWeek")
      return
    }
    #expect(
      melding.properties.first { $0.name == "kanaal" }?.schema
        == .enumeration(
          ["verzuimmelder", "digipoort", "papier"], description: "Hoe gemeld (M42-06).")
    )
  }

  @Test func aFileThatNamesItsSchemaReadsAndWritesItFirst() throws {
    let dossier = try Verzuimdossier.decode(
      from: Data(contentsOf: Self.cases.appendingPathComponent("02-week-10-pa-en-pva.json")))
    let data = try dossier.encodedCaseFile(schemaReference: "case.schema.json")
    #expect(
      String(decoding: data, as: UTF8.self).hasPrefix(
        "{\n  \"$schema\": \"case.schema.json\",\n  \"referentie\""))
    #expect(try Verzuimdossier.decode(from: data) == dossier)
  }
}

private enum CalendarDateFixture {
  static let example = CalendarDate(year: 2026, month: 1, day: 5)
}
