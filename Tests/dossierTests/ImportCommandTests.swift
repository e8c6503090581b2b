import Foundation
import Testing

@testable import dossier

/// `dossier import sivi` as a user runs it, on the sample messages.
@Suite struct ImportCommandTests {
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/sivi")

  static func messages() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: samples.path).filter {
      $0.hasSuffix(".xml")
    }.sorted().map { samples.appendingPathComponent($0).path }
  }

  @Test func writesOneCasePerDossierAndNeverReplacesOne() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = runDossier(
      ["import", "sivi"] + (try Self.messages()) + ["--out", "cases"], in: folder)
    // Items to check (WAZOCd, a four-week gap, the no-riskpolis flag): exit 1.
    #expect(first.status == .findings, "\(first.error)")
    let written = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("cases").path
    ).sorted()
    #expect(
      written == [
        "BH7710-100482-2026-01-12.json", "BH7710-100517-2026-01-05.json",
        "BH7710-100517-2026-02-16.json", "BVM0317-E2215-2026-02-02.json",
        "GL2044-GL0093-2026-03-09.json",
      ])
    #expect(first.output.contains("left out (privacy; never written to a case): ArbCnflJN ×9"))
    // The samples' free text, nursing address and restricted codes are in no written byte.
    for name in written {
      let text = try String(
        contentsOf: folder.appendingPathComponent("cases/" + name), encoding: .utf8)
      for forbidden in [
        "Rugklachten", "fysiotherapie", "steiger", "Revalidatiecentrum", "Hoogte", "WAZO",
        "Oorzk", "Norisk", "noRisk", "ArbCnfl", "Vrpl", "VrijeTekst", "NivOpldng",
      ] {
        #expect(!text.contains(forbidden), "\(forbidden) in \(name)")
      }
    }
    let before = try Data(contentsOf: folder.appendingPathComponent("cases/" + written[0]))

    let again = runDossier(
      ["import", "sivi"] + (try Self.messages()) + ["--out", "cases"], in: folder)
    #expect(again.status == .unusable)
    #expect(
      again.error.hasPrefix("dossier import sivi: cases/BH7710-100482-2026-01-12.json exists"))
    #expect(try Data(contentsOf: folder.appendingPathComponent("cases/" + written[0])) == before)

    // The same message again into its case: nothing changes.
    let into = runDossier(
      [
        "import", "sivi", Self.samples.appendingPathComponent("03-bouwbedrijf-hersteld.xml").path,
        "--into", "cases/BVM0317-E2215-2026-02-02.json",
      ], in: folder)
    #expect(into.status == .success, "\(into.error)")
    #expect(into.output.contains("unchanged cases/BVM0317-E2215-2026-02-02.json"))

    // The same as JSON for a pipeline.
    let json = runDossier(
      [
        "import", "sivi", Self.samples.appendingPathComponent("03-bouwbedrijf-hersteld.xml").path,
        "--into", "cases/BVM0317-E2215-2026-02-02.json", "--format", "json",
      ], in: folder)
    #expect(json.status == .success, "\(json.error)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(report["alIngelezen"] as? [String] == ["VZ-88031#3"])
    let dossiers = try #require(report["dossiers"] as? [[String: Any]])
    #expect(dossiers.first?["status"] as? String == "ongewijzigd")
    #expect(dossiers.first?["hersteldatum"] as? String == "2026-03-30")
    let weggelaten = try #require(report["weggelaten"] as? [[String: Any]])
    #expect(weggelaten.contains { $0["element"] as? String == "OorzkVrzmCd" })
  }

  /// The built binary reads XML: FoundationXML links into the executable.
  @Test func theBuiltExecutableImports() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try runExecutable(
      [
        "import", "sivi",
        Self.samples.appendingPathComponent("01-bouwbedrijf-ziekmelding.xml").path,
        "--out", folder.path,
      ])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("BVM0317-E2215-2026-02-02.json: Sander Bosma, 1 period"))
  }

  @Test func unusableInputIsExitTwoWithItsPlace() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("<Verzuimmeldingen>\n<BrAlg>\n</Verzuimmeldingen>\n".utf8).write(
      to: folder.appendingPathComponent("kapot.xml"))
    let broken = runDossier(["import", "sivi", "kapot.xml", "--out", "cases"], in: folder)
    #expect(broken.status == .unusable)
    #expect(broken.error.hasPrefix("dossier import sivi: kapot.xml:3:"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("cases").path))

    let neither = runDossier(["import", "sivi", "kapot.xml"], in: folder)
    #expect(neither.status == .unusable)
    #expect(neither.error.contains("give --out DIR for new cases or --into CASE"))
  }
}
