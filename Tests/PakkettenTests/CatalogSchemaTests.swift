import Testing
import StrictJSON
@testable import Pakketten

@Suite struct CatalogSchemaTests {
  @Test func everyKeyIsDescribed() throws {
    let gaps = try JSONSchemaDerivation(descriptions: Catalog.schemaDescriptions).descriptionGaps(for: Catalog.self)
    #expect(gaps.missing == [], "missing: \(gaps.missing)")
    #expect(gaps.unused == [])
  }
}
