import DossierKit
import Foundation
import Poortwachter

/// libFuzzer entry: the input is a case file. Whatever decodes goes the whole way a case goes
/// through the CLI: timeline (text, JSON, iCalendar), validation, and every document kind in
/// every format, as a draft so that missing steps do not stop it before the template. A
/// refusal is fine; a trap or a stack overflow is the bug.
func fuzzCase(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let data = Data(UnsafeBufferPointer(start: start, count: count))
  guard let dossier = try? Verzuimdossier.decode(from: data) else { return 0 }
  // A case without a peildatum is read on day 70 of its first period, as in week 10.
  let fallback = dossier.verzuimperiodes.first.map { $0.eersteZiektedag.adding(days: 70) }
  guard let peildatum = dossier.peildatum ?? fallback else { return 0 }
  let timeline = Timeline(dossier: dossier, on: peildatum)
  let report = TimelineReport(dossier: dossier, timeline: timeline)
  _ = report.text()
  _ = try? JSONText.encode(report.document)
  _ = TimelineCalendar.ics(report)
  let findings = Validator().validate(dossier, on: peildatum)
  let validated = ValidationReport.Case(
    file: "fuzz.json", dossier: dossier, peildatum: peildatum, ziekteweek: timeline.ziekteweek,
    findings: findings)
  _ = validated.text()
  let validation = ValidationReport(cases: [validated])
  _ = validation.summary()
  _ = try? JSONText.encode(validation)
  for kind in DocumentKind.allCases {
    _ = try? renderer.render(
      kind, formats: DocumentFormat.allCases, dossier: dossier, on: peildatum, draft: true)
  }
  return 0
}

/// The default templates, as built into the program.
private let renderer = DocumentRenderer(templates: DocumentTemplates(library: TemplateLibrary()))
