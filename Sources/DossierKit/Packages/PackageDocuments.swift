public import Foundation
import Pakketten
import Poortwachter
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
    let data: Data
    do {
      data = try FileInput.read(url, shownAs: path)
    } catch {
      throw .unreadable(error)
    }
    do {
      let catalog = try Catalog.decode(from: data)
      return (catalog, catalog.validate())
    } catch {
      throw .undecodable(file: path, error)
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
  public static func json(_ offerte: Offerte) throws(JSONTextError) -> [UInt8] {
    Array(try JSONText.encode(offerte).utf8)
  }
}

/// A catalog file that cannot be used: the reader's and the decoder's errors kept whole.
public enum CatalogFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be read (missing, a folder, no permission).
  case unreadable(FileInputError)
  /// The file is read but is no catalog; `file` is the path as the user wrote it.
  case undecodable(file: String, CatalogError)

  /// `file:line:column: $.path: problem`.
  public var description: String {
    switch self {
    case .unreadable(let error): "\(error)"
    case .undecodable(let file, let error):
      error.line == nil ? "\(file): \(error)" : "\(file):\(error)"
    }
  }
}
