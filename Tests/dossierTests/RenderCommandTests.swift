import Foundation
import Testing

@testable import dossier

private let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Samples/cases")

/// `dossier render` as a casemanager runs it.
@Suite struct RenderCommandTests {
  @Test func rendersTheDueDocumentsIntoAFolder() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = runDossier([
      "render", samples.appendingPathComponent("02-week-10-pa-en-pva.json").path, "--out", out.path,
    ])
    #expect(run.status == .success, "\(run.error)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(
      files == [
        "VZ-2026-0027_plan-van-aanpak.html", "VZ-2026-0027_plan-van-aanpak.md",
        "VZ-2026-0027_probleemanalyse.html", "VZ-2026-0027_probleemanalyse.md",
      ])
    // No temporary files are left behind by the atomic writes.
    #expect(!files.contains { $0.hasPrefix(".") })
  }

  @Test func printsOneDocumentToStandardOutput() {
    let run = runDossier([
      "render", samples.appendingPathComponent("02-week-10-pa-en-pva.json").path, "--document",
      "plan-van-aanpak",
      "--format", "md", "--out", "-",
    ])
    #expect(run.status == .success)
    #expect(run.output.hasPrefix("# Plan van aanpak\n"))
  }

  @Test func refusesADocumentWithFindingsAndRendersItAsDraft() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let file = samples.appendingPathComponent("09-dossier-met-fouten.json").path
    let refused = runDossier(["render", file, "--document", "probleemanalyse", "--out", out.path])
    #expect(refused.status == .findings)
    #expect(refused.error.contains("probleemanalyse not rendered"))
    #expect(refused.error.contains("ID-BSN"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    let draft = runDossier([
      "render", file, "--document", "probleemanalyse", "--out", out.path, "--draft",
    ])
    #expect(draft.status == .success)
    #expect(draft.output.contains("FOUT-2026-001_probleemanalyse.concept.md (concept)"))
  }

  @Test func unknownDocumentAndBadTemplatesAreUnusable() throws {
    let file = samples.appendingPathComponent("02-week-10-pa-en-pva.json").path
    let unknown = runDossier(["render", file, "--document", "plan-van-aanpk"])
    #expect(unknown.status == .unusable)
    #expect(
      unknown.error.hasPrefix(
        "dossier render: option '--document' does not accept 'plan-van-aanpk'; expected one of: probleemanalyse, plan-van-aanpak,"
      ))
    #expect(unknown.error.contains("; did you mean 'plan-van-aanpak'?\nusage: dossier render "))
    #expect(unknown.error.hasSuffix("\nsee `dossier help render`\n"))
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("{{>partials/kop}}{{diagnose}}".utf8).write(
      to: folder.appendingPathComponent("probleemanalyse.md.mustache"))
    let bad = runDossier(["render", file, "--templates", folder.path, "--out", folder.path])
    #expect(bad.status == .unusable)
    #expect(bad.error.contains("probleemanalyse.md.mustache:1:18: \"diagnose\" is a medical field"))
  }
}
