import Foundation
import Kalender
import Pakketten
import Poortwachter
import StrictJSON

/// The package part of the samples: every catalog in `Samples/packages/` as a sheet, the
/// comparisons in `packages/vergelijkingen/` and the quotes in `packages/offertes/`, rendered
/// under `rendered/packages/`.
enum PackageSamples {
  /// A sample comparison: catalog files (relative to `Samples/packages/`) and packages.
  struct Vergelijking: Decodable {
    var titel: String?
    var catalogi: [String]
    var pakketten: [String]?
  }

  /// A sample quote request.
  struct Offerteverzoek: Decodable {
    var catalogus: String
    var pakket: String
    var werknemers: Int
    var termijn: Termijn?
    var modules: [String]?
    var verzekeringen: Int?
    var jaar: Int?
    var peildatum: CalendarDate?
  }

  /// A sample that cannot be rendered, with the file it comes from.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  @Sendable static func produce(_ samples: SampleSet) throws -> [String: [UInt8]] {
    var outputs: [String: [UInt8]] = [:]
    let folder = samples.folder.appendingPathComponent("packages")
    for url in samples.inputs(in: "packages") {
      let catalog = try load(url)
      let sheet = try PackageSheet(catalog)
      let stem = url.deletingPathExtension().lastPathComponent
      for format in [PackageDocuments.Format.md, .html] {
        outputs["packages/\(stem)/sheet.\(format.rawValue)"] = try render(
          sheet, "package-sheet", format, samples, url)
      }
    }
    for url in samples.inputs(in: "packages/vergelijkingen") {
      let request = try decode(Vergelijking.self, url)
      let catalogs = try request.catalogi.map { try load(folder.appendingPathComponent($0)) }
      let comparison = try PackageComparison(
        catalogs, packages: request.pakketten ?? [], title: request.titel)
      let stem = url.deletingPathExtension().lastPathComponent
      for format in [PackageDocuments.Format.md, .html] {
        outputs["packages/vergelijkingen/\(stem).\(format.rawValue)"] = try render(
          comparison, "package-compare", format, samples, url)
      }
    }
    for url in samples.inputs(in: "packages/offertes") {
      let request = try decode(Offerteverzoek.self, url)
      let catalog = try load(folder.appendingPathComponent(request.catalogus))
      let offerte: Offerte
      do {
        offerte = try catalog.quote(
          Offerteaanvraag(
            pakket: request.pakket, werknemers: request.werknemers,
            termijn: request.termijn ?? .jaar,
            modules: request.modules ?? [], verzekeringen: request.verzekeringen ?? 1,
            jaar: request.jaar))
      } catch {
        throw Failure(description: "\(url.path): \(error)")
      }
      let stem = url.deletingPathExtension().lastPathComponent
      let view = PackageQuote(offerte, catalog: catalog, peildatum: request.peildatum)
      for format in [PackageDocuments.Format.md, .html] {
        outputs["packages/offertes/\(stem).\(format.rawValue)"] = try render(
          view, "package-quote", format, samples, url)
      }
      outputs["packages/offertes/\(stem).json"] = try PackageDocuments.json(offerte)
    }
    return outputs
  }

  static func load(_ url: URL) throws -> Catalog {
    let (catalog, findings) = try PackageDocuments.loadCatalog(url, shownAs: url.path)
    guard findings.isEmpty else {
      throw Failure(description: findings.map { "\(url.path): \($0)" }.joined(separator: "\n"))
    }
    return catalog
  }

  static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
    let data = try FileInput.read(url, shownAs: url.path)
    do {
      // Strict like cases and catalogs: a misspelt key in a sample request is an error.
      return try StrictJSONDecoder().decode(type, from: data)
    } catch {
      throw Failure(description: "\(url.path):\(error.description)")
    }
  }

  static func render(
    _ value: some Encodable, _ template: String, _ format: PackageDocuments.Format,
    _ samples: SampleSet, _ url: URL
  ) throws -> [UInt8] {
    do {
      return try PackageDocuments.render(
        value, template: template, format: format, templates: samples.templates)
    } catch {
      throw Failure(description: "\(url.path): \(error)")
    }
  }
}
