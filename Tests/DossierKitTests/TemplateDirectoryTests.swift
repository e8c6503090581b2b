import DossierKit
import Foundation
import Templating
import Testing

@Suite("Template folders on disk")
struct TemplateDirectoryTests {
  /// A fresh folder with a template root inside it and a secret file beside the root.
  private func makeRoot() throws -> (base: URL, root: URL) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossierkit-\(UUID().uuidString)")
    let root = base.appendingPathComponent("sjablonen")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("delen"), withIntermediateDirectories: true)
    try "GEHEIM".write(
      to: base.appendingPathComponent("geheim.mustache"), atomically: true, encoding: .utf8)
    try "<footer>{{naam}}</footer>".write(
      to: root.appendingPathComponent("delen/voettekst.html.mustache"), atomically: true,
      encoding: .utf8)
    return (base, root)
  }

  @Test("a partial resolves inside the root, preferring the document's format")
  func resolvesInsideRoot() throws {
    let (base, root) = try makeRoot()
    defer { try? FileManager.default.removeItem(at: base) }
    let directory = try TemplateDirectory(root: root)
    let page = try Template("{{> delen/voettekst}}", name: "pagina.html.mustache")
    #expect(
      try page.render(["naam": "A&B"], partials: directory, options: .strict)
        == "<footer>A&amp;B</footer>")
    #expect(directory.templatePaths() == ["delen/voettekst.html.mustache"])
  }

  @Test("a name with .. is refused before the file system is asked")
  func refusesParentDirectory() throws {
    let (base, root) = try makeRoot()
    defer { try? FileManager.default.removeItem(at: base) }
    let page = try Template("{{> ../geheim}}", name: "pagina.html.mustache")
    #expect(throws: TemplateError.self) {
      try page.render([:], partials: try TemplateDirectory(root: root))
    }
  }

  @Test("a symbolic link that leads out of the root is refused")
  func refusesEscapingSymlink() throws {
    let (base, root) = try makeRoot()
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("lek.mustache"),
      withDestinationURL: base.appendingPathComponent("geheim.mustache"))
    let page = try Template("{{> lek}}", name: "pagina.html.mustache")
    do {
      let rendered = try page.render([:], partials: try TemplateDirectory(root: root))
      Issue.record("rendered \(rendered) through a link out of the root")
    } catch let error as TemplateError {
      #expect(
        error.reason
          == .refusedTemplateName(
            "lek.mustache", why: "a symbolic link leads out of the template root"))
    }
  }

  @Test("a root that is missing or a file is a clear error")
  func badRoot() throws {
    let (base, root) = try makeRoot()
    defer { try? FileManager.default.removeItem(at: base) }
    #expect(throws: TemplateDirectoryError.notFound(base.appendingPathComponent("nergens").path)) {
      try TemplateDirectory(root: base.appendingPathComponent("nergens"))
    }
    let file = root.appendingPathComponent("delen/voettekst.html.mustache")
    #expect(throws: TemplateDirectoryError.notADirectory(file.path)) {
      try TemplateDirectory(root: file)
    }
  }
}
