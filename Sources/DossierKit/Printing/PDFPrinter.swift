/// Turns a document's HTML into PDF bytes with the given metadata: the one seam between
/// dossierkit and a browser engine. `ChromiumPrinter` is the real one; a printer must be safe
/// to call from several threads at once, each call printing one document.
public protocol PDFPrinter: Sendable {
  /// The PDF of `html` (a whole page in the house layout, A4 by its `@page` rule), with
  /// `info` as its metadata, the same bytes for the same input.
  func printPDF(html: [UInt8], info: PDFDocumentInfo) throws(PrintError) -> [UInt8]
}

/// A print that did not give a PDF, and why; the caller adds which document it was.
public struct PrintError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    /// The browser could not be started.
    case notStarted(String)
    /// The browser ran longer than the allowed time and was stopped.
    case timedOut(seconds: Double)
    /// The browser ended with a failure status; `detail` is the end of what it wrote.
    case failed(status: Int32, detail: String)
    /// The browser ended well but wrote no PDF, or one that cannot be made reproducible.
    case noPDF(String)
  }

  public var reason: Reason

  public init(_ reason: Reason) { self.reason = reason }

  public var description: String {
    switch reason {
    case .notStarted(let detail): "the browser could not be started: \(detail)"
    case .timedOut(let seconds):
      "the browser did not finish within \(PrintError.seconds(seconds)) s and was stopped"
    case .failed(let status, let detail):
      "the browser failed with exit status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
    case .noPDF(let detail): detail
    }
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
  }
}
