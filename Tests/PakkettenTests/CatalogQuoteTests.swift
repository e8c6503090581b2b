import Foundation
import Testing

@testable import Pakketten

@Suite("Catalog quotes: lines, discount, surcharge, BTW, terms")
struct CatalogQuoteTests {
  @Test("package price times employees, BTW of the year, yearly payment")
  func plainQuote() throws {
    let offerte = try sampleCatalog().quote(Offerteaanvraag(pakket: "compleet", werknemers: 12))
    let groep = try #require(offerte.groepen.first)
    #expect(offerte.groepen.count == 1)
    #expect(groep.regels.map(\.bedrag) == [Money(cents: 107_400)])  // 12 × 89,50
    #expect(groep.korting == nil && groep.toeslag == nil)
    #expect(groep.btw?.bedrag == Money(cents: 22554))  // 21% of 1074,00
    #expect(offerte.totaalPerJaar == Money(cents: 129_954))
    #expect(offerte.termijnbedragen == [Termijnbedrag(aantal: 1, bedrag: Money(cents: 129_954))])
  }

  @Test("monthly payment adds the surcharge after the discount; cents are split exactly")
  func surchargeAndTerms() throws {
    let offerte = try sampleCatalog().quote(
      Offerteaanvraag(pakket: "compleet", werknemers: 7, termijn: .maand, modules: ["module-a"]))
    let groep = try #require(offerte.groepen.first)
    // 7 × 89,50 = 626,50; 7 × 12,50 = 87,50; subtotal 714,00; 6% = 42,84; 756,84; 21% = 158,9364 → 158,94
    #expect(groep.subtotaal == Money(cents: 71400))
    #expect(groep.toeslag?.bedrag == Money(cents: 4284))
    #expect(groep.btw?.over == Money(cents: 75684))
    #expect(groep.btw?.bedrag == Money(cents: 15894))
    #expect(offerte.totaalPerJaar == Money(cents: 91578))
    // 915,78 / 12 = 76,315 → 6 × 76,32 and 6 × 76,31
    #expect(
      offerte.termijnbedragen == [
        Termijnbedrag(aantal: 6, bedrag: Money(cents: 7632)),
        Termijnbedrag(aantal: 6, bedrag: Money(cents: 7631)),
      ])
  }

  @Test("from two insurances a discount applies and the surcharge lapses")
  func discountWaivesSurcharge() throws {
    let offerte = try sampleCatalog().quote(
      Offerteaanvraag(pakket: "op-maat", werknemers: 3, termijn: .kwartaal, verzekeringen: 3))
    let groep = try #require(offerte.groepen.first)
    // 3 × 38,50 = 115,50; 5% = 5,775 → 5,78
    #expect(groep.korting?.bedrag == Money(cents: -578))
    #expect(groep.toeslag == nil)
    #expect(groep.totaalVoorBTW == Money(cents: 10972))
    #expect(
      offerte.toelichtingen == [
        "Pakketkorting 5% bij 3 verzekeringen (vanaf 3).",
        "Geen toeslag voor kwartaalbetaling: die vervalt vanaf 2 verzekeringen.",
      ])
  }

  @Test(
    "an alternative price applies without the named module; assurantiebelasting lines get no BTW")
  func alternativeAndTaxBasis() throws {
    let without = try sampleCatalog().quote(
      Offerteaanvraag(pakket: "op-maat", werknemers: 10, modules: ["module-a"]))
    let line = try #require(without.groepen.first?.regels.last)
    #expect(line.prijs == Money(cents: 373))
    #expect(line.toelichting == "tarief zonder Module B")
    let with = try sampleCatalog().quote(
      Offerteaanvraag(pakket: "op-maat", werknemers: 10, modules: ["module-a", "module-b"]))
    #expect(with.groepen.map(\.grondslag) == [.exclusiefBTW, .inclusiefAssurantiebelasting])
    #expect(with.groepen[0].regels.last?.prijs == .zero)
    #expect(with.groepen[1].btw == nil)
    #expect(with.groepen[1].totaal == Money(cents: 6050))
  }

  @Test("requests that cannot be quoted say why")
  func refusals() throws {
    let catalog = try sampleCatalog()
    let cases: [(Offerteaanvraag, QuoteError.Reason)] = [
      (
        Offerteaanvraag(pakket: "basis", werknemers: 1),
        .unknownPackage("basis", known: ["compleet", "op-maat"])
      ),
      (Offerteaanvraag(pakket: "compleet", werknemers: 0), .employeesOutOfRange(0)),
      (
        Offerteaanvraag(pakket: "compleet", werknemers: 1, modules: ["keuringen"]),
        .moduleNotPriced("keuringen", package: "compleet", soort: .nietInbegrepen)
      ),
      (
        Offerteaanvraag(pakket: "op-maat", werknemers: 1, modules: ["probleemanalyse"]),
        .notPerEmployeePerYear("probleemanalyse", eenheid: "per verrichting")
      ),
      (
        Offerteaanvraag(pakket: "compleet", werknemers: 1, termijn: .halfjaar),
        .termNotOffered(.halfjaar, offered: [.jaar, .maand, .kwartaal])
      ),
      (Offerteaanvraag(pakket: "compleet", werknemers: 1, jaar: 2025), .noBTWRate(year: 2025)),
      (
        Offerteaanvraag(pakket: "compleet", werknemers: 1, modules: ["module-a", "module-a"]),
        .duplicateModule("module-a")
      ),
      (
        Offerteaanvraag(pakket: "compleet", werknemers: 1, modules: ["geen"]),
        .unknownModule("geen")
      ),
    ]
    for (request, reason) in cases {
      #expect(throws: QuoteError(reason)) { try catalog.quote(request) }
    }
  }

  @Test("the largest request stays exact")
  func largeAmounts() throws {
    let catalog = try sampleCatalog(
      replacing: #""bedrag": "89.50""#, with: #""bedrag": "999999999999.99""#)
    let offerte = try catalog.quote(Offerteaanvraag(pakket: "compleet", werknemers: 1_000))
    #expect(offerte.groepen[0].subtotaal == Money(cents: 99_999_999_999_999_000))
    #expect(throws: QuoteError(.amountTooLarge)) {
      try catalog.quote(Offerteaanvraag(pakket: "compleet", werknemers: 1_000_000))
    }
  }
}
