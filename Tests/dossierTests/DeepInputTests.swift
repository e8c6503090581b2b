import Foundation
import Testing

@testable import dossier

/// Issue 10's first reproduction and its JSON relatives: input nested far beyond any real file
/// ends with a located message and exit status 2 (1 for `template check`, which reports
/// template errors as findings), never with a signal.
@Suite("Deeply nested input through the CLI")
struct DeepInputTests {
  private func sandbox(_ files: [String: String]) throws -> URL {
    let folder = try makeTemporaryFolder()
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  @Test("50,000 nested sections: render exits 2 and check exits 1, both at 1:1537")
  func deepTemplate() throws {
    let source =
      String(repeating: "{{#a}}", count: 50_000) + "x" + String(repeating: "{{/a}}", count: 50_000)
    let folder = try sandbox(["deep.md.mustache": source + "\n", "d.json": "{}\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let render = runDossier(
      ["template", "render", "deep.md.mustache", "--data", "d.json"], in: folder)
    #expect(render.status == .unusable)
    #expect(render.output.isEmpty)
    #expect(render.error.contains("deep.md.mustache:1:1537"))
    #expect(render.error.contains("nested more than 256 deep"))
    // The excerpt shows the part of the 600,000-character line around the column.
    #expect(render.error.split(separator: "\n").allSatisfy { $0.count < 200 })
    let check = runDossier(["template", "check", "deep.md.mustache"], in: folder)
    #expect(check.status == .findings)
    #expect(
      check.output
        == "deep.md.mustache:1:1537: sections, parents and blocks nested more than 256 deep in one template\n"
    )
  }

  @Test("JSON data and case files nested deeper than 512 levels are refused where they go too deep")
  func deepJSON() throws {
    let deepArray = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    let folder = try sandbox([
      "t.txt.mustache": "{{#.}}x{{/.}}", "data.json": deepArray,
      "case.json": "{\"referentie\": \(deepArray)}",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let render = runDossier(
      ["template", "render", "t.txt.mustache", "--data", "data.json"], in: folder)
    #expect(render.status == .unusable)
    #expect(render.error.contains("data.json:1:513: "))
    #expect(render.error.contains("nesting deeper than 512 levels"))
    let validate = runDossier(["validate", "case.json"], in: folder)
    #expect(validate.status == .unusable)
    // The object is level 1, so the 512th bracket is one too deep; `{"referentie": ` is 15
    // characters: column 15 + 512.
    #expect(
      validate.error
        == "dossier validate: case.json:1:527: $.referentie[0][0][0][0][0][0][0]…[0][0][0][0]: nesting deeper than 512 levels\n"
    )
  }
}
