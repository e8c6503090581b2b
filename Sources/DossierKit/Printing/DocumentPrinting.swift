import Foundation
public import Kalender
public import Poortwachter

/// A document printed to PDF, ready to be written.
public struct PrintedDocument: Sendable, Equatable {
  public var kind: DocumentKind
  public var isDraft: Bool
  /// The HTML's file name with `.pdf`: `<referentie>_<kind>[.concept].pdf`.
  public var fileName: String
  public var bytes: [UInt8]

  /// `X.html` → `X.pdf`.
  static func fileName(ofHTML name: String) -> String {
    (name.hasSuffix(".html") ? String(name.dropLast(5)) : name) + ".pdf"
  }
}

/// A document that did not print, named by its file.
public struct DocumentPrintFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public var fileName: String
  public var error: PrintError
  public var description: String { "\(fileName): \(error)" }
}

/// Prints rendered HTML documents to PDF: each with its own browser process, as many at once
/// as there are cores, results in the order given.
public struct DocumentPrinting: Sendable {
  /// One document to print: its HTML and the metadata its PDF carries.
  public struct Job: Sendable {
    public var html: RenderedDocument
    public var info: PDFDocumentInfo

    public init(html: RenderedDocument, info: PDFDocumentInfo) {
      self.html = html
      self.info = info
    }

    /// The job of a rendered HTML document of a case, with the document's metadata.
    public init(html: RenderedDocument, dossier: Verzuimdossier, peildatum: CalendarDate) {
      self.init(
        html: html, info: PDFDocumentInfo(html.kind, dossier: dossier, peildatum: peildatum))
    }

    var fileName: String { PrintedDocument.fileName(ofHTML: html.fileName) }
  }

  public let printer: any PDFPrinter

  public init(printer: any PDFPrinter) {
    self.printer = printer
  }

  public func print(_ job: Job) -> Result<PrintedDocument, DocumentPrintFailure> {
    do {
      let bytes = try printer.printPDF(html: job.html.bytes, info: job.info)
      return .success(
        PrintedDocument(
          kind: job.html.kind, isDraft: job.html.isDraft, fileName: job.fileName, bytes: bytes))
    } catch {
      return .failure(DocumentPrintFailure(fileName: job.fileName, error: error))
    }
  }

  /// Every job's result, in the order given; at most one print per core runs at a time
  /// (`concurrentPerform` uses one thread per active core).
  public func print(_ jobs: [Job]) -> [Result<PrintedDocument, DocumentPrintFailure>] {
    jobs.concurrentMap { print($0) }
  }
}

extension PDFDocumentInfo {
  /// The metadata of a case's document: its title and referentie as in the HTML's title, its
  /// opsteller (the werkgever for the 42e-weeksmelding, which records none), and its own date,
  /// else the reference date it was rendered on.
  public init(_ kind: DocumentKind, dossier: Verzuimdossier, peildatum: CalendarDate) {
    let opsteller = kind.opsteller(in: dossier)
    let author =
      [opsteller?.naam, opsteller?.functie].compactMap { $0 }.filter { !$0.isEmpty }
      .joined(separator: ", ")
    self.init(
      title: "\(kind.titel) — \(dossier.veiligeReferentie)",
      author: author.isEmpty ? (dossier.werkgever.naam ?? nietIngevuld) : author,
      subject:
        "Wet verbetering poortwachter: \(kind.titel.lowercased()) van \(dossier.werknemer.naam ?? nietIngevuld), referentie \(dossier.veiligeReferentie)",
      date: kind.datum(in: dossier) ?? peildatum)
  }
}
