import Foundation
import Testing

@testable import dossier

@Suite("dossier template render and check")
struct TemplateCommandTests {
  private func folder(with files: [String: String]) throws -> URL {
    let folder = try makeTemporaryFolder()
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return folder
  }

  @Test("render prints exactly the rendered bytes, escaped for the file's format")
  func renderExactBytes() throws {
    let folder = try folder(with: [
      "brief.md.mustache": "# {{titel}}\n{{> groet}}", "groet.md.mustache": "*{{naam}}*",
      "data.json": #"{"titel": "Plan | 1", "naam": "A_B"}"#,
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(
      ["template", "render", "brief.md.mustache", "--data", "data.json", "--strict"], in: folder)
    #expect(run.status == .success)
    #expect(run.output == "# Plan \\| 1\n*A\\_B*")
  }

  @Test("malformed data names file, line and column; a duplicate key is refused")
  func badDataIsLocated() throws {
    let folder = try folder(with: [
      "brief.txt.mustache": "{{naam}}", "kapot.json": "{\n  \"naam\": \"A\",\n  \"groet\" \"B\"\n}",
      "dubbel.json": #"{"naam": "A", "naam": "B"}"#,
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = runDossier(
      ["template", "render", "brief.txt.mustache", "--data", "kapot.json"], in: folder)
    #expect(broken.status == .unusable)
    #expect(broken.error.hasPrefix("dossier template render: kapot.json:3:11: expected"))
    let duplicate = runDossier(
      ["template", "render", "brief.txt.mustache", "--data", "dubbel.json"], in: folder)
    #expect(duplicate.status == .unusable)
    #expect(duplicate.error.contains("duplicate key \"naam\""))
  }

  @Test("a strict render with a misspelt name fails with the place and a suggestion, exit 2")
  func strictRenderError() throws {
    let folder = try folder(with: [
      "brief.txt.mustache": "Beste {{nam}},\n", "data.json": #"{"naam": "Sanne"}"#,
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(
      ["template", "render", "brief.txt.mustache", "--data", "data.json", "--strict"], in: folder)
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(
      run.error.hasPrefix(
        "dossier template render: no value named \"nam\" in scope; did you mean \"naam\"?\n --> brief.txt.mustache:1:7\n"
      ))
  }

  @Test("missing files and folders given as files are exit 2 with the path named")
  func unreadableInput() throws {
    let folder = try folder(with: ["t.mustache": "x"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = runDossier(
      ["template", "render", "t.mustache", "--data", "geen.json"], in: folder)
    #expect(missing.status == .unusable)
    #expect(missing.error == "dossier template render: geen.json: no such file\n")
    let directory = runDossier(["template", "render", ".", "--data", "t.mustache"], in: folder)
    #expect(directory.status == .unusable)
    #expect(directory.error == "dossier template render: .: is a folder; expected a file\n")
  }

  @Test("check reports every broken template under a folder as file:line:column, exit 1")
  func checkFolder() throws {
    let folder = try folder(with: [
      "sjablonen/goed.md.mustache": "{{#a}}{{b}}{{/a}}{{> delen/voet}}",
      "sjablonen/delen/voet.md.mustache": "voet",
      "sjablonen/open.md.mustache": "regel\n  {{#activiteiten}}\n",
      "sjablonen/verkeerd.html.mustache": "{{#a}}{{/b}}",
      "sjablonen/zonder-deel.md.mustache": "{{> kop}}",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runDossier(["template", "check", "sjablonen"], in: folder)
    #expect(run.status == .findings)
    #expect(
      run.output == """
        sjablonen/open.md.mustache:2:3: unclosed section "activiteiten": opened here but never closed with a closing tag for "activiteiten"
        sjablonen/verkeerd.html.mustache:1:7: closing tag "b" does not match the open section "a" (opened at 1:1)
        sjablonen/zonder-deel.md.mustache:1:1: no template named "kop" in the template root

        """)
  }

  @Test("check of clean templates exits 0; of a path that does not exist, 2")
  func checkStatuses() throws {
    let folder = try folder(with: ["a.md.mustache": "{{x}}"])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(runDossier(["template", "check", "a.md.mustache"], in: folder).status == .success)
    let missing = runDossier(["template", "check", "nergens"], in: folder)
    #expect(missing.status == .unusable)
    #expect(missing.error == "dossier template check: nergens: no such file or folder\n")
  }
}
