public import Foundation

/// The bundled samples of a checkout (`Samples/`) and everything rendered from them.
///
/// One code path for `dossier samples check`, `dossier samples update` and the tests: each
/// producer turns the sample inputs into outputs keyed by their path under `Samples/rendered`.
public struct SampleSet: Sendable {
  /// The folder holding `cases/`, `packages/` and `rendered/`.
  public let folder: URL
  public let templates: TemplateLibrary

  public init(folder: URL, templates: TemplateLibrary) {
    self.folder = folder
    self.templates = templates
  }

  public var golden: GoldenFiles { GoldenFiles(folder: folder.appendingPathComponent("rendered")) }

  /// Every output the samples produce now, by path under `rendered/`.
  ///
  /// - Throws: the first error of a sample that cannot be read or rendered, naming its file.
  public func render() throws -> [String: [UInt8]] {
    var outputs: [String: [UInt8]] = [:]
    for producer in SampleSet.producers {
      for (path, bytes) in try producer(self) {
        outputs[path] = bytes
      }
    }
    return outputs
  }

  /// Sorted JSON files in a subfolder of the samples.
  public func inputs(in subfolder: String) -> [URL] {
    let url = folder.appendingPathComponent(subfolder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { url.appendingPathComponent($0) }
  }

  /// The producers, in a fixed order; each area (cases, packages) adds its own.
  static let producers: [@Sendable (SampleSet) throws -> [String: [UInt8]]] = [
    CaseSamples.render,
    DocumentSamples.render,
    BundleSamples.render,
    PackageSamples.produce,
    CaseloadSamples.render,
    SiviSamples.render,
  ]
}
