import DossierKit
import Foundation
import Pakketten
import Poortwachter
import Testing

/// The checkout's root, found from this file.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

private func templates() throws -> TemplateLibrary {
  TemplateLibrary(defaults: try TemplateDirectory(root: root.appendingPathComponent("Templates")))
}

private func catalog(_ name: String) throws -> Catalog {
  let url = root.appendingPathComponent("Samples/packages/\(name)")
  let (catalog, findings) = try PackageDocuments.loadCatalog(url, shownAs: name)
  #expect(findings.isEmpty)
  return catalog
}

private let sampleCatalogs: [String] = {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples/packages")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasSuffix(".json") }.sorted()
}()

@Suite("Package documents: sheets, comparisons, quotes")
struct PackageDocumentsTests {
  @Test("every sample catalog is sound and renders in Markdown and HTML", arguments: sampleCatalogs)
  func sampleCatalogRenders(_ name: String) throws {
    let sheet = try PackageSheet(try catalog(name))
    let markdown = String(
      decoding: try PackageDocuments.render(
        sheet, template: "package-sheet", format: .md, templates: try templates()), as: UTF8.self)
    #expect(markdown.hasPrefix("# "))
    let html = String(
      decoding: try PackageDocuments.render(
        sheet, template: "package-sheet", format: .html, templates: try templates()), as: UTF8.self)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
  }

  @Test("the samples hold the sheets of the four package brochures: eleven catalogs")
  func sampleCount() {
    #expect(sampleCatalogs.count == 11)
  }

  @Test("a cell prints the catalog's legend mark, prices in Dutch, shares with their cap")
  func cellText() throws {
    let goudse = try catalog("goudse-preventie-rechtsbijstand-2009.json")
    let training = try #require(
      goudse.dienst("training-preventiemedewerker")?.dienst.cellen["preventie-basis"])
    #expect(
      CellView(training, in: goudse).tekst
        == "€ 299,00 per deelnemer; vergoeding 50%, maximum: 1x per contractperiode")
    let pmo = try #require(goudse.dienst("pmo")?.dienst.cellen["preventie-basis"])
    #expect(CellView(pmo, in: goudse).tekst == "€ 75,00 – € 380,00 per werknemer")
    let scan = try #require(goudse.dienst("verzuimbeleidsscan")?.dienst.cellen["preventie-basis"])
    #expect(CellView(scan, in: goudse).tekst == "volledige vergoeding")
    let asr = try catalog("asr-tarieven-uitbreidingsmodules-2024.json")
    let administratie = try #require(
      asr.dienst("ziektebegeleiding-administratie")?.dienst.cellen["sv-land"])
    #expect(CellView(administratie, in: asr).tekst == "€ 0,00; zonder Ziektebegeleiding: € 3,73")
    let verhaal = try #require(
      asr.dienst("verhaalsrechtsbijstand-verzuim")?.dienst.cellen["mkb-vitaal"])
    #expect(CellView(verhaal, in: asr).tekst == "€ 6,05 (inclusief assurantiebelasting, geen btw)")
    let vov = try catalog("asr-vov-arboned-arboduo-2024.json")
    let keuringen = try #require(vov.dienst("keuringen")?.dienst.cellen["ontzorgmanager"])
    #expect(CellView(keuringen, in: vov) == CellView(soort: "nietInbegrepen", tekst: "*"))
  }

  @Test("a sheet can show one package; a wide one prints in landscape")
  func sheetSelection() throws {
    let goudse = try catalog("goudse-verzuimvizier-2009.json")
    let full = try PackageSheet(goudse)
    #expect(full.isBreed)
    let compleet = try PackageSheet(goudse, packages: ["compleet"])
    #expect(!compleet.isBreed)
    #expect(
      compleet.secties.map(\.titel) == [
        "Algemeen", "Procesgebonden activiteiten",
        "Aanvullende dienstverlening: verzuimbegeleiding",
      ])
    #expect(
      throws: PackageDocumentError.unknownPackage(
        "opmaat", known: ["compleet", "op-maat-met-arbodienst", "op-maat-zonder-arbodienst"])
    ) {
      try PackageSheet(goudse, packages: ["opmaat"])
    }
  }

  @Test("a comparison aligns rows by key and marks a missing service")
  func comparison() throws {
    let comparison = try PackageComparison([
      try catalog("asr-vov-arboned-arboduo-2024.json"), try catalog("asr-vov-mkb-vitaal-2024.json"),
    ])
    let rows = comparison.secties.flatMap(\.rijen)
    let mijnCoach = try #require(rows.first { $0.sleutel == "mijncoachlijn" })
    #expect(mijnCoach.cellen.map(\.tekst) == ["V", "—"])
    let eersteContact = try #require(rows.first { $0.sleutel == "eerste-contact" })
    #expect(
      eersteContact.andereNamen == [
        "B: Eerste (digitale) contact met medewerker en/of werkgever binnen 5 werkdagen inclusief bepalen vervolgactiviteit en terugkoppeling"
      ])
    let vergoeding = try #require(rows.first { $0.sleutel == "vergoeding-interventies" })
    #expect(vergoeding.voetnoten == ["A1"])
    #expect(Set(rows.map(\.sleutel)).count == rows.count)
  }

  @Test("the quote view explains each line and the JSON keeps exact amounts")
  func quote() throws {
    let goudse = try catalog("goudse-verzuimvizier-2009.json")
    let offerte = try goudse.quote(
      Offerteaanvraag(pakket: "compleet", werknemers: 12, termijn: .maand))
    let view = PackageQuote(offerte, catalog: goudse)
    #expect(view.groepen[0].regels[0].berekening == "12 × € 89,50")
    #expect(
      view.groepen[0].correcties.map(\.berekening) == ["6% van € 1.074,00", "19% van € 1.138,44"])
    #expect(view.totaalPerJaar == "€ 1.354,74")
    #expect(view.termijnen == "6 × € 112,90; 6 × € 112,89")
    let json = String(decoding: try PackageDocuments.json(offerte), as: UTF8.self)
    #expect(json.contains(#""totaalPerJaar" : "1354.74""#))
  }

  @Test("the committed package samples match what renders now")
  func goldens() throws {
    let samples = SampleSet(
      folder: root.appendingPathComponent("Samples"), templates: try templates())
    let fresh = try samples.render().filter { $0.key.hasPrefix("packages/") }
    let differences = samples.golden.compare(fresh).filter { $0.path.hasPrefix("packages/") }
    for difference in differences { Issue.record("golden differs: \(difference)") }
    #expect(fresh.count == 40)
  }
}
