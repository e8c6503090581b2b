import DossierKit
import Foundation

/// The options of commands that print PDFs (`render --format pdf`, `bundle`), and finding the
/// browser they need.
enum PDFOptions {
  static let chromium = OptionSpec(
    name: "chromium",
    help:
      "The Chromium executable for PDF (default: $DOSSIER_CHROMIUM, else chromium, chromium-browser or google-chrome on PATH).",
    valueName: "PATH")
  static let timeout = OptionSpec(
    name: "print-timeout",
    help: "Seconds one PDF may take before its browser is stopped (default: 60).",
    valueName: "SECONDS")

  /// The printer the options ask for, or the message why there is none (exit status 2).
  static func printer(_ arguments: ParsedArguments, _ console: Console, command: String)
    -> ChromiumPrinter?
  {
    var timeout = 60.0
    if let text = arguments.value("print-timeout") {
      guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= 3600 else {
        console.error(
          "dossier \(command): --print-timeout \(text): expected a positive number of seconds, at most 3600"
        )
        return nil
      }
      timeout = seconds
    }
    do {
      let executable = try ChromiumLocator.find(
        explicit: arguments.value("chromium"), environment: console.environment,
        currentDirectory: console.currentDirectory)
      return ChromiumPrinter(executable: executable, timeout: timeout)
    } catch {
      console.error("dossier \(command): \(error)")
      return nil
    }
  }
}
