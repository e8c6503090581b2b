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
  let peildatum = dossier.peildatum ?? CalendarDate(dayNumber: 20_000)
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
  guard let renderer else { return 0 }
  for kind in DocumentKind.allCases {
    _ = try? renderer.render(
      kind, formats: DocumentFormat.allCases, dossier: dossier, on: peildatum, draft: true)
  }
  return 0
}

/// The default templates of this checkout, found from this file's place in it.
private let renderer: DocumentRenderer? = {
  let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  guard
    let directory = try? TemplateDirectory(root: repository.appendingPathComponent("Templates"))
  else { return nil }
  return DocumentRenderer(
    templates: DocumentTemplates(library: TemplateLibrary(defaults: directory)))
}()
