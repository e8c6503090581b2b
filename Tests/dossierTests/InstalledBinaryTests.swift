import Foundation
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The README's Install: the built `dossier` copied alone into a folder far from the checkout,
/// run from another folder holding only a user's files. Everything it needs is in the binary.
@Suite struct InstalledBinaryTests {
  /// A folder with `bin/dossier` (a copy of the built executable) and `werk/` holding copies of
  /// the sample cases and catalogs, in their `cases/` and `packages/` layout.
  struct Installation {
    var base: URL
    var binary: URL { base.appendingPathComponent("bin/dossier") }
    var work: URL { base.appendingPathComponent("werk") }

    init() throws {
      let built = try #require(dossierExecutable(), "the dossier executable is not built")
      base = FileManager.default.temporaryDirectory.appendingPathComponent(
        "dossier-install-\(UUID().uuidString)")
      let manager = FileManager.default
      try manager.createDirectory(
        at: base.appendingPathComponent("bin"), withIntermediateDirectories: true)
      try manager.copyItem(at: built, to: base.appendingPathComponent("bin/dossier"))
      try manager.createDirectory(
        at: base.appendingPathComponent("werk"), withIntermediateDirectories: true)
      for folder in ["cases", "packages"] {
        try manager.copyItem(
          at: repository.appendingPathComponent("Samples/\(folder)"),
          to: base.appendingPathComponent("werk/\(folder)"))
      }
    }

    func run(_ words: [String]) throws -> (status: Int32, output: Data, error: String) {
      let process = Process()
      process.executableURL = binary
      process.arguments = words
      process.currentDirectoryURL = work
      let output = Pipe()
      let error = Pipe()
      process.standardOutput = output
      process.standardError = error
      try process.run()
      let outputData = output.fileHandleForReading.readDataToEndOfFile()
      let errorData = error.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, outputData, String(decoding: errorData, as: UTF8.self))
    }
  }

  @Test func rendersEverySampleCaseAsCommitted() throws {
    let installation = try Installation()
    defer { try? FileManager.default.removeItem(at: installation.base) }
    #expect(!installation.work.path.hasPrefix(repository.path))
    let golden = repository.appendingPathComponent("Samples/rendered/documenten")
    let cases = try FileManager.default.contentsOfDirectory(
      atPath: installation.work.appendingPathComponent("cases").path
    ).filter { $0.hasSuffix(".json") }.sorted()
    var compared = 0
    for file in cases {
      let stem = String(file.dropLast(".json".count))
      let expected = golden.appendingPathComponent(stem)
      guard FileManager.default.fileExists(atPath: expected.path) else { continue }
      // The samples' documents are those due on each case's peildatum, drafts included.
      let run = try installation.run(["render", "cases/\(file)", "--draft", "--out", "out/\(stem)"])
      #expect(run.status != 2, "\(file): \(run.error)")
      let names = try FileManager.default.contentsOfDirectory(atPath: expected.path).sorted()
      let out = installation.work.appendingPathComponent("out/\(stem)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == names)
      for name in names {
        let isSame =
          FileManager.default.contents(atPath: out.appendingPathComponent(name).path)
          == FileManager.default.contents(atPath: expected.appendingPathComponent(name).path)
        #expect(isSame, "\(stem)/\(name) differs from Samples/rendered")
        compared += 1
      }
    }
    #expect(compared > 20)
  }

  @Test func printsAPackageSheetAsCommitted() throws {
    let installation = try Installation()
    defer { try? FileManager.default.removeItem(at: installation.base) }
    let catalog = "goudse-verzuimvizier-2009"
    for format in ["md", "html"] {
      let run = try installation.run([
        "package", "sheet", "packages/\(catalog).json", "--format", format,
      ])
      #expect(run.status == 0, "\(run.error)")
      let expected = FileManager.default.contents(
        atPath: repository.appendingPathComponent(
          "Samples/rendered/packages/\(catalog)/sheet.\(format)"
        ).path)
      #expect(run.output == expected, "sheet.\(format) differs from Samples/rendered")
    }
  }

  @Test func checksExportsAndTakesOverridesFromAFolder() throws {
    let installation = try Installation()
    defer { try? FileManager.default.removeItem(at: installation.base) }
    let check = try installation.run(["template", "check"])
    #expect(check.status == 0, "\(String(decoding: check.output, as: UTF8.self))\(check.error)")

    let export = try installation.run(["template", "export", "sjablonen"])
    #expect(export.status == 0, "\(export.error)")
    let written = String(decoding: export.output, as: UTF8.self).split(separator: "\n")
    #expect(written.contains("sjablonen/plan-van-aanpak.md.mustache"))
    #expect(written.contains("sjablonen/partials/kop.md.mustache"))
    #expect(written.count > 40)

    // An author keeps one changed template; everything else comes from the binary.
    let folder = installation.work.appendingPathComponent("sjablonen")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name != "partials" {
      try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
    let kop = folder.appendingPathComponent("partials/kop.md.mustache")
    try Data(("EIGEN HUISSTIJL\n" + (try String(contentsOf: kop, encoding: .utf8))).utf8)
      .write(to: kop)
    let render = try installation.run([
      "render", "cases/02-week-10-pa-en-pva.json", "--document", "plan-van-aanpak", "--format",
      "md", "--out", "-", "--templates", "sjablonen",
    ])
    #expect(render.status == 0, "\(render.error)")
    #expect(
      String(decoding: render.output, as: UTF8.self).hasPrefix("EIGEN HUISSTIJL\n# Plan van aanpak")
    )
    #expect(try installation.run(["template", "check", "--templates", "sjablonen"]).status == 0)
  }
}
