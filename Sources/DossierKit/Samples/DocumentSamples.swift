import Foundation
import Poortwachter

/// Every sample case's documents that are present or due on its peildatum, in both formats;
/// a document that does not validate is rendered as a draft, so its CONCEPT block is reviewed
/// too.
enum DocumentSamples {
  static func render(_ samples: SampleSet) throws -> [String: [UInt8]] {
    let renderer = DocumentRenderer(templates: DocumentTemplates(library: samples.templates))
    let issues = renderer.templates.issues()
    if let first = issues.first {
      throw CaseSamples.Failure(
        description: "templates do not match their documents: \(first)"
          + (issues.count > 1 ? " (and \(issues.count - 1) more)" : ""))
    }
    var jobs: [DocumentBatch.Job] = []
    for url in samples.inputs(in: "cases") {
      let (dossier, peildatum) = try CaseSamples.load(url)
      jobs.append(
        DocumentBatch.Job(
          name: url.deletingPathExtension().lastPathComponent, dossier: dossier,
          peildatum: peildatum))
    }
    let batch = DocumentBatch(
      renderer: renderer, selection: .due, formats: DocumentFormat.allCases, draft: true)
    var outputs: [String: [UInt8]] = [:]
    for result in batch.render(jobs) {
      if let failure = result.failure { throw CaseSamples.Failure(description: failure) }
      // Refused drafts (privacy findings) are the validation report's business, not a file.
      for document in result.documents {
        outputs["documenten/\(result.job)/\(document.fileName)"] = document.bytes
      }
    }
    return outputs
  }
}
