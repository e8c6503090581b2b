import DossierKit
import Foundation
import Poortwachter
import Templating
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

/// Where the rule catalog reaches documents: DOC-DATA both ways, the re-integratieverslag's
/// index a–l as the validator's RIV rules judge it, the rule set in the footer, docs/rules.md.
@Suite struct RuleOutputsTests {
  let renderer: DocumentRenderer

  init() throws {
    let defaults = try TemplateDirectory(root: repository.appendingPathComponent("Templates"))
    renderer = DocumentRenderer(
      templates: DocumentTemplates(library: TemplateLibrary(defaults: defaults)))
  }

  static let complete = "05-week-92-reintegratieverslag.json"

  func markdown(
    _ kind: DocumentKind, _ dossier: Verzuimdossier, draft: Bool = true
  ) throws -> String {
    let outcome = try renderer.render(
      kind, formats: [.markdown], dossier: dossier, on: try #require(dossier.peildatum),
      draft: draft)
    guard case .rendered(let documents) = outcome, let document = documents.first else {
      Issue.record("\(kind) was not rendered: \(outcome)")
      return ""
    }
    return String(decoding: document.bytes, as: UTF8.self)
  }

  /// The index rows: letter → "ja" or "**nee**".
  func index(_ text: String) -> [String: String] {
    var rows: [String: String] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| ") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      if cells.count == 4, cells[0].count == 1 { rows[cells[0]] = cells[3] }
    }
    return rows
  }

  // MARK: - DOC-DATA both ways

  @Test func docDataFiresForADocumentTheCaseDoesNotHoldOnly() throws {
    var dossier = try DocumentTests.sample(Self.complete)
    let peildatum = try #require(dossier.peildatum)
    let held = try renderer.render(
      .eindevaluatie, formats: [.markdown], dossier: dossier, on: peildatum, draft: false)
    guard case .rendered = held else {
      Issue.record("the complete case's eindevaluatie must render: \(held)")
      return
    }
    dossier.eindevaluatie = nil
    let missing = try renderer.render(
      .eindevaluatie, formats: [.markdown], dossier: dossier, on: peildatum, draft: false)
    guard case .refused(_, let findings) = missing else {
      Issue.record("an eindevaluatie the case does not hold must be refused")
      return
    }
    #expect(findings.first?.rule == .docData)
    #expect(findings.first?.step == .s9)
  }

  // MARK: - The index a–l is the validator's judgement

  @Test func theIndexOfACompleteVerslagShowsEveryItem() throws {
    let text = try markdown(.reintegratieverslag, try DocumentTests.sample(Self.complete))
    let rows = index(text)
    #expect(rows.keys.sorted() == "abcdefghijkl".map(String.init))
    #expect(rows.values.allSatisfy { $0 == "ja" }, "\(rows)")
  }

  /// Regeling procesgang art. 6 lid 1 a: the employer's administrative data include the
  /// loonheffingennummer; without it RIV-a fires, so the index says item a is missing.
  @Test func itemAIsMissingWhenRivAFires() throws {
    var dossier = try DocumentTests.sample(Self.complete)
    dossier.werkgever.loonheffingennummer = nil
    let findings = Validator().validate(dossier, on: try #require(dossier.peildatum))
    #expect(findings.contains { $0.rule == .rivA })
    let rows = index(try markdown(.reintegratieverslag, dossier))
    #expect(rows["a"] == "**nee**")
    #expect(rows["b"] == "ja")
  }

  /// Every RIV rule and its row agree, one missing fact at a time.
  @Test(arguments: [
    ("b", Regel.rivB), ("c", .rivC), ("d", .rivD), ("i", .rivI), ("k", .rivK), ("l", .rivL),
  ])
  func eachItemFollowsItsRule(_ letter: String, _ rule: Regel) throws {
    var dossier = try DocumentTests.sample(Self.complete)
    switch rule {
    case .rivB: dossier.werkgever.aardVanHetBedrijf = nil
    case .rivC: dossier.werknemer.functie = nil
    case .rivD: dossier.werknemer.bekwaamheden = nil
    case .rivI: dossier.actueelOordeel?.kwaliteitArbeidsrelatie = nil
    case .rivK: dossier.eindevaluatie?.passendeArbeid = nil
    default: dossier.oordeelWerknemer = nil
    }
    let findings = Validator().validate(dossier, on: try #require(dossier.peildatum))
    #expect(findings.contains { $0.rule == rule })
    let rows = index(try markdown(.reintegratieverslag, dossier))
    #expect(rows[letter] == "**nee**")
    #expect(rows.filter { $0.value == "**nee**" }.keys.sorted() == [letter])
  }

  // MARK: - The rule set says what it is

  @Test func everyDocumentFooterNamesTheRuleSet() throws {
    let dossier = try DocumentTests.sample(Self.complete)
    let outcome = try renderer.render(
      .planVanAanpak, formats: [.markdown, .html], dossier: dossier,
      on: try #require(dossier.peildatum), draft: false)
    guard case .rendered(let documents) = outcome else {
      Issue.record("not rendered: \(outcome)")
      return
    }
    for document in documents {
      let text = String(decoding: document.bytes, as: UTF8.self)
      #expect(text.contains("regelset \(RuleSet.current.versie), wettekst per 1 juli 2023"))
    }
  }

  @Test func theJSONOutputsCarryTheRuleSet() throws {
    let dossier = try DocumentTests.sample(Self.complete)
    let peildatum = try #require(dossier.peildatum)
    let timeline = Timeline(dossier: dossier, on: peildatum)
    let report = ValidationReport(cases: [
      ValidationReport.Case(
        file: "x.json", dossier: dossier, peildatum: peildatum, ziekteweek: timeline.ziekteweek,
        findings: [])
    ])
    for json in [
      try JSONText.encode(report),
      try JSONText.encode(TimelineReport(dossier: dossier, timeline: timeline).document),
    ] {
      #expect(json.contains(#""versie" : "2026.12""#))
      #expect(json.contains(#""wettekstPer" : "2023-07-01""#))
    }
  }

  // MARK: - docs/rules.md

  @Test func docsGeneratedFromCodeAreCurrent() throws {
    let docs = GeneratedDocs(folder: repository.appendingPathComponent("docs"))
    #expect(
      docs.golden.compare(try docs.render()).isEmpty, "run `swift run dossier samples update`")
    let markdown = RuleCatalogReport().markdown()
    for rule in Regel.allCases {
      #expect(markdown.contains("## \(rule.code): \(rule.title)"))
    }
  }
}
