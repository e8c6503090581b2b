import DossierKit
import Foundation
import Testing

@testable import dossier

private let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Samples/cases")

/// The Chromium these tests print with, found as `dossier` finds it; nil skips them visibly.
let testChromium = try? ChromiumLocator.find(
  explicit: nil, environment: ProcessInfo.processInfo.environment,
  currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))

/// A poppler tool (`pdfinfo`, `pdftotext`) on PATH.
func popplerTool(_ name: String) -> URL? {
  let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
  return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

let canPrint =
  testChromium != nil && popplerTool("pdfinfo") != nil && popplerTool("pdftotext") != nil

/// Runs a poppler tool and returns its standard output. Anything it writes to standard error
/// (poppler reports a damaged cross-reference table or object there, then repairs silently) is
/// recorded as an issue: the rewritten PDFs must read cleanly.
func runTool(_ name: String, _ arguments: [String]) throws -> String {
  let process = Process()
  let tool: URL = try #require(popplerTool(name))
  process.executableURL = tool
  process.arguments = arguments
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  let complaints = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0, "\(name) \(arguments) failed")
  #expect(
    complaints.isEmpty,
    "\(name) \(arguments): \(String(decoding: complaints, as: UTF8.self))")
  return String(decoding: data, as: UTF8.self)
}

/// `dossier render --format pdf` with the real browser. Each Chromium start costs about a
/// second, so the sample's documents print once and every check reads those files.
@Suite(
  .enabled(
    if: canPrint,
    "needs chromium and poppler-utils (pdfinfo, pdftotext); CI installs them (.ci/run)"))
struct PDFCommandTests {
  @Test func printsTheSampleReintegratieverslagIdentifiedOnEveryPageAndReproducibly() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let arguments = [
      "render", samples.appendingPathComponent("05-week-92-reintegratieverslag.json").path,
      "--document", "reintegratieverslag", "--document", "eindevaluatie", "--format", "pdf",
    ]
    let first = runDossier(arguments + ["--out", out.appendingPathComponent("1").path])
    #expect(first.status == .success, "\(first.error)")
    let second = runDossier(arguments + ["--out", out.appendingPathComponent("2").path])
    #expect(second.status == .success, "\(second.error)")

    for name in ["VGD-2024-0902_reintegratieverslag.pdf", "VGD-2024-0902_eindevaluatie.pdf"] {
      let path = out.appendingPathComponent("1/\(name)").path
      // Printing the same case twice gives the same bytes: no print time, no random ID.
      let bytes = try #require(FileManager.default.contents(atPath: path))
      #expect(
        bytes == FileManager.default.contents(atPath: out.appendingPathComponent("2/\(name)").path))

      let info = try runTool("pdfinfo", [path])
      #expect(info.contains("Page size:       594.96 x 841.92 pts (A4)"), "\(info)")
      #expect(info.contains("Creator:         dossierkit"))
      #expect(info.contains("Author:          Ilse Timmermans, casemanager verzuim"))
      let pagesLine = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
      let pages = try #require(Int(pagesLine.split(separator: " ").last ?? ""))
      #expect(pages >= (name.contains("reintegratieverslag") ? 8 : 1))
      // pdftotext ends every page with a form feed.
      let text = try runTool("pdftotext", [path, "-"])
      let pageTexts = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
      #expect(pageTexts.count == pages)
      for (index, page) in pageTexts.enumerated() {
        #expect(page.contains("Ricardo Mendes Lopes · BSN 627413055"), "page \(index + 1)")
        #expect(page.contains("referentie VGD-2024-0902"), "page \(index + 1)")
        #expect(page.contains("pagina \(index + 1) van \(pages)"), "page \(index + 1)")
        #expect(!page.contains("CONCEPT"))
      }
      if name.contains("reintegratieverslag") {
        // The case's RIV is dated 26 May 2026; the PDF says so, not the day it was printed.
        #expect(info.contains("CreationDate:    Tue May 26 00:00:00 2026 UTC"), "\(info)")
        #expect(text.contains("Re-integratieverslag · datum 26 mei 2026"))
        #expect(text.contains("Inhoud volgens de Regeling procesgang (art. 6 lid 1)"))
        for part in 1...7 { #expect(text.contains("Deel \(part): "), "deel \(part)") }
      }
    }
  }

  @Test func marksEveryPageOfADraftConcept() throws {
    let out = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = runDossier([
      "render", samples.appendingPathComponent("09-dossier-met-fouten.json").path, "--document",
      "probleemanalyse", "--draft", "--format", "pdf", "--out", out.path,
    ])
    #expect(run.status == .success, "\(run.error)")
    let text = try runTool(
      "pdftotext",
      [out.appendingPathComponent("FOUT-2026-001_probleemanalyse.concept.pdf").path, "-"])
    let pages = text.split(separator: "\u{0C}").filter { $0.contains("pagina") }
    #expect(!pages.isEmpty)
    for page in pages { #expect(page.contains("CONCEPT")) }
  }
}

/// What happens without a working browser; needs none.
@Suite struct PDFWithoutBrowserTests {
  let riv = samples.appendingPathComponent("05-week-92-reintegratieverslag.json").path

  private func run(_ words: [String], environment: [String: String]) -> CapturedRun {
    runDossier(words, environment: environment)
  }

  @Test func aMachineWithoutChromiumGetsTheInstallHint() {
    let run = run(["render", riv, "--format", "pdf", "--out", "-"], environment: ["PATH": ""])
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(run.error.contains("PDF needs a headless Chromium, and none was found"))
    #expect(run.error.contains("apt-get install chromium"))
    #expect(run.error.contains("--chromium PATH"))
    // Markdown and HTML never need it.
    let html = self.run(
      ["render", riv, "--document", "eindevaluatie", "--format", "html", "--out", "-"],
      environment: ["PATH": ""])
    #expect(html.status == .success)
  }

  @Test func aFailedOrHangingPrintNamesItsDocument() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let failing = folder.appendingPathComponent("failing-browser")
    try "#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n".write(
      to: failing, atomically: true, encoding: .utf8)
    let hanging = folder.appendingPathComponent("hanging-browser")
    try "#!/bin/sh\nexec sleep 30\n".write(to: hanging, atomically: true, encoding: .utf8)
    for script in [failing, hanging] {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: script.path)
    }
    let words = [
      "render", riv, "--document", "eindevaluatie", "--format", "pdf", "--out", folder.path,
    ]
    let failed = run(words + ["--chromium", failing.path], environment: [:])
    #expect(failed.status == .unusable)
    #expect(
      failed.error.contains(
        "VGD-2024-0902_eindevaluatie.pdf: the browser failed with exit status 3: cannot open display"
      ),
      "\(failed.error)")

    let hung = run(
      words + ["--chromium", hanging.path, "--print-timeout", "1"], environment: [:])
    #expect(hung.status == .unusable)
    #expect(
      hung.error.contains(
        "VGD-2024-0902_eindevaluatie.pdf: the browser did not finish within 1 s and was stopped"),
      "\(hung.error)")
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("VGD-2024-0902_eindevaluatie.pdf").path))
  }

  @Test func aNamedBrowserMustExist() {
    let run = run(
      ["render", riv, "--format", "pdf", "--chromium", "/nonexistent/chromium"],
      environment: ["DOSSIER_CHROMIUM": "/also/not/there"])
    #expect(run.status == .unusable)
    #expect(run.error.contains("--chromium /nonexistent/chromium: no executable file there"))
    let variable = self.run(
      ["render", riv, "--format", "pdf"], environment: ["DOSSIER_CHROMIUM": "/also/not/there"])
    #expect(variable.error.contains("DOSSIER_CHROMIUM=/also/not/there: no executable file there"))
  }
}
