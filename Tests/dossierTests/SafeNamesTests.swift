import Foundation
import Testing

@testable import dossier

private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Samples/cases/02-week-10-pa-en-pva.json")

/// The employee's BSN in the sample case `02-week-10-pa-en-pva.json` (fictional).
private let bsn = "314579266"

/// Names that travel (files, calendar events, reports) never carry the BSN or control
/// characters, and a batch writes all its files or none.
@Suite struct SafeNamesTests {
  /// The sample case with another referentie, written into `folder` as `name`.
  private func writeCase(_ referentie: String, as name: String, in folder: URL) throws {
    var text = try String(contentsOf: sample, encoding: .utf8)
    let escaped = referentie.unicodeScalars.map { scalar in
      scalar.value < 0x20 ? String(format: "\\u%04X", scalar.value) : String(scalar)
    }.joined()
    text = text.replacingOccurrences(of: "\"VZ-2026-0027\"", with: "\"\(escaped)\"")
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  @Test func twoCasesGivingOneFileNameAreRefusedBeforeAnythingIsWritten() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeCase("VZ 2026/27", as: "a.json", in: folder)
    try writeCase("VZ-2026-27", as: "b.json", in: folder)
    let run = runDossier(["render", "a.json", "b.json", "--out", "out"], in: folder)
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(
      run.error == """
        dossier render: a.json and b.json both give VZ-2026-27_probleemanalyse.md (and 3 more); give one of the cases another referentie
        dossier render: nothing written

        """)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
  }

  @Test func aBatchThatFailsHalfwayLeavesTheFolderAsItWas() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    // An older file the batch would replace, and a folder where its last file should go.
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("VZ-2026-0027_plan-van-aanpak.html"),
      withIntermediateDirectories: true)
    try Data("oud".utf8).write(to: out.appendingPathComponent("VZ-2026-0027_probleemanalyse.md"))
    let run = runDossier(["render", sample.path, "--out", out.path])
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(run.error.hasSuffix("nothing of this set was written\n"))
    let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(left == ["VZ-2026-0027_plan-van-aanpak.html", "VZ-2026-0027_probleemanalyse.md"])
    #expect(
      try String(
        contentsOf: out.appendingPathComponent("VZ-2026-0027_probleemanalyse.md"), encoding: .utf8)
        == "oud")
  }

  @Test func aReferentieHoldingTheBSNIsRefusedEvenAsADraft() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeCase("VZ-\(bsn)", as: "case.json", in: folder)
    let render = runDossier(["render", "case.json", "--draft", "--out", "out"], in: folder)
    #expect(render.status == .findings)
    #expect(render.error.contains("not rendered: 1 fout(en); not even as a concept"))
    #expect(render.error.contains("ID-REF $.referentie"))
    #expect(!render.error.contains(bsn))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))

    let validate = runDossier(["validate", "case.json"], in: folder)
    #expect(validate.status == .findings)
    #expect(validate.output.hasPrefix("case.json: VZ-xxxxxxxxx op 11 maart 2026"))
    #expect(!validate.output.contains(bsn))
    let json = runDossier(["validate", "case.json", "--format", "json"], in: folder)
    #expect(json.output.contains(#""referentie" : "VZ-xxxxxxxxx""#))
    #expect(!json.output.contains(bsn))
  }

  @Test(
    "timeline outputs never carry the BSN",
    arguments: ["text", "json", "ics"])
  func timelineWithoutBSN(_ format: String) throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeCase("\(bsn)", as: "case.json", in: folder)
    let run = runDossier(["timeline", "case.json", "--format", format], in: folder)
    #expect(run.status == .success)
    #expect(!run.output.contains(bsn))
    #expect(run.output.contains("xxxxxxxxx"))
    if format == "ics" {
      #expect(run.output.contains("UID:xxxxxxxxx-TL-04@dossierkit\r\n"))
      #expect(run.output.contains("SUMMARY:xxxxxxxxx: Probleemanalyse door de bedrijfsarts\r\n"))
    }
  }

  @Test func controlCharactersNeverReachTheTerminalOrTheCalendar() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeCase("VZ\u{1B}[2J\nX", as: "case.json", in: folder)
    let validate = runDossier(["validate", "case.json"], in: folder)
    #expect(validate.output.hasPrefix("case.json: VZ<U+001B>[2J<U+000A>X op "))
    #expect(validate.output.contains("ID-REF"))
    #expect(!validate.output.contains("\u{1B}"))
    let ics = runDossier(["timeline", "case.json", "--format", "ics"], in: folder)
    #expect(!ics.output.unicodeScalars.contains { $0 == "\u{1B}" })
    #expect(ics.output.contains("SUMMARY:VZ<U+001B>[2J<U+000A>X: "))
    // Every line break of the calendar is a CRLF of its own making.
    #expect(!ics.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let missing = runDossier(["validate", "geen\u{1B}[2J.json"], in: folder)
    #expect(missing.error == "dossier validate: geen<U+001B>[2J.json: no such file\n")
  }

  @Test func aTemplateNameWithAnEscapeIsShownNotSent() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("{{#a}}".utf8).write(to: folder.appendingPathComponent("x\u{1B}[2J.md.mustache"))
    let run = runDossier(["template", "check", "x\u{1B}[2J.md.mustache"], in: folder)
    #expect(run.status == .findings)
    #expect(run.output.hasPrefix("x<U+001B>[2J.md.mustache:1:1: unclosed section \"a\""))
    #expect(!run.output.contains("\u{1B}"))
  }
}
