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
    valueName: "SECONDS", valueKind: .wholeNumber(1...3600))

  /// The printer the options ask for, or the message why there is none (exit status 2).
  static func printer(_ arguments: ParsedArguments, _ console: Console) -> ChromiumPrinter? {
    // The parser checked the value (whole seconds, 1 to 3600).
    let timeout = arguments.value("print-timeout").flatMap(Double.init) ?? 60
    do {
      let executable = try ChromiumLocator.find(
        explicit: arguments.value("chromium"), environment: console.environment,
        currentDirectory: console.currentDirectory)
      return ChromiumPrinter(executable: executable, timeout: timeout)
    } catch {
      console.error(error, command: arguments.command)
      return nil
    }
  }
}
