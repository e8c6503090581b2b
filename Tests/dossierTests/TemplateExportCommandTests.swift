import Foundation
import Testing

@testable import dossier

/// `dossier template export`: a template author's starting point, never over their work.
@Suite struct TemplateExportCommandTests {
  @Test func writesEveryTemplateAndListsIt() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["template", "export", "mijn-sjablonen"], in: folder)
    #expect(run.status == .success, "\(run.error)")
    let listed = run.output.split(separator: "\n").map(String.init)
    #expect(listed.first == "mijn-sjablonen/actueel-oordeel.html.mustache")
    #expect(listed.contains("mijn-sjablonen/layout.html.mustache"))
    #expect(listed.contains("mijn-sjablonen/partials/gegevens.md.mustache"))
    for path in listed {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path))
    }
  }

  @Test func refusesToReplaceAnAuthorsFilesUnlessAsked() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(runDossier(["template", "export", "s"], in: folder).status == .success)
    let layout = folder.appendingPathComponent("s/layout.html.mustache")
    try Data("mijn layout".utf8).write(to: layout)

    let again = runDossier(["template", "export", "s"], in: folder)
    #expect(again.status == .unusable)
    #expect(again.output == "")
    #expect(
      again.error.hasPrefix(
        "dossier template export: s/actueel-oordeel.html.mustache, s/actueel-oordeel.md.mustache, s/bundle-manifest.html.mustache and 47 more exist already; nothing written."
      ))
    #expect(again.error.contains("--overwrite"))
    #expect(try String(contentsOf: layout, encoding: .utf8) == "mijn layout")

    let replaced = runDossier(["template", "export", "s", "--overwrite"], in: folder)
    #expect(replaced.status == .success)
    #expect(try String(contentsOf: layout, encoding: .utf8).contains("<!DOCTYPE html>"))
  }

  @Test func checksTheBuiltInTemplatesFromAnyFolder() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["template", "check"], in: folder)
    #expect(run.status == .success, "\(run.output)\(run.error)")
    #expect(!run.error.contains("no such file"))
  }
}
