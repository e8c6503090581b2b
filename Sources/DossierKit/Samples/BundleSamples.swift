import Foundation
import Poortwachter

/// The manifests of the upload sets of the sample cases that hold their verslag, as
/// `dossier bundle --manifest-only` writes them: without printing, so without sizes. The PDFs
/// themselves are no golden files: their bytes depend on the Chromium version and the fonts
/// of the machine that prints them (the PDF tests check them instead).
enum BundleSamples {
  static func render(_ samples: SampleSet) throws -> [String: [UInt8]] {
    let bundle = UploadBundle(
      renderer: DocumentRenderer(templates: DocumentTemplates(library: samples.templates)))
    var outputs: [String: [UInt8]] = [:]
    for url in samples.inputs(in: "cases") {
      let (dossier, peildatum) = try CaseSamples.load(url)
      guard
        dossier.reintegratieverslag != nil || dossier.verkortReintegratieverslag != nil,
        case .planned(let plan) = try bundle.plan(dossier, on: peildatum, draft: false)
      else { continue }
      let name = url.deletingPathExtension().lastPathComponent
      for file in try plan.manifest.files(templates: samples.templates) {
        outputs["bundels/\(name)/\(file.name)"] = file.bytes
      }
    }
    return outputs
  }
}
