import DossierKit
import Foundation
import Kalender
import Pakketten
import Poortwachter
import Testing

private let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Samples")

/// Issue 5, part 5: a case's steps priced by its package.
@Suite struct KostenTests {
  func load(_ catalog: String, _ dossier: String) throws -> (Catalog, Verzuimdossier) {
    let c = try Catalog.decode(
      from: Data(contentsOf: samples.appendingPathComponent("packages/\(catalog).json")))
    let d = try Verzuimdossier.decode(
      from: Data(contentsOf: samples.appendingPathComponent("cases/\(dossier).json")))
    return (c, d)
  }

  @Test func opMaatTariffsAddUpForTheStepsDone() throws {
    let (catalog, dossier) = try load(
      "goudse-verzuimvizier-2009", "04-week-60-na-eerstejaarsevaluatie")
    let peildatum = try #require(dossier.peildatum)
    let kosten = try catalog.kosten(
      for: dossier, timeline: Timeline(dossier: dossier, on: peildatum),
      pakket: "op-maat-met-arbodienst")
    let byStep = Dictionary(uniqueKeysWithValues: kosten.regels.map { ($0.stap, $0) })
    #expect(byStep["probleemanalyse"]?.dekking == .tarief(Money(cents: 14_800)))
    #expect(byStep["planVanAanpak"]?.dekking == .tarief(Money(cents: 35_000)))
    #expect(byStep["42eWeeksmelding"]?.dekking == .tarief(Money(cents: 2_500)))
    // Two tariffs for the eerstejaarsevaluatie: the first row (own route) is used, both are named.
    #expect(byStep["eerstejaarsevaluatie"]?.dekking == .tarief(Money(cents: 3_500)))
    #expect(byStep["eerstejaarsevaluatie"]?.diensten.count == 3)
    #expect(byStep["actueelOordeel"]?.gedaan == false)
    // 148 + 350 + 25 + 35 done; 112,50 + 75 to come.
    #expect(kosten.totaalTotNu == Money(cents: 55_800))
    #expect(kosten.nogTeVerwachten == Money(cents: 18_750))
    #expect(kosten.grondslag == "exclusief btw")
  }

  @Test func compleetIncludesEveryStep() throws {
    let (catalog, dossier) = try load(
      "goudse-verzuimvizier-2009", "04-week-60-na-eerstejaarsevaluatie")
    let kosten = try catalog.kosten(
      for: dossier, timeline: Timeline(dossier: dossier, on: try #require(dossier.peildatum)),
      pakket: "compleet")
    #expect(kosten.regels.allSatisfy { $0.dekking == .inbegrepen })
    #expect(kosten.totaalTotNu == .zero)
  }

  @Test func stepsThatDoNotApplyCostNothing() throws {
    let (catalog, dossier) = try load("goudse-verzuimvizier-2009", "01-hersteld-week-3")
    let kosten = try catalog.kosten(
      for: dossier, timeline: Timeline(dossier: dossier, on: try #require(dossier.peildatum)),
      pakket: "op-maat-met-arbodienst")
    #expect(kosten.totaalTotNu == .zero)
    #expect(kosten.nogTeVerwachten == .zero)
    guard case .nietVanToepassing = kosten.regels.first?.dekking else {
      Issue.record("a recovered case's probleemanalyse should not apply")
      return
    }
  }

  @Test func anUnknownPackageIsNamed() throws {
    let (catalog, dossier) = try load(
      "goudse-verzuimvizier-2009", "04-week-60-na-eerstejaarsevaluatie")
    #expect(throws: KostenError.self) {
      try catalog.kosten(
        for: dossier,
        timeline: Timeline(dossier: dossier, on: dossier.peildatum ?? CalendarDate(dayNumber: 0)),
        pakket: "op-maat")
    }
  }
}
