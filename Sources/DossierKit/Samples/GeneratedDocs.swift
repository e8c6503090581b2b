public import Foundation
import Pakketten
import Poortwachter
import StrictJSON

/// Documentation generated from the code (`docs/rules.md` from the rule catalog, the JSON
/// Schemas in `docs/schema/` from the strict readers), checked and written with the samples so
/// that it cannot drift from what the program does.
public struct GeneratedDocs: Sendable {
  /// The docs folder of a checkout (`docs/`).
  public let folder: URL

  public init(folder: URL) {
    self.folder = folder
  }

  /// The generated files, by path under the docs folder.
  ///
  /// - Throws: `JSONSchemaDerivationError` when a model type cannot be described as a schema.
  public func render() throws -> [String: [UInt8]] {
    [
      "rules.md": Array(RuleCatalogReport().markdown().utf8),
      "schema/\(Verzuimdossier.schemaFileName)": Array(try Verzuimdossier.jsonSchema().jsonText()),
      "schema/\(Catalog.schemaFileName)": Array(try Catalog.jsonSchema().jsonText()),
    ]
  }

  /// Only the generated files are compared; the hand-written docs beside them are not outputs.
  public var golden: GoldenFiles { GoldenFiles(folder: folder, ownsFolder: false) }
}
