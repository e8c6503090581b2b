import Foundation
import Kalender
import Testing

@testable import Pakketten

/// A small catalog with every cell kind, two packages and the quote data.
let sampleCatalogJSON = #"""
  {
    "sleutel": "voorbeeld-2024",
    "titel": "Voorbeeldpakketten 2024",
    "aanbieder": "Verzekeraar Voorbeeld",
    "jaar": 2024,
    "geldigVanaf": "2024-01-01",
    "geldigTot": "2024-12-31",
    "valuta": "EUR",
    "grondslag": "exclusiefBTW",
    "pakketten": [
      {"sleutel": "compleet", "naam": "Compleet", "prijs": {"bedrag": "89.50"}},
      {"sleutel": "op-maat", "naam": "Op Maat", "prijs": {"bedrag": "38.50"}}
    ],
    "secties": [
      {"titel": "Begeleiding", "diensten": [
        {"sleutel": "probleemanalyse", "naam": "Probleemanalyse", "stap": "probleemanalyse", "cellen": {
          "compleet": {"soort": "inbegrepen"},
          "op-maat": {"soort": "prijs", "prijs": {"bedrag": "148.00", "eenheid": "per verrichting"}}}},
        {"sleutel": "keuringen", "naam": "Keuringen", "cellen": {
          "compleet": {"soort": "nietInbegrepen"}, "op-maat": {"soort": "factuur"}}},
        {"sleutel": "training", "naam": "Training", "voetnoten": ["1"], "cellen": {
          "compleet": {"soort": "vergoeding", "prijs": {"bedrag": "299", "eenheid": "per deelnemer"},
                       "percentage": "50", "maximum": "1x per contractperiode"},
          "op-maat": {"soort": "nietVanToepassing"}}},
        {"sleutel": "uitbreiding", "naam": "Uitbreiding", "cellen": {
          "compleet": {"soort": "optioneel"}, "op-maat": {"soort": "tekst", "tekst": "Ja, vanaf 4e week verzuim"}}},
        {"sleutel": "overig", "naam": "Overig", "cellen": {
          "compleet": {"soort": "leeg"}, "op-maat": {"soort": "leeg"}}}
      ]},
      {"titel": "Modules", "diensten": [
        {"sleutel": "module-a", "naam": "Module A", "cellen": {
          "compleet": {"soort": "prijs", "prijs": {"bedrag": "12.50"}},
          "op-maat": {"soort": "prijs", "prijs": {"bedrag": "0.00"},
                      "alternatief": {"zonder": "module-b", "prijs": {"bedrag": "3.73"}}}}},
        {"sleutel": "module-b", "naam": "Module B", "cellen": {
          "compleet": {"soort": "inbegrepen"},
          "op-maat": {"soort": "prijs", "prijs": {"bedrag": "6.05", "grondslag": "inclusiefAssurantiebelasting"}}}}
      ]}
    ],
    "legenda": [{"teken": "✓", "soort": "inbegrepen", "betekenis": "inbegrepen"}],
    "voetnoten": [{"teken": "1", "tekst": "Alleen op advies van de bedrijfsarts."}],
    "btw": [{"jaar": 2024, "percentage": "21"}],
    "pakketkortingen": [{"vanafVerzekeringen": 2, "percentage": "3"}, {"vanafVerzekeringen": 3, "percentage": "5"}],
    "betaaltermijnen": [{"termijn": "maand", "toeslag": "6"}, {"termijn": "kwartaal", "toeslag": "4"}],
    "geenToeslagVanafVerzekeringen": 2
  }
  """#

func decodeCatalog(_ json: String) throws -> Catalog {
  try Catalog.decode(from: Data(json.utf8))
}

/// The sample catalog with one text replacement applied (which must match).
func sampleCatalog(replacing old: String = "", with new: String = "") throws -> Catalog {
  let json =
    old.isEmpty ? sampleCatalogJSON : sampleCatalogJSON.replacingOccurrences(of: old, with: new)
  if !old.isEmpty { #expect(json != sampleCatalogJSON, "replacement did not match: \(old)") }
  return try decodeCatalog(json)
}

@Suite("Catalog: decoding and validation")
struct CatalogTests {
  @Test("the sample catalog decodes with every cell kind and has no findings")
  func sampleIsSound() throws {
    let catalog = try sampleCatalog()
    #expect(catalog.validate() == [])
    let kinds = Set(
      catalog.secties.flatMap { $0.diensten.flatMap { $0.cellen.values.map(\.soort) } })
    #expect(kinds == Set(Celsoort.allCases))
    let training = try #require(catalog.dienst("training")?.dienst.cellen["compleet"])
    #expect(training.percentage == .whole(50))
    #expect(training.prijs?.bedrag == Money(cents: 29900))
    #expect(catalog.geldigVanaf?.dutch == "1 januari 2024")
  }

  @Test("a cell naming an unknown package is a finding at its JSON path, with a suggestion")
  func unknownPackage() throws {
    let catalog = try sampleCatalog(
      replacing: #""op-maat": {"soort": "factuur"}"#, with: #""opmaat": {"soort": "factuur"}"#)
    #expect(
      catalog.validate().map(\.description) == [
        #"$.secties[0].diensten[1].cellen.opmaat: no package "opmaat" in this catalog; did you mean "op-maat"?; packages: compleet, op-maat"#,
        #"$.secties[0].diensten[1].cellen: no cell for package "op-maat"; give every package of the section a cell ("leeg" when the brochure shows nothing)"#,
      ])
  }

  @Test("a duplicate service key names where it was first used")
  func duplicateServiceKey() throws {
    let catalog = try sampleCatalog(
      replacing: #""sleutel": "module-b""#, with: #""sleutel": "keuringen""#)
    let findings = catalog.validate().map(\.description)
    #expect(
      findings.contains(
        #"$.secties[1].diensten[1].sleutel: service key "keuringen" is already used at $.secties[0].diensten[1]; service keys must be unique in a catalog"#
      ))
  }

  @Test("a price without currency is a finding when the catalog has none either")
  func priceWithoutCurrency() throws {
    let catalog = try sampleCatalog(replacing: #""valuta": "EUR","#, with: "")
    let findings = catalog.validate()
    #expect(
      findings.first?.description
        == #"$.pakketten[0].prijs: a price without currency; add "valuta": "EUR" to the price or to the catalog"#
    )
    #expect(findings.count == 8)
    #expect(findings.allSatisfy { $0.reason == .priceWithoutCurrency })
  }

  @Test("another currency than EUR is refused")
  func otherCurrency() throws {
    let catalog = try sampleCatalog(
      replacing: #"{"bedrag": "89.50"}"#, with: #"{"bedrag": "89.50", "valuta": "USD"}"#)
    #expect(
      catalog.validate().map(\.description) == [
        #"$.pakketten[0].prijs.valuta: currency "USD" is not supported; only "EUR""#
      ])
  }

  @Test("a footnote marker without footnote, and a footnote nobody uses, are findings")
  func footnotes() throws {
    let catalog = try sampleCatalog(replacing: #""voetnoten": ["1"]"#, with: #""voetnoten": ["2"]"#)
    #expect(
      catalog.validate().map(\.description) == [
        #"$.secties[0].diensten[2].voetnoten[0]: footnote marker "2" has no footnote; footnotes: 1"#,
        #"$.voetnoten[0]: footnote "1" is not referred to by any service or cell"#,
      ])
  }

  @Test("a cell must have the fields of its kind and no others")
  func cellFields() throws {
    let missing = try sampleCatalog(
      replacing: #"{"soort": "tekst", "tekst": "Ja, vanaf 4e week verzuim"}"#,
      with: #"{"soort": "tekst"}"#)
    #expect(
      missing.validate().map(\.description) == [
        #"$.secties[0].diensten[3].cellen.op-maat: a cell of kind "tekst" needs "tekst""#
      ])
    let extra = try sampleCatalog(
      replacing: #"{"soort": "factuur"}"#, with: #"{"soort": "factuur", "tekst": "x"}"#)
    #expect(
      extra.validate().map(\.description) == [
        #"$.secties[0].diensten[1].cellen.op-maat.tekst: a cell of kind "factuur" has no use for "tekst"; remove it or change the kind"#
      ])
    let noPrice = try sampleCatalog(
      replacing: #"{"soort": "prijs", "prijs": {"bedrag": "12.50"}}"#, with: #"{"soort": "prijs"}"#)
    #expect(
      noPrice.validate().map(\.description) == [
        #"$.secties[1].diensten[0].cellen.compleet: a cell of kind "prijs" needs "prijs""#
      ])
  }

  @Test("keys must be kebab-case; an alternative price must name a known service")
  func keysAndReferences() throws {
    let catalog = try sampleCatalog(
      replacing: #""zonder": "module-b""#, with: #""zonder": "Module_B""#)
    #expect(
      catalog.validate().map(\.description) == [
        #"$.secties[1].diensten[0].cellen.op-maat.alternatief.zonder: no service "Module_B" in this catalog"#
      ])
    let badKey = try sampleCatalog(
      replacing: #""sleutel": "overig""#, with: #""sleutel": "Overig ""#)
    #expect(
      badKey.validate().map(\.description) == [
        #"$.secties[0].diensten[4].sleutel: key "Overig " is not lower-case kebab-case (letters a-z, digits, single hyphens), like "plan-van-aanpak""#
      ])
  }

  @Test("ranges, validity and duplicate rates are checked")
  func rangesAndRates() throws {
    let catalog = try sampleCatalog(
      replacing: #""btw": [{"jaar": 2024, "percentage": "21"}]"#,
      with: #""btw": [{"jaar": 2024, "percentage": "21"}, {"jaar": 2024, "percentage": "19"}]"#)
    #expect(
      catalog.validate().map(\.description) == [
        #"$.btw[1].jaar: the BTW rate of 2024 is given twice"#
      ])
    let inverted = try sampleCatalog(
      replacing: #""geldigTot": "2024-12-31""#, with: #""geldigTot": "2023-12-31""#)
    #expect(
      inverted.validate().map(\.description) == [
        #"$.geldigTot: "geldigTot" is before "geldigVanaf""#
      ])
  }

  @Test("unreadable catalogs are errors naming the JSON path and what was expected")
  func decodeErrors() throws {
    let comma = #expect(throws: CatalogError.self) {
      try sampleCatalog(replacing: #""bedrag": "89.50""#, with: #""bedrag": "89,50""#)
    }
    #expect(comma?.path == "$.pakketten[0].prijs.bedrag")
    #expect(
      comma?.problem
        == #"expected an amount with a decimal point, like "159.95", found "89,50" (no comma, no thousands separator)"#
    )
    #expect(comma?.line != nil && comma?.column != nil)
    let number = #expect(throws: CatalogError.self) {
      try sampleCatalog(replacing: #""bedrag": "38.50""#, with: #""bedrag": 38.50"#)
    }
    #expect(number?.path == "$.pakketten[1].prijs.bedrag")
    #expect(
      number?.problem
        == #"expected an amount as a string, like "159.95"; JSON numbers are not exact"#)
    let missing = #expect(throws: CatalogError.self) {
      try sampleCatalog(replacing: #""titel": "Voorbeeldpakketten 2024","#, with: "")
    }
    #expect(missing?.path == "$")
    #expect(missing?.problem == #"missing key "titel""#)
    let unknown = #expect(throws: CatalogError.self) {
      try sampleCatalog(
        replacing: #""titel": "Voorbeeldpakketten 2024","#,
        with: #""tittel": "Voorbeeldpakketten 2024","#)
    }
    #expect(unknown?.problem == #"unknown key "tittel"; did you mean "titel"?"#)
    let kind = #expect(throws: CatalogError.self) {
      try sampleCatalog(replacing: #"{"soort": "optioneel"}"#, with: #"{"soort": "optional"}"#)
    }
    #expect(kind?.path == "$.secties[0].diensten[3].cellen.compleet.soort")
  }
}
