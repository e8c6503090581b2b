import Foundation
import Kalender
import Synchronization
import Testing

@testable import DossierKit

/// A printer that records how many prints run at once; every third document fails.
private final class RecordingPrinter: PDFPrinter {
  let running = Mutex((now: 0, most: 0))

  func printPDF(html: [UInt8], info: PDFDocumentInfo) throws(PrintError) -> [UInt8] {
    running.withLock {
      $0.now += 1
      $0.most = max($0.most, $0.now)
    }
    defer { running.withLock { $0.now -= 1 } }
    Thread.sleep(forTimeInterval: 0.02)
    if info.title.hasSuffix("3") { throw PrintError(.failed(status: 3, detail: "kapot")) }
    return Array("%PDF \(info.title)".utf8)
  }
}

@Suite struct DocumentPrintingTests {
  @Test func printsAtMostOnePerCoreKeepsTheOrderAndNamesFailures() throws {
    let printer = RecordingPrinter()
    let date = try #require(CalendarDate(year: 2026, month: 5, day: 26))
    let jobs = (1...12).map { index in
      DocumentPrinting.Job(
        html: RenderedDocument(
          kind: .eindevaluatie, format: .html, isDraft: false,
          fileName: "REF-\(index)_eindevaluatie.html",
          bytes: []),
        info: PDFDocumentInfo(title: "doc \(index % 4)", author: "a", subject: "s", date: date))
    }
    let results = DocumentPrinting(printer: printer).print(jobs)
    #expect(printer.running.withLock { $0.most } <= ProcessInfo.processInfo.activeProcessorCount)
    for (index, result) in results.enumerated() {
      switch result {
      case .success(let pdf):
        #expect(pdf.fileName == "REF-\(index + 1)_eindevaluatie.pdf")
        #expect(String(decoding: pdf.bytes, as: UTF8.self) == "%PDF doc \((index + 1) % 4)")
      case .failure(let failure):
        #expect((index + 1) % 4 == 3)
        #expect(
          failure.description
            == "REF-\(index + 1)_eindevaluatie.pdf: the browser failed with exit status 3: kapot")
      }
    }
  }
}

@Suite struct ChromiumLocatorTests {
  private func executable(_ name: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    try "#!/bin/sh\n".write(to: url, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
  }

  @Test func looksForChromiumThenChromiumBrowserThenGoogleChromeOnPath() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "locator-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let first = root.appendingPathComponent("a")
    let second = root.appendingPathComponent("b")
    for folder in [first, second] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try executable("google-chrome", in: first)
    try executable("chromium-browser", in: second)
    // A folder named like the browser is not a browser.
    try FileManager.default.createDirectory(
      at: first.appendingPathComponent("chromium"), withIntermediateDirectories: true)
    let path = "\(first.path):\(second.path)"
    let found = try ChromiumLocator.find(
      explicit: nil, environment: ["PATH": path], currentDirectory: root)
    #expect(found.lastPathComponent == "chromium-browser")
    // The variable wins over PATH, and an explicit path over both.
    let named = try ChromiumLocator.find(
      explicit: nil,
      environment: [
        "PATH": path, "DOSSIER_CHROMIUM": first.appendingPathComponent("google-chrome").path,
      ],
      currentDirectory: root)
    #expect(named.lastPathComponent == "google-chrome")
    let explicit = try ChromiumLocator.find(
      explicit: "b/chromium-browser",
      environment: ["DOSSIER_CHROMIUM": "/nowhere"], currentDirectory: root)
    #expect(explicit.path == second.appendingPathComponent("chromium-browser").path)
    #expect(throws: ChromiumNotFound.self) {
      try ChromiumLocator.find(explicit: nil, environment: ["PATH": ""], currentDirectory: root)
    }
  }
}
