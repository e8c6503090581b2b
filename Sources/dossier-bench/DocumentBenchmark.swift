import DossierKit
import Foundation
import Kalender
import Poortwachter

/// Every due document of generated cases, both formats: parse, validate per document, build
/// its context and render, in parallel as `dossier render` does (files are not written).
struct DocumentBenchmark {
  var count: Int
  /// A template folder over the built-in templates, or nil for the built-in ones alone.
  var templates: URL?

  func run() throws -> [String] {
    let files = (0..<count).map(CaseBenchmark.caseFile)
    let library = TemplateLibrary(custom: try templates.map { try TemplateDirectory(root: $0) })
    let renderer = DocumentRenderer(templates: DocumentTemplates(library: library))
    let batch = DocumentBatch(
      renderer: renderer, selection: .due, formats: DocumentFormat.allCases, draft: true)
    let (_, checkSeconds) = timeOnce { _ = renderer.templates.issues() }
    let (results, seconds) = try timeOnce {
      let jobs = try files.enumerated().map { index, data in
        let dossier = try Verzuimdossier.decode(from: data)
        return DocumentBatch.Job(
          name: "\(index)", dossier: dossier,
          peildatum: dossier.peildatum ?? CalendarDate(dayNumber: 0))
      }
      return batch.render(jobs)
    }
    let documents = results.reduce(0) { $0 + $1.documents.count }
    let bytes = results.reduce(0) { $0 + $1.documents.reduce(0) { $0 + $1.bytes.count } }
    let failures = results.compactMap(\.failure)
    return [
      "phase=template-check seconds=\(String(format: "%.3f", checkSeconds))",
      "phase=documents cases=\(count) documents=\(documents) seconds=\(String(format: "%.3f", seconds)) documents_per_s=\(Int(Double(documents) / seconds)) mb=\(String(format: "%.1f", Double(bytes) / 1_048_576)) failures=\(failures.count)",
    ]
  }
}
