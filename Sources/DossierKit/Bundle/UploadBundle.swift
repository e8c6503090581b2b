import Foundation
public import Kalender
public import Poortwachter

/// The set of files a casemanager uploads for a case (`dossier bundle`): the verslag and the
/// documents UWV wants beside it, as PDFs, and a manifest. Built in two steps, so that the
/// manifest can be made without a browser: `plan` renders and checks the HTML, `print` makes
/// the PDFs and fills in their sizes.
public struct UploadBundle: Sendable {
  public let renderer: DocumentRenderer
  /// UWV accepts at most 10 MB a file (UWV-FORMS.md X-4).
  public static let maximumBytes = 10_000_000

  public init(renderer: DocumentRenderer) {
    self.renderer = renderer
  }

  /// The set before printing: its documents' HTML and its manifest without sizes.
  public struct Plan: Sendable {
    public var dossier: Verzuimdossier
    public var peildatum: CalendarDate
    public var documents: [RenderedDocument]
    public var manifest: BundleManifest
  }

  public enum Outcome: Sendable {
    case planned(Plan)
    /// The set may not be made: the fouten that block it (a verslag that does not validate
    /// without `--draft`, a missing BSN; or medical data in any document, which a draft does
    /// not excuse: `draftWouldDo` false).
    case refused([String], draftWouldDo: Bool)
    /// The case calls for no upload set (ziek uit dienst within six weeks).
    case noSet(String)
  }

  /// Renders and checks the set of a case on a reference date.
  public func plan(_ dossier: Verzuimdossier, on peildatum: CalendarDate, draft: Bool) throws
    -> Outcome
  {
    let timeline = Timeline(dossier: dossier, on: peildatum)
    guard let situatie = UploadSituatie(timeline) else {
      return .noSet(
        "ziek uit dienst binnen 6 weken na de eerste ziektedag: geen re-integratieverslag, alleen de ziekmelding aan UWV (TL-24)"
      )
    }
    // The privacy guard covers every file, drafts too: medical words anywhere refuse the set.
    let privacy = renderer.validator.validate(dossier, on: peildatum).filter {
      $0.rule == .privDeny && $0.severity == .fout
    }
    guard privacy.isEmpty else { return .refused(privacy.map(Self.line), draftWouldDo: false) }

    var fouten: [String] = []
    var seen: Set<String> = []
    var documents: [RenderedDocument] = []
    var ontbreekt: [String] = []
    for kind in [situatie.verslag] + situatie.losseDocumenten {
      if kind != situatie.verslag && !kind.isPresent(in: dossier) {
        ontbreekt.append(kind.titel)
        continue
      }
      // Final first: its refusal names what a draft lacks.
      switch try renderer.render(
        kind, formats: [.html], dossier: dossier, on: peildatum, draft: false)
      {
      case .rendered(let rendered): documents += rendered
      case .refused(_, let findings):
        // A fout shared by several documents (an S1 finding) is listed once, at the first.
        for finding in findings where !seen.contains(Self.line(finding)) {
          seen.insert(Self.line(finding))
          fouten.append("\(kind.titel): \(Self.line(finding))")
        }
        if draft,
          case .rendered(let rendered) = try renderer.render(
            kind, formats: [.html], dossier: dossier, on: peildatum, draft: true)
        {
          documents += rendered
        }
      }
    }
    if !fouten.isEmpty && !draft { return .refused(fouten, draftWouldDo: true) }
    let bsn = shownBSN(dossier.werknemer.bsn)
    var bestanden: [BundleManifest.Bestand] = []
    for document in documents {
      let hasBSN = Self.pageHeaderShows("BSN \(bsn)", in: document.bytes)
      if !hasBSN && !draft {
        return .refused(
          ["\(document.fileName): het BSN staat niet in de kop van elke pagina (DOC-ALL-03)"],
          draftWouldDo: true)
      }
      let opsteller = document.kind.opsteller(in: dossier)
      bestanden.append(
        BundleManifest.Bestand(
          bestand: PrintedDocument.fileName(ofHTML: document.fileName),
          document: document.kind.titel,
          rivItems: document.kind.rivItems, datum: document.kind.datum(in: dossier),
          opsteller: opsteller.map {
            [$0.naam, $0.functie].compactMap { $0 }.joined(separator: ", ")
          },
          ondertekening: document.kind.ondertekening(in: dossier), bytes: nil,
          bsnOpElkePagina: hasBSN, concept: document.isDraft))
    }
    let manifest = BundleManifest(
      referentie: dossier.veiligeReferentie, peildatum: peildatum, situatie: situatie,
      omschrijving: situatie.omschrijving, naamWerknemer: filled(dossier.werknemer.naam), bsn: bsn,
      concept: documents.contains(where: \.isDraft), fouten: fouten, bestanden: bestanden,
      ontbreekt: ontbreekt, werknemerStuurtZelf: situatie.werknemerStuurtZelf,
      termijnen: situatie.termijnen(timeline, aanvraag: dossier.wiaAanvraag?.datum),
      maximumBytes: Self.maximumBytes)
    return .planned(
      Plan(dossier: dossier, peildatum: peildatum, documents: documents, manifest: manifest))
  }

  /// A problem with the printed set.
  public enum PrintProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case failed([DocumentPrintFailure])
    case tooLarge([String])

    public var description: String {
      switch self {
      case .failed(let failures): failures.map(\.description).joined(separator: "\n")
      case .tooLarge(let files): files.joined(separator: "\n")
      }
    }
  }

  /// Prints the plan's documents, in parallel, and fills in their sizes; a file over UWV's
  /// limit refuses the set.
  public static func print(_ plan: Plan, with printing: DocumentPrinting) -> Result<
    (plan: Plan, pdfs: [PrintedDocument]), PrintProblem
  > {
    let results = printing.print(
      plan.documents.map {
        DocumentPrinting.Job(html: $0, dossier: plan.dossier, peildatum: plan.peildatum)
      })
    var pdfs: [PrintedDocument] = []
    var failures: [DocumentPrintFailure] = []
    for result in results {
      switch result {
      case .success(let pdf): pdfs.append(pdf)
      case .failure(let failure): failures.append(failure)
      }
    }
    guard failures.isEmpty else { return .failure(.failed(failures)) }
    var printed = plan
    var tooLarge: [String] = []
    for (index, pdf) in pdfs.enumerated() {
      printed.manifest.bestanden[index].bytes = pdf.bytes.count
      if pdf.bytes.count > maximumBytes {
        tooLarge.append(
          "\(pdf.fileName): \(pdf.bytes.count) bytes, meer dan de \(maximumBytes) bytes (10 MB) die UWV per bestand aanneemt"
        )
      }
    }
    guard tooLarge.isEmpty else { return .failure(.tooLarge(tooLarge)) }
    return .success((printed, pdfs))
  }

  static func line(_ finding: Finding) -> String {
    "\(finding.code) \(finding.path): \(finding.message)"
  }

  /// Whether the page rules in the HTML's style sheet (the running header of every printed
  /// page) show `text`.
  static func pageHeaderShows(_ text: String, in html: [UInt8]) -> Bool {
    let page = String(decoding: html, as: UTF8.self)
    guard let start = page.range(of: "<style>"),
      let end = page.range(of: "</style>", range: start.upperBound..<page.endIndex)
    else { return false }
    return page[start.upperBound..<end.lowerBound].split(separator: "@page").dropFirst().contains {
      $0.contains("content: \"") && $0.contains(text)
    }
  }
}
