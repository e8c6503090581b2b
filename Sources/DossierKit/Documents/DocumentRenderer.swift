import Foundation
import Kalender
public import Poortwachter
import Templating

/// One rendered document, ready to be written.
public struct RenderedDocument: Sendable, Equatable {
  public var kind: DocumentKind
  public var format: DocumentFormat
  public var isDraft: Bool
  /// `<referentie>_<kind>[.concept].<ext>`: never a BSN or a name.
  public var fileName: String
  public var bytes: [UInt8]
}

/// Renders the documents of a case: validation first, then the template with its typed context.
public struct DocumentRenderer: Sendable {
  public let templates: DocumentTemplates
  public var validator: Validator

  public init(templates: DocumentTemplates, validator: Validator = Validator()) {
    self.templates = templates
    self.validator = validator
  }

  public enum Outcome: Sendable {
    case rendered([RenderedDocument])
    /// The document's steps do not validate; `findings` are the fouten that block it. A
    /// privacy finding (PRIV-DENY) refuses even a draft.
    case refused(DocumentKind, findings: [Finding])
  }

  /// Renders one document in the given formats. Without `draft`, a document whose required
  /// steps have fouten (or whose data the dossier lacks) is refused; with it, it is rendered
  /// with a CONCEPT mark listing what is missing.
  public func render(
    _ kind: DocumentKind, formats: [DocumentFormat], dossier: Verzuimdossier,
    on peildatum: CalendarDate, draft: Bool
  ) throws -> Outcome {
    let timeline = Timeline(dossier: dossier, on: peildatum)
    let findings = validator.validate(dossier, on: peildatum, steps: kind.requiredSteps)
    var blocking = findings.filter { $0.severity == .fout }
    if !kind.isPresent(in: dossier) {
      blocking.insert(
        Finding(
          .docData, step: kind.stap, path: "$",
          message: "het dossier bevat nog geen gegevens voor: \(kind.titel.lowercased())"),
        at: 0)
    }
    if !blocking.isEmpty && !draft { return .refused(kind, findings: blocking) }
    // A draft shows the fields as they are; medical words in them must not reach paper even
    // marked CONCEPT, and a reference holding the BSN must not name files: privacy findings
    // and ID-REF fouten refuse the draft too.
    let neverOnPaper = blocking.filter { $0.rule == .privDeny || $0.rule == .idRef }
    if !neverOnPaper.isEmpty { return .refused(kind, findings: neverOnPaper) }
    let ontbreekt = blocking.map { "\($0.message) (\($0.code), \($0.path))" }
    let facts = DocumentFacts(
      dossier: dossier, timeline: timeline, findings: findings, ontbreekt: ontbreekt)
    let context = try kind.context(facts)
    let isDraft = !blocking.isEmpty
    return .rendered(
      try formats.map { format in
        let template = try templates.template(kind, format)
        let bytes = try template.renderBytes(context, partials: templates.library, options: .strict)
        return RenderedDocument(
          kind: kind, format: format, isDraft: isDraft,
          fileName: Self.fileName(
            referentie: dossier.veiligeReferentie, kind: kind, format: format, isDraft: isDraft),
          bytes: bytes)
      })
  }

  /// A file name from the case reference and the kind, safe on every file system.
  public static func fileName(
    referentie: String, kind: DocumentKind, format: DocumentFormat, isDraft: Bool
  ) -> String {
    "\(fileStem(referentie))_\(kind.templateName)\(isDraft ? ".concept" : "").\(format.fileExtension)"
  }

  /// The reference as the start of a file name: every character other than ASCII letters,
  /// digits, `-` and `_` becomes `-`, so that the name is valid on every file system.
  public static func fileStem(_ referentie: String) -> String {
    let safe = String(
      referentie.map {
        $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-"
      })
    return safe.isEmpty ? "dossier" : safe
  }
}
