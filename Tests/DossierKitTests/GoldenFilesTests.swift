import DossierKit
import Foundation
import Testing

@Suite("Golden files")
struct GoldenFilesTests {
  @Test(
    "check reports changed, missing and stale files; update makes the folder match and check clean")
  func checkAndUpdate() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "golden-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("zaak"), withIntermediateDirectories: true)
    try Data("regel 1\nregel 2\n".utf8).write(to: folder.appendingPathComponent("zaak/a.md"))
    try Data("oud\n".utf8).write(to: folder.appendingPathComponent("zaak/weg.md"))
    try Data("root = true\n".utf8).write(to: folder.appendingPathComponent(".editorconfig"))
    let golden = GoldenFiles(folder: folder)
    let fresh: [String: [UInt8]] = [
      "zaak/a.md": Array("regel 1\nregel twee\n".utf8), "zaak/b.html": Array("<p>nieuw</p>\n".utf8),
    ]

    let differences = golden.compare(fresh)
    #expect(differences.map(\.path) == ["zaak/a.md", "zaak/b.html", "zaak/weg.md"])
    #expect(
      differences[0]
        == .changed(
          path: "zaak/a.md",
          diff: """
            --- a/\(folder.lastPathComponent)/zaak/a.md
            +++ b/\(folder.lastPathComponent)/zaak/a.md
            @@ -1,2 +1,2 @@
             regel 1
            -regel 2
            +regel twee

            """))
    #expect(differences[1] == .missing(path: "zaak/b.html"))
    #expect(differences[2] == .stale(path: "zaak/weg.md"))

    try golden.update(fresh)
    #expect(golden.compare(fresh).isEmpty)
    #expect(golden.committedPaths() == ["zaak/a.md", "zaak/b.html"])
  }
}
