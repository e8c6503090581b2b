public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints with headless Chromium, one browser process per document.
///
/// Each print runs in its own temporary folder, removed afterwards: the HTML, a fresh profile
/// (`--user-data-dir`) and disk cache, the PDF and the browser's log, so that prints share no
/// state and leave nothing behind. The page's own `@page` rules set size and margins; the
/// browser's header and footer (date, file URL) are switched off, since the layout prints its
/// own. A print that runs longer than `timeout` is stopped. The PDF's metadata is then
/// replaced with the document's (`PDFMetadataRewriter`), which removes the print time.
public struct ChromiumPrinter: PDFPrinter {
  public var executable: URL
  /// Seconds a print may take before the browser is stopped.
  public var timeout: Double
  /// Where the per-print folders are made.
  public var temporaryFolder: URL

  public init(
    executable: URL, timeout: Double = 60,
    temporaryFolder: URL = ChromiumPrinter.defaultTemporaryFolder
  ) {
    self.executable = executable
    self.timeout = timeout
    self.temporaryFolder = temporaryFolder
  }

  /// Memory (`/dev/shm`) where there is one: a fresh profile is written for every print, and
  /// on a busy disk its writes cost more than the printing (measured: a batch ~20 % faster).
  /// Else the system's temporary folder.
  public static var defaultTemporaryFolder: URL {
    let memory = URL(fileURLWithPath: "/dev/shm")
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: memory.path, isDirectory: &isDirectory),
      isDirectory.boolValue, FileManager.default.isWritableFile(atPath: memory.path)
    {
      return memory
    }
    return FileManager.default.temporaryDirectory
  }

  /// The browser's arguments for one print in `folder`.
  func arguments(folder: URL) -> [String] {
    var arguments = [
      "--headless",
      "--disable-gpu",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-extensions",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      "--mute-audio",
      "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
      "--disk-cache-dir=\(folder.appendingPathComponent("cache").path)",
      // The first is today's name; the second is understood by older versions.
      "--no-pdf-header-footer",
      "--print-to-pdf-no-header",
      "--print-to-pdf=\(folder.appendingPathComponent("document.pdf").path)",
    ]
    // Chromium's sandbox refuses to run as root (containers, CI); only then is it switched off,
    // and the page it opens is our own file with no scripts.
    if geteuid() == 0 { arguments.append("--no-sandbox") }
    arguments.append(folder.appendingPathComponent("document.html").absoluteString)
    return arguments
  }

  public func printPDF(html: [UInt8], info: PDFDocumentInfo) throws(PrintError) -> [UInt8] {
    let folder = temporaryFolder.appendingPathComponent("dossierkit-print-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("chromium.log")
    let process = Process()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(html).write(to: folder.appendingPathComponent("document.html"))
      try Data().write(to: log)
      let output = try FileHandle(forWritingTo: log)
      defer { try? output.close() }
      process.executableURL = executable
      process.arguments = arguments(folder: folder)
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = output
      process.standardError = output
      let finished = DispatchSemaphore(value: 0)
      process.terminationHandler = { _ in finished.signal() }
      try process.run()
      if finished.wait(timeout: .now() + timeout) == .timedOut {
        stop(process, finished)
        throw PrintError(.timedOut(seconds: timeout))
      }
    } catch let error as PrintError {
      throw error
    } catch {
      throw PrintError(.notStarted("\(executable.path): \(error.localizedDescription)"))
    }
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      throw PrintError(
        .failed(status: process.terminationStatus, detail: Self.lastWords(of: log)))
    }
    guard
      let pdf = FileManager.default.contents(
        atPath: folder.appendingPathComponent("document.pdf").path),
      !pdf.isEmpty
    else {
      throw PrintError(.noPDF("the browser wrote no PDF: \(Self.lastWords(of: log))"))
    }
    do {
      return try PDFMetadataRewriter.rewrite(Array(pdf), info: info)
    } catch {
      throw PrintError(.noPDF(error.description))
    }
  }

  /// Asks the browser to end, then ends it; its helper processes follow their parent.
  private func stop(_ process: Process, _ finished: DispatchSemaphore) {
    process.terminate()
    if finished.wait(timeout: .now() + 2) == .timedOut {
      kill(process.processIdentifier, SIGKILL)
      _ = finished.wait(timeout: .now() + 2)
    }
  }

  /// The end of the browser's log without its routine noise (no D-Bus in a container), for
  /// an error message.
  static func lastWords(of log: URL) -> String {
    let text = String(
      decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self)
    let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.contains("dbus") && !$0.contains("unexpected operator")
        && $0.contains(where: { !$0.isWhitespace })
    }
    return lines.suffix(2).joined(separator: " / ")
  }
}
