import Foundation
import Testing

@testable import dossier

/// `dossier schema` and `dossier new` as an integrator and a casemanager use them.
@Suite struct SchemaCommandTests {
  static let newWords = [
    "new", "--referentie", "VZ-2026-0101", "--werkgever", "Bakkerij Korenaar B.V.",
    "--werknemer", "Merel Dijkhuis", "--eerste-ziektedag", "2026-03-02", "--on", "2026-03-02",
  ]

  @Test func newWritesACaseThatReadsBesideItsSchema() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(Self.newWords + ["--out", "dossiers/VZ-2026-0101.json"], in: folder)
    #expect(run.status == .success, "\(run.error)")
    #expect(
      run.output.hasPrefix(
        "dossiers/VZ-2026-0101.json: nieuw dossier VZ-2026-0101, eerste ziektedag 2 maart 2026\n"
          + "dossiers/case.schema.json: schema voor editors\n\nVZ-2026-0101: tijdlijn op 2 maart 2026\n"
      ))
    // The probleemanalyse is due by day 42 (Regeling art. 2 lid 2): 2 March + 41 days = 12 April.
    #expect(run.output.contains("12 april 2026"))
    let written = try String(
      contentsOf: folder.appendingPathComponent("dossiers/VZ-2026-0101.json"), encoding: .utf8)
    #expect(
      written.hasPrefix(
        "{\n  \"$schema\": \"case.schema.json\",\n  \"referentie\": \"VZ-2026-0101\""))
    let schema = try Data(contentsOf: folder.appendingPathComponent("dossiers/case.schema.json"))
    #expect(schema == Data(runDossier(["schema", "case"]).output.utf8))

    // A new case lacks what S1 needs and nothing else: the BSN and the loonheffingennummer.
    let validated = runDossier(
      ["validate", "dossiers/VZ-2026-0101.json", "--on", "2026-03-02", "--format", "json"],
      in: folder)
    #expect(validated.status == .findings)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(validated.output.utf8)) as? [String: Any])
    let dossiers = try #require(report["dossiers"] as? [[String: Any]])
    let findings = try #require(dossiers.first?["bevindingen"] as? [[String: Any]])
    #expect(findings.compactMap { $0["code"] as? String } == ["ID-LHN", "ID-BSN"])
  }

  @Test func newNeverOverwritesACaseAndWritesTheSchemaOnlyOnce() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(runDossier(Self.newWords, in: folder).status == .success)
    let file = folder.appendingPathComponent("VZ-2026-0101.json")
    let before = try Data(contentsOf: file)
    let again = runDossier(
      [
        "new", "--referentie", "VZ-2026-0101", "--werkgever", "Ander B.V.", "--werknemer", "X",
        "--eerste-ziektedag", "2026-04-01",
      ], in: folder)
    #expect(again.status == .unusable)
    #expect(again.error == "dossier new: VZ-2026-0101.json already exists; it is left as it is\n")
    #expect(try Data(contentsOf: file) == before)

    let other = runDossier(
      [
        "new", "--referentie", "VZ 2026/0102", "--werkgever", "A", "--werknemer", "B",
        "--eerste-ziektedag", "2026-04-01", "--on", "2026-04-01",
      ], in: folder)
    #expect(other.status == .success)
    #expect(other.output.hasPrefix("VZ-2026-0102.json: nieuw dossier VZ 2026/0102"))
    #expect(!other.output.contains("case.schema.json"), "the schema beside it is kept")
  }

  @Test func newRefusesAReferenceWithAControlCharacterOrAnImpossibleDay() {
    let control = runDossier(
      [
        "new", "--referentie", "VZ\u{1B}[31m", "--werkgever", "A", "--werknemer", "B",
        "--eerste-ziektedag", "2026-04-01",
      ])
    #expect(control.status == .unusable)
    #expect(
      control.error == "dossier new: --referentie: the referentie holds a control character\n")
    let day = runDossier(
      [
        "new", "--referentie", "R", "--werkgever", "A", "--werknemer", "B", "--eerste-ziektedag",
        "2026-02-30",
      ])
    #expect(day.status == .unusable)
    #expect(day.error.contains("february") || day.error.contains("februari"))
  }

  @Test func schemaPrintsOrWritesEitherFormat() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let printed = runDossier(["schema", "catalog"])
    #expect(printed.status == .success)
    #expect(printed.output.contains("\"title\": \"Pakketcatalogus (dossierkit)\""))
    let written = runDossier(["schema", "catalog", "--out", "catalog.schema.json"], in: folder)
    #expect(written.output == "catalog.schema.json\n")
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("catalog.schema.json"))
        == Data(printed.output.utf8))
    let wrong = runDossier(["schema", "catalgo"])
    #expect(wrong.status == .unusable)
    #expect(
      wrong.error.hasPrefix(
        "dossier schema: unknown format \"catalgo\"; expected case or catalog; did you mean \"catalog\"?\n"
      ))
  }
}
