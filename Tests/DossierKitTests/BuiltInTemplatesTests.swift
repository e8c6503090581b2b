import DossierKit
import Foundation
import Templating
import Testing

private let templatesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

/// The default templates built into the program: the same bytes as `Templates/`, written out
/// by `export`, and overridden file by file by a user's folder.
@Suite("Built-in templates")
struct BuiltInTemplatesTests {
  private static let regenerate =
    "run `swift Scripts/embed-templates.swift` to regenerate BuiltInTemplates+Sources.swift from Templates/"

  /// The `*.mustache` files under `Templates/`, read here independently of the code under test.
  private func filesInTemplates() throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: templatesFolder.path))
    while let path = enumerator.nextObject() as? String {
      guard path.hasSuffix(".mustache") else { continue }
      files[path] = Array(try Data(contentsOf: templatesFolder.appendingPathComponent(path)))
    }
    return files
  }

  @Test("the built-in templates are byte for byte those of Templates/")
  func matchTheTemplatesFolder() throws {
    let files = try filesInTemplates()
    let builtIn = BuiltInTemplates.shared
    #expect(files.count > 40, "Templates/ was not found at \(templatesFolder.path)")
    let added = Set(files.keys).subtracting(builtIn.templatePaths).sorted()
    let removed = Set(builtIn.templatePaths).subtracting(files.keys).sorted()
    #expect(
      added.isEmpty && removed.isEmpty,
      "new in Templates/: \(added); no longer in Templates/: \(removed); \(Self.regenerate)")
    for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
      // A Bool, so that a failure reads as the message, not as two byte arrays.
      let isSame = builtIn.text(at: path).map { Array($0.utf8) } == bytes
      #expect(isSame, "Templates/\(path) differs from its built-in copy; \(Self.regenerate)")
    }
  }

  @Test("differences(from:) names a changed, an added and a removed template")
  func differencesFindDrift() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossierkit-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try BuiltInTemplates.shared.export(to: folder, replacing: false)
    #expect(BuiltInTemplates.shared.differences(from: try TemplateDirectory(root: folder)) == [])

    let kop = folder.appendingPathComponent("partials/kop.md.mustache")
    try Data((try String(contentsOf: kop, encoding: .utf8) + " ").utf8).write(to: kop)
    try Data("nieuw".utf8).write(to: folder.appendingPathComponent("brief.md.mustache"))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("layout.html.mustache"))
    #expect(
      BuiltInTemplates.shared.differences(from: try TemplateDirectory(root: folder)) == [
        "brief.md.mustache", "layout.html.mustache", "partials/kop.md.mustache",
      ])
  }

  @Test("export writes every template as in Templates/, and replaces none unless asked")
  func exportWritesTheTemplatesFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossierkit-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let expected = try filesInTemplates()
    let written = try BuiltInTemplates.shared.export(to: folder, replacing: false)
    #expect(written == expected.keys.sorted())
    for (path, bytes) in expected {
      #expect(Array(try Data(contentsOf: folder.appendingPathComponent(path))) == bytes, "\(path)")
    }

    // An author's change survives a second export that is not allowed to replace…
    let plan = folder.appendingPathComponent("plan-van-aanpak.md.mustache")
    try Data("mijn versie".utf8).write(to: plan)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("layout.html.mustache"))
    #expect(
      throws: TemplateExportError.wouldReplace(written.filter { $0 != "layout.html.mustache" })
    ) {
      try BuiltInTemplates.shared.export(to: folder, replacing: false)
    }
    #expect(try String(contentsOf: plan, encoding: .utf8) == "mijn versie")
    // …which wrote nothing at all, not even the missing file.
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("layout.html.mustache").path))

    // …and is replaced when the author asks.
    _ = try BuiltInTemplates.shared.export(to: folder, replacing: true)
    #expect(Array(try Data(contentsOf: plan)) == expected["plan-van-aanpak.md.mustache"])
  }

  @Test("export into a file is refused")
  func exportIntoAFileIsRefused() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossierkit-\(UUID().uuidString)")
    try Data().write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(throws: TemplateExportError.notAFolder(file.path)) {
      try BuiltInTemplates.shared.export(to: file, replacing: false)
    }
  }

  @Test("a user's folder overrides one template; the others come from the built-in ones")
  func customFolderOverridesFileByFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossierkit-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
    try Data("EIGEN KOP\n".utf8).write(
      to: folder.appendingPathComponent("partials/kop.md.mustache"))
    let library = TemplateLibrary(custom: try TemplateDirectory(root: folder))

    let kop = try #require(try library.template(named: "partials/kop", format: .markdown))
    #expect(try kop.render([:]) == "EIGEN KOP\n")
    let voet = try #require(try library.load("partials/voet.md.mustache"))
    #expect(voet.name == "partials/voet.md.mustache")
    #expect(try library.load("nergens.md.mustache") == nil)
    // Names are confined in the built-in templates as on disk.
    #expect(throws: TemplateError.self) {
      try TemplateLibrary().template(named: "../Templates/layout", format: .html)
    }
  }
}
