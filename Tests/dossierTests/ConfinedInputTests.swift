import Foundation
import Testing

@testable import dossier

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
private let sample = repository.appendingPathComponent(
  "Samples/cases/04-week-60-na-eerstejaarsevaluatie.json")

/// Input reaches only where it may: catalogs inside their root, dates in a readable range,
/// enumerations with their values named, and no Foundation error text.
@Suite struct ConfinedInputTests {
  private func writeSample(in folder: URL, replacing old: String, with new: String) throws {
    let text = try String(contentsOf: sample, encoding: .utf8)
    #expect(text.contains(old))
    try Data(text.replacingOccurrences(of: old, with: new).utf8).write(
      to: folder.appendingPathComponent("case.json"))
  }

  @Test func aCatalogOutsideTheRootIsRefusedNamingTheField() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeSample(
      in: folder, replacing: "../packages/goudse-verzuimvizier-2009.json", with: "/etc/passwd")
    let run = runDossier(["costs", "case.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(
      run.error.hasPrefix(
        "dossier costs: case.json: $.pakket.catalogus: \"/etc/passwd\" is an absolute path;"))
    #expect(!run.error.contains("root:"))
  }

  @Test func theSamplesReachTheirCatalogsWithACatalogRoot() {
    let outside = runDossier(["costs", sample.path])
    #expect(outside.status == .unusable)
    #expect(
      outside.error.contains(
        "$.pakket.catalogus: \"../packages/goudse-verzuimvizier-2009.json\" leads outside the catalog root"
      ))
    let inside = runDossier([
      "costs", sample.path, "--catalogs", repository.appendingPathComponent("Samples").path,
    ])
    #expect(inside.status == .success)
    #expect(inside.output.hasSuffix("nog te verwachten volgens de tarieven: € 187,50\n"))
  }

  @Test(
    "dates outside 1900-01-01 … 2199-12-31 are refused where they are read",
    arguments: ["9999-12-31", "1899-12-31", "2200-01-01"])
  func datesOutOfRange(_ date: String) throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeSample(
      in: folder, replacing: "\"peildatum\": \"2026-03-04\"", with: "\"peildatum\": \"\(date)\"")
    let run = runDossier(["timeline", "case.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(
      run.error.hasSuffix(
        "$.peildatum: \"\(date)\" is outside the dates this tool reads, 1900-01-01 to 2199-12-31\n")
    )
    #expect(run.error.hasPrefix("dossier timeline: case.json:3:"))
  }

  @Test func anInvalidEnumerationValueListsTheAllowedOnes() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOf: sample, encoding: .utf8)
    let soort = try #require(text.range(of: "\"soort\": \"vast\""))
    try Data(text.replacingCharacters(in: soort, with: "\"soort\": \"vst\"").utf8).write(
      to: folder.appendingPathComponent("case.json"))
    let run = runDossier(["validate", "case.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(
      run.error.hasSuffix(
        "$.werknemer.dienstverband.soort: \"vst\" is not an allowed value; expected one of: \"vast\", \"tijdelijk\"; did you mean \"vast\"?\n"
      ))
    #expect(!run.error.contains("Cannot initialize"))
  }

  @Test func foundationErrorsArePutIntoPlainWords() {
    let cocoa = CocoaError(
      .fileWriteNoPermission,
      userInfo: [
        NSFilePathErrorKey: "/uit/x.md",
        NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)),
      ])
    #expect(Console.plainDescription(cocoa) == "/uit/x.md: Permission denied")
    #expect(Console.plainDescription(CocoaError(.fileWriteUnknown)) == "the file system refused it")
    #expect(!Console.plainDescription(cocoa).contains("NSCocoaErrorDomain"))
  }
}
