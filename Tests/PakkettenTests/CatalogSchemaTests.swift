import Foundation
import StrictJSON
import Testing

@testable import Pakketten

/// The catalog file's JSON Schema, derived from the strict reader.
@Suite("Catalog file schema")
struct CatalogSchemaTests {
  static let packages = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples").appendingPathComponent("packages")

  @Test func everyKeyHasADutchDescriptionAndNoneIsLeftOver() throws {
    let gaps = try JSONSchemaDerivation(descriptions: Catalog.schemaDescriptions)
      .descriptionGaps(for: Catalog.self)
    #expect(gaps.missing == [], "keys without a description: \(gaps.missing)")
    #expect(gaps.unused == [], "descriptions of keys the reader does not know: \(gaps.unused)")
  }

  @Test func everySampleCatalogMatchesTheSchema() throws {
    let schema = try Catalog.jsonSchema()
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.packages.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(files.count >= 11)
    for file in files {
      let node = try JSONParser.parse(Data(contentsOf: Self.packages.appendingPathComponent(file)))
      #expect(schema.violations(of: node) == [], "\(file)")
    }
  }

  @Test func theCompleteInstanceOfTheSchemaReadsStrictly() throws {
    let instance = try Catalog.jsonSchema().completeInstance()
    let catalog = try Catalog.decode(from: instance)
    #expect(
      catalog.secties.first?.diensten.first?.cellen["sleutel"]?.alternatief?.prijs.bedrag
        == Money(cents: 15995))
  }

  @Test func amountsAndCellKindsAreCheckedAsTheReaderChecksThem() throws {
    let schema = try Catalog.jsonSchema()
    guard case .object(let prijs)? = schema.definition("Prijs"),
      case .object(let cel)? = schema.definition("Cel")
    else {
      Issue.record("Prijs or Cel missing")
      return
    }
    #expect(prijs.required == ["bedrag"])
    guard case .string(let pattern?, _, _, _) = prijs.properties[0].schema else {
      Issue.record("bedrag has no pattern")
      return
    }
    #expect(try Regex(pattern).wholeMatch(in: "159.95") != nil)
    #expect(try Regex(pattern).wholeMatch(in: "159,95") == nil)
    guard case .enumeration(let kinds, _) = cel.properties[0].schema else {
      Issue.record("soort is no enumeration")
      return
    }
    #expect(kinds == Celsoort.allCases.map(\.rawValue))
  }
}
