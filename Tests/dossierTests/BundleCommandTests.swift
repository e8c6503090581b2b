import DossierKit
import Foundation
import Testing

@testable import dossier

private let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Samples/cases")

private func manifest(in folder: URL) throws -> [String: Any] {
  let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
  return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// `dossier bundle` without printing: what the set holds and when it is refused.
@Suite struct BundleCommandTests {
  @Test func theWIASetHoldsTheVerslagAndTheDocumentsUWVWantsBesideIt() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = runDossier([
      "bundle", samples.appendingPathComponent("05-week-92-reintegratieverslag.json").path,
      "--out", out.path, "--manifest-only",
    ])
    #expect(run.status == .success, "\(run.error)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        == ["manifest.html", "manifest.json", "manifest.md"])
    let json = try manifest(in: out)
    #expect(json["situatie"] as? String == "wia-aanvraag")
    #expect(json["concept"] as? Bool == false)
    let files = try #require(json["bestanden"] as? [[String: Any]])
    // POORTWACHTER.md §5.8 and UWV's list: the verslag, then PA, PvA, EJE, AO, EE apart.
    #expect(
      files.map { $0["bestand"] as? String ?? "" } == [
        "VGD-2024-0902_reintegratieverslag.pdf", "VGD-2024-0902_probleemanalyse.pdf",
        "VGD-2024-0902_plan-van-aanpak.pdf", "VGD-2024-0902_eerstejaarsevaluatie.pdf",
        "VGD-2024-0902_actueel-oordeel.pdf", "VGD-2024-0902_eindevaluatie.pdf",
      ])
    // The verslag covers a–l; b (aard van het bedrijf) sits with the eindevaluatie (vorm art. 2
    // lid 5); j (the bedrijfsarts's current view) with the actueel oordeel.
    #expect(files[0]["rivItems"] as? [String] == "abcdefghijkl".map(String.init))
    #expect((files[5]["rivItems"] as? [String])?.contains("b") == true)
    #expect((files[4]["rivItems"] as? [String])?.contains("j") == true)
    for file in files {
      #expect(file["bsnOpElkePagina"] as? Bool == true)
      // Nothing was printed, so no size is claimed.
      #expect(file["bytes"] == nil)
    }
    // The plan van aanpak is signed by both; the case records the employee's signature.
    let signatures = try #require(files[2]["ondertekening"] as? [[String: Any]])
    #expect(
      signatures.contains {
        $0["rol"] as? String == "werknemer" && $0["vastgelegd"] as? Bool == true
      })
    // Medical information never travels with the employer's set.
    let himself = try #require(json["werknemerStuurtZelf"] as? [String])
    #expect(himself.contains { $0.hasPrefix("Medische informatie") })
    #expect(!files.contains { ($0["bestand"] as? String ?? "").contains("medisch") })
    let rules = (json["termijnen"] as? [[String: Any]] ?? []).map { $0["regel"] as? String ?? "" }
    #expect(rules == ["TL-17", "TL-18", "UWV"])
  }

  @Test func refusesAVerslagThatDoesNotValidateUnlessDraft() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let words = [
      "bundle", samples.appendingPathComponent("04-week-60-na-eerstejaarsevaluatie.json").path,
      "--out", out.path, "--manifest-only",
    ]
    let refused = runDossier(words)
    #expect(refused.status == .findings)
    #expect(refused.error.contains("uploadset niet gemaakt"))
    #expect(refused.error.contains("use --draft"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)

    let draft = runDossier(words + ["--draft"])
    #expect(draft.status == .success, "\(draft.error)")
    let json = try manifest(in: out)
    #expect(json["concept"] as? Bool == true)
    #expect((json["fouten"] as? [String])?.isEmpty == false)
    let files = try #require(json["bestanden"] as? [[String: Any]])
    #expect(
      (files.first?["bestand"] as? String)?.hasSuffix("_reintegratieverslag.concept.pdf") == true)
    // Week 60: no actueel oordeel or eindevaluatie yet; the manifest says they are missing.
    #expect((json["ontbreekt"] as? [String])?.contains("Eindevaluatie plan van aanpak") == true)
  }

  @Test func ziekUitDienstWithinTenWeeksGivesTheVerkortVerslag() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = runDossier([
      "bundle", samples.appendingPathComponent("08-ziek-uit-dienst-verkort-verslag.json").path,
      "--out", out.path, "--manifest-only",
    ])
    #expect(run.status == .success, "\(run.error)")
    let json = try manifest(in: out)
    #expect(json["situatie"] as? String == "ziek-uit-dienst-verkort")
    let files = try #require(json["bestanden"] as? [[String: Any]])
    // Vorm-beleidsregel art. 2a lid 3: items a–e and the employee's opinion; no PA or PvA.
    #expect(
      files.map { $0["bestand"] as? String ?? "" } == [
        "SCH-2026-022_verkort-reintegratieverslag.pdf"
      ])
    #expect(files.first?["rivItems"] as? [String] == ["a", "b", "c", "d", "e", "l"])
    let rules = (json["termijnen"] as? [[String: Any]] ?? []).map { $0["regel"] as? String ?? "" }
    #expect(rules == ["TL-24", "CNT-15"])
  }

  @Test func ziekUitDienstWithinSixWeeksCallsForNoSet() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Sample 08 with the last working day 4 weeks after the eerste ziektedag (2 February):
    // under six weeks only the ziekmelding to UWV is due (TL-24, vorm-beleidsregel art. 2a).
    let text = try String(
      contentsOf: samples.appendingPathComponent("08-ziek-uit-dienst-verkort-verslag.json"),
      encoding: .utf8
    ).replacingOccurrences(of: "2026-03-31", with: "2026-03-02")
    let file = folder.appendingPathComponent("kort.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = runDossier([
      "bundle", file.path, "--out", folder.appendingPathComponent("set").path, "--manifest-only",
    ])
    #expect(run.status == .findings)
    #expect(run.error.contains("geen uploadset: ziek uit dienst binnen 6 weken"), "\(run.error)")
  }

  @Test func aSetThatCannotBeWrittenLeavesNothingBehind() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The output "folder" is a file: nothing can be written under it.
    let blocker = folder.appendingPathComponent("upload")
    try Data("x".utf8).write(to: blocker)
    let run = runDossier([
      "bundle", samples.appendingPathComponent("05-week-92-reintegratieverslag.json").path,
      "--out", blocker.path, "--manifest-only",
    ])
    #expect(run.status == .unusable)
    #expect(run.error.contains("nothing of this set was written"), "\(run.error)")
    #expect(run.output.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["upload"])
  }

  @Test func aFoutOfEveryDocumentIsListedOnce() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Sample 05 with a BSN that fails the elfproef: an S1 fout of all six documents.
    let text = try String(
      contentsOf: samples.appendingPathComponent("05-week-92-reintegratieverslag.json"),
      encoding: .utf8
    ).replacingOccurrences(of: "627413055", with: "627413054")
    let file = folder.appendingPathComponent("bsn.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = runDossier([
      "bundle", file.path, "--out", folder.appendingPathComponent("set").path, "--manifest-only",
    ])
    #expect(run.status == .findings)
    #expect(run.error.components(separatedBy: "ID-BSN").count - 1 == 1, "\(run.error)")
    #expect(run.error.contains("Re-integratieverslag: ID-BSN $.werknemer.bsn"))
  }

  @Test func medicalWordsRefuseEvenADraft() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = runDossier([
      "bundle", samples.appendingPathComponent("09-dossier-met-fouten.json").path, "--out",
      out.path, "--draft", "--manifest-only",
    ])
    #expect(run.status == .findings)
    #expect(run.error.contains("PRIV-DENY"))
    #expect(run.error.contains("medical data refuses even a draft"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }
}

/// The whole set printed, as it goes to UWV.
@Suite(
  .enabled(
    if: canPrint,
    "needs chromium and poppler-utils (pdfinfo, pdftotext); CI installs them (.ci/run)"))
struct BundlePrintTests {
  @Test func everyFileIsAnA4PDFUnder10MBWithTheBSNOnEveryPage() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = runDossier([
      "bundle", samples.appendingPathComponent("05-week-92-reintegratieverslag.json").path,
      "--out", out.path,
    ])
    #expect(run.status == .success, "\(run.error)")
    let files = try #require(try manifest(in: out)["bestanden"] as? [[String: Any]])
    #expect(files.count == 6)
    for file in files {
      let name = try #require(file["bestand"] as? String)
      let path = out.appendingPathComponent(name).path
      let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
      #expect(file["bytes"] as? Int == size)
      #expect(size <= 10_000_000)
      #expect(try runTool("pdfinfo", [path]).contains("(A4)"))
      let pages = try runTool("pdftotext", [path, "-"]).split(
        separator: "\u{0C}", omittingEmptySubsequences: false
      ).dropLast()
      #expect(!pages.isEmpty)
      for (index, page) in pages.enumerated() {
        #expect(page.contains("BSN 627413055"), "\(name) page \(index + 1)")
        #expect(
          page.contains("pagina \(index + 1) van \(pages.count)"), "\(name) page \(index + 1)")
      }
    }
    let markdown = try String(
      contentsOf: out.appendingPathComponent("manifest.md"), encoding: .utf8)
    #expect(!markdown.contains("niet afgedrukt"))
  }
}
