public import Foundation
public import Poortwachter
import Templating

/// Renders package sheets, comparisons and quotes with the templates of a library.
public enum PackageDocuments {
  /// The formats package documents come in (JSON only for quotes).
  public enum Format: String, Sendable, CaseIterable {
    case md, html, json
  }

  /// Reads and checks a catalog file.
  ///
  /// - Returns: the catalog and its findings (empty when sound).
  /// - Throws: `CatalogFileError` when the file cannot be read or decoded.
  public static func loadCatalog(_ url: URL, shownAs path: String) throws(CatalogFileError) -> (
    Catalog, [CatalogFinding]
  ) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw CatalogFileError(path: path, problem: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw CatalogFileError(path: path, problem: "is a folder; expected a catalog JSON file")
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw CatalogFileError(path: path, problem: "cannot be read")
    }
    do {
      let catalog = try Catalog.decode(from: data)
      return (catalog, catalog.validate())
    } catch {
      if let line = error.line, let column = error.column {
        throw CatalogFileError(
          path: "\(path):\(line):\(column)", problem: "\(error.path): \(error.problem)")
      }
      throw CatalogFileError(path: path, problem: error.description)
    }
  }

  /// Renders `value` with `name.<format>.mustache`, strictly.
  public static func render(
    _ value: some Encodable, template name: String, format: Format, templates: TemplateLibrary
  ) throws(PackageDocumentError) -> [UInt8] {
    let file = "\(name).\(format.rawValue).mustache"
    do {
      guard let template = try templates.load(file) else {
        throw PackageDocumentError.template("no template \(file)")
      }
      return try template.renderBytes(
        try TemplateValue(encoding: value), partials: templates, options: .strict)
    } catch let error as PackageDocumentError {
      throw error
    } catch let error as TemplateError {
      throw .template(error.description)
    } catch {
      throw .template("\(file): \(error)")
    }
  }

  /// A quote as JSON: sorted keys, amounts as decimal strings, a final newline.
  public static func json(_ offerte: Offerte) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(offerte)) ?? Data("{}".utf8)
    return Array(data) + Array("\n".utf8)
  }
}

/// A catalog file that cannot be used.
public struct CatalogFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problem: String
  public var description: String { "\(path): \(problem)" }
}
