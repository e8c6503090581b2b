import Foundation
import Pakketten
import Testing

@testable import dossier

/// The checkout's root, where `Samples/` and `Templates/` are.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite("dossier package sheet, compare, quote, check")
struct PackageCommandTests {
  @Test("sheet prints the committed sample sheet byte for byte")
  func sheet() throws {
    let run = runDossier(
      ["package", "sheet", "Samples/packages/alpina-vov-dienstverlening-2024.json"], in: root)
    #expect(run.status == .success)
    let golden = try String(
      contentsOf: root.appendingPathComponent(
        "Samples/rendered/packages/alpina-vov-dienstverlening-2024/sheet.md"), encoding: .utf8)
    #expect(run.output == golden)
  }

  @Test("quote as JSON has exact decimal amounts; as Markdown it states the rounding rule")
  func quote() {
    let words = [
      "package", "quote", "Samples/packages/goudse-verzuimvizier-2009.json", "--package",
      "op-maat-met-arbodienst",
      "--employees", "60", "--term", "quarter", "--insurances", "3",
    ]
    let json = runDossier(words + ["--format", "json"], in: root)
    #expect(json.status == .success)
    #expect(json.output.contains(#""totaalPerJaar" : "2611.46""#))
    let markdown = runDossier(words, in: root)
    #expect(markdown.output.contains("| Pakketkorting | 5% van € 2.310,00 | € -115,50 |"))
    #expect(markdown.output.contains("## Afronding"))
  }

  @Test("a quote that cannot be made is exit 2 with the reason")
  func quoteRefused() {
    let run = runDossier(
      [
        "package", "quote", "Samples/packages/goudse-verzuimvizier-2009.json", "--package",
        "compleet",
        "--employees", "5", "--with", "probleemanalyse-tarief",
      ], in: root)
    #expect(run.status == .unusable)
    #expect(
      run.error
        == #"dossier package quote: Samples/packages/goudse-verzuimvizier-2009.json: service "probleemanalyse-tarief" is in a section that does not show package "compleet""#
        + "\n")
    let words = runDossier(
      [
        "package", "quote", "Samples/packages/goudse-verzuimvizier-2009.json", "--package",
        "compleet", "--employees", "veel",
      ], in: root)
    #expect(words.status == .unusable)
    #expect(
      words.error
        == "dossier package quote: option '--employees' expects a whole number, found 'veel'\n"
        + "usage: dossier package quote CATALOG --package KEY --employees N [--term year|halfyear|quarter|month] [--with MODULE ...] [--insurances N] [--year YEAR] [--date DATE] [--format md|html|json] [--templates DIR]\n"
        + "see `dossier help package quote`\n"
    )
  }

  @Test("a catalog with findings is exit 1, each finding printed with its JSON path")
  func findings() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try String(
      contentsOf: root.appendingPathComponent("Samples/packages/nsv-zorgportaal-vov.json"),
      encoding: .utf8)
    let broken = source.replacingOccurrences(
      of: #""sleutel": "verhaalservice""#, with: #""sleutel": "voordelig-tarief""#)
    try Data(broken.utf8).write(to: folder.appendingPathComponent("kapot.json"))
    let check = runDossier(["package", "check", "kapot.json"], in: folder)
    #expect(check.status == .findings)
    #expect(
      check.output
        == #"kapot.json: $.secties[1].diensten[4].sleutel: service key "voordelig-tarief" is already used at $.secties[1].diensten[3]; service keys must be unique in a catalog"#
        + "\n")
    let sheet = runDossier(["package", "sheet", "kapot.json"], in: folder)
    #expect(sheet.status == .findings)
    #expect(sheet.output.isEmpty)
  }

  @Test("an unreadable catalog is exit 2 naming the file and JSON path")
  func unreadable() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      #"{"sleutel": "x", "titel": "X", "aanbieder": "Y", "jaar": "2024", "pakketten": [], "secties": []}"#
        .utf8
    )
    .write(to: folder.appendingPathComponent("x.json"))
    let run = runDossier(["package", "sheet", "x.json"], in: folder)
    #expect(run.status == .unusable)
    #expect(
      run.error.hasPrefix(
        "dossier package sheet: x.json:1:58: $.jaar: expected an integer, found a string"))
    let missing = runDossier(["package", "sheet", "geen.json"], in: folder)
    #expect(missing.error == "dossier package sheet: geen.json: no such file\n")
  }

  @Test("compare marks services one side lacks; every sample catalog checks clean")
  func compareAndCheck() throws {
    let run = runDossier(
      [
        "package", "compare", "Samples/packages/asr-vov-arboned-arboduo-2024.json",
        "Samples/packages/asr-vov-mkb-vitaal-2024.json", "--format", "html",
      ], in: root)
    #expect(run.status == .success)
    #expect(run.output.contains(#"<td class="cel ontbreekt">—</td>"#))
    #expect(run.output.contains("@page { size: A4 landscape; }") == false)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("Samples/packages").path
    )
    .filter { $0.hasSuffix(".json") }.sorted().map { "Samples/packages/" + $0 }
    let check = runDossier(["package", "check"] + names, in: root)
    #expect(check.status == .success)
    #expect(check.output.isEmpty)
  }
}
