import Foundation
import Testing

@testable import dossier

/// `dossier validate` and `dossier timeline` on files a casemanager might write.
@Suite struct CaseCommandTests {
  static let complete = """
    {
      "referentie": "VZ-CLI-1",
      "peildatum": "2026-01-20",
      "werkgever": {"naam": "Testbedrijf B.V.", "loonheffingennummer": "123456782L01"},
      "werknemer": {"naam": "T. Tester", "bsn": "111222333", "functie": "monteur"},
      "verzuimperiodes": [{"eersteZiektedag": "2026-01-05"}],
      "ziekmelding": {"datumMeldingWerkgever": "2026-01-05", "datumMeldingArbodienst": "2026-01-06"}
    }
    """

  func write(_ text: String, named name: String = "case.json") throws -> URL {
    let folder = try makeTemporaryFolder()
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return folder
  }

  @Test func aCompleteEarlyCaseHasNoFindings() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["validate", "case.json"], in: folder)
    #expect(run.status == .success, "\(run.output)\(run.error)")
    #expect(
      run.output.contains("VZ-CLI-1 op 20 januari 2026, ziekteweek 3: 0 fouten, 0 waarschuwingen"))
  }

  @Test func aMissingProbleemanalyseIsAnErrorAfterWeekSix() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(
      ["validate", "case.json", "--on", "2026-02-20", "--format", "json"], in: folder)
    #expect(run.status == .findings)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let dossiers = try #require(json["dossiers"] as? [[String: Any]])
    let findings = try #require(dossiers.first?["bevindingen"] as? [[String: Any]])
    let pa = try #require(findings.first { $0["code"] as? String == "TL-04" })
    #expect(pa["ernst"] as? String == "fout")
    #expect(pa["pad"] as? String == "$.probleemanalyse")
    #expect(pa["stap"] as? String == "S3")
    #expect((pa["bron"] as? String)?.contains("Regeling procesgang") == true)
  }

  @Test func stepFilterLimitsTheFindings() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(
      ["validate", "case.json", "--on", "2026-03-20", "--step", "plan-van-aanpak"], in: folder)
    #expect(run.status == .findings)
    #expect(run.output.contains("PVA-06"))
    #expect(!run.output.contains("TL-04"))
    #expect(runDossier(["validate", "case.json", "--step", "S99"], in: folder).status == .unusable)
  }

  @Test func anUnknownKeyIsRefusedWithASuggestion() throws {
    let folder = try write(
      Self.complete.replacingOccurrences(of: "\"eersteZiektedag\"", with: "\"eersteZiekedag\""))
    let run = runDossier(["validate", "case.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(
      run.error.contains(
        "case.json:6:24: $.verzuimperiodes[0].eersteZiekedag: unknown key \"eersteZiekedag\"; did you mean \"eersteZiektedag\"?"
      ))
  }

  @Test func anImpossibleDateNamesItsPath() throws {
    let folder = try write(
      Self.complete.replacingOccurrences(of: "2026-01-05\"}]", with: "2026-02-30\"}]"))
    let run = runDossier(["timeline", "case.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(run.error.contains("$.verzuimperiodes[0].eersteZiektedag"))
    #expect(run.error.contains("februari 2026 has 28 days"))
  }

  @Test func malformedJSONNamesLineAndColumn() throws {
    let folder = try write("{\n  \"referentie\": \"x\",\n}")
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["validate", "case.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(run.error.hasPrefix("dossier validate: case.json:3:1: "))
  }

  @Test func missingFileAndFolderAreUnusable() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = runDossier(["validate", "nope.json"], in: folder)
    #expect(missing.status == .unusable)
    #expect(missing.error.contains("nope.json: no such file"))
    let directory = runDossier(["timeline", "."], in: folder)
    #expect(directory.status == .unusable)
    #expect(directory.error.contains("is a folder"))
  }

  @Test func unusableFileWinsOverFindings() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["validate", "case.json", "nope.json", "--on", "2026-03-10"], in: folder)
    #expect(run.status == .unusable)
    #expect(run.output.contains("PVA-06"))
  }

  @Test func timelineTextListsEveryRuleWithItsState() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["timeline", "case.json"], in: folder)
    #expect(run.status == .success)
    for rule in ["TL-01", "TL-02", "TL-04", "TL-05", "TL-09", "TL-11", "TL-17", "TL-18", "TL-22"] {
      #expect(run.output.contains(rule), "missing \(rule)")
    }
    #expect(run.output.contains("eerste ziektedag 5 januari 2026, ziekteweek 3"))
    #expect(run.output.contains("26 oktober 2026"))  // TL-09: D1 + 294
  }

  @Test func timelineJSONIsDocumentedShape() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(
      ["timeline", "case.json", "--format", "json", "--on", "2026-02-20"], in: folder)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(json["eersteZiektedag"] as? String == "2026-01-05")
    #expect(json["ziekteweek"] as? Int == 7)
    let steps = try #require(json["stappen"] as? [[String: Any]])
    let pa = try #require(steps.first { $0["regel"] as? String == "TL-04" })
    #expect(pa["uiterlijk"] as? String == "2026-02-15")
    let state = try #require(pa["stand"] as? [String: Any])
    #expect(state["status"] as? String == "te-laat")
    #expect(state["dagen"] as? Int == 5)
  }

  @Test func icsIsRFC5545WithCRLFAndStableUIDs() throws {
    let folder = try write(Self.complete)
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = runDossier(["timeline", "case.json", "--format", "ics"], in: folder)
    let second = runDossier(
      ["timeline", "case.json", "--format", "ics", "--on", "2026-02-01"], in: folder)
    #expect(first.output.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
    #expect(first.output.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!first.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(first.output.contains("UID:VZ-CLI-1-TL-09@dossierkit\r\n"))
    #expect(first.output.contains("DTSTART;VALUE=DATE:20261026\r\n"))
    let uids = { (text: String) in
      text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }
    #expect(uids(first.output) == uids(second.output))
    #expect(Set(uids(first.output)).count == uids(first.output).count)
    for line in first.output.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    #expect(!first.output.contains("T. Tester"))
  }
}
