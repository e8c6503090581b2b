import Foundation
import Kalender
import Testing

@testable import Poortwachter

/// Every rule of the catalog tested both ways, as SwiftLint tests each rule with triggering and
/// non-triggering examples: one case the law says must fire the rule, and a close case the law
/// says must not. Each case starts from a sample that is clean (no findings) and changes one
/// fact; the expected outcome is argued from POORTWACHTER.md in `why`, not taken from a run.
///
/// A validator rule fires when a finding carries it; a rule only the timeline reports fires
/// when its date is overdue (a deadline) or shown as a date to come (an informative step).
@Suite struct RuleCoverageTests {
  @Test(arguments: RuleCases.all)
  func firesAndStaysQuiet(_ rule: RuleCase) throws {
    let fired = try rule.fires.reports(rule.rule)
    #expect(fired, "\(rule.rule) should fire: \(rule.why)")
    let quiet = try rule.quiet.reports(rule.rule)
    #expect(!quiet, "\(rule.rule) should stay quiet in the close case: \(rule.why)")
  }

  // MARK: - Drift between code and catalog

  /// Each rule has exactly one both-ways case, except DOC-DATA: the document renderer reports
  /// it, so DossierKit tests it (DocumentTests).
  @Test func everyRuleOfTheCatalogHasItsCase() {
    let covered = RuleCases.all.map(\.rule)
    #expect(covered.count == Set(covered).count, "a rule has two cases")
    let expected = Set(Regel.allCases).subtracting([.docData])
    #expect(Set(covered) == expected)
    #expect(
      expected.subtracting(covered).isEmpty,
      "rules without a case: \(expected.subtracting(covered).sorted())")
  }

  /// What the code reports is what the catalog says it reports: every finding's rule names the
  /// validator, every timeline step's rule names the timeline, and every rule the catalog gives
  /// to the timeline appears in some timeline.
  @Test func reportersMatchTheCatalog() throws {
    var inTimelines: Set<Regel> = []
    let variants = RuleCases.all.flatMap { [$0.fires, $0.quiet] }
    for variant in variants {
      let (dossier, peildatum) = try variant.dossier()
      for finding in Validator().validate(dossier, on: peildatum) {
        #expect(
          finding.rule.ruleDescription.reportedBy.contains(.validator),
          "the validator reports \(finding.rule), which the catalog does not give it")
      }
      for step in Timeline(dossier: dossier, on: peildatum).steps {
        inTimelines.insert(step.rule)
        #expect(
          step.rule.ruleDescription.reportedBy.contains(.timeline),
          "the timeline shows \(step.rule), which the catalog does not give it")
      }
    }
    let timelineRules = Set(
      Regel.allCases.filter { $0.ruleDescription.reportedBy.contains(.timeline) })
    #expect(
      timelineRules.subtracting(inTimelines).isEmpty,
      "catalog rules no timeline shows: \(timelineRules.subtracting(inTimelines).sorted())")
  }

  /// A rule for every document (ID-DATE, DOC-ALL-02/03, PRIV-DENY, …) takes the step of the
  /// document it is found in, which the catalog cannot give: each site must name it. The
  /// finding's path says which document that is.
  @Test func aStepLessRuleIsReportedInTheStepOfItsDocument() throws {
    let documents: [(prefix: String, step: Stap)] = [
      ("$.probleemanalyse", .s3), ("$.planVanAanpak", .s4),
      ("$.bijstellingenProbleemanalyse", .s5), ("$.bijstellingenPlanVanAanpak", .s5),
      ("$.evaluaties", .s5), ("$.melding42eWeek", .s6), ("$.eerstejaarsevaluatie", .s7),
      ("$.actueelOordeel", .s8), ("$.eindevaluatie", .s9), ("$.reintegratieverslag", .s10),
      ("$.wiaAanvraag", .s11), ("$.verkortReintegratieverslag", .s12),
      ("$.verlengingLoondoorbetaling", .s13),
    ]
    var checked = 0
    for variant in RuleCases.all.flatMap({ [$0.fires, $0.quiet] }) {
      let (dossier, peildatum) = try variant.dossier()
      for finding in Validator().validate(dossier, on: peildatum) where finding.rule.step == nil {
        guard
          let document = documents.first(where: {
            finding.path == $0.prefix || finding.path.hasPrefix($0.prefix + ".")
              || finding.path.hasPrefix($0.prefix + "[")
          })
        else { continue }
        checked += 1
        #expect(
          finding.step == document.step,
          "\(finding.rule) at \(finding.path) is in step \(finding.step.rawValue), not \(document.step.rawValue)"
        )
      }
    }
    #expect(checked > 0)
  }

  /// Rules are named by `Regel` cases; a code written as a string elsewhere in the sources
  /// would be a rule the catalog does not know.
  @Test func noRuleCodeIsSpelledOutsideTheCatalog() throws {
    let sources = RuleCases.repository.appendingPathComponent("Sources")
    let pattern = try Regex(
      #""(TL|CNT|PA|PVA|BIJ|EJE|M42|AO|EE|RIV|VRIV|ID|PRIV|DOC|WN|COR)-[A-Za-z0-9-]+""#)
    var offenders: [String] = []
    let files = FileManager.default.enumerator(atPath: sources.path)
    while let path = files?.nextObject() as? String {
      guard path.hasSuffix(".swift"), !path.hasSuffix("Rules/Regel.swift") else { continue }
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      where line.contains(pattern) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
        offenders.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
      }
    }
    #expect(offenders.isEmpty, "rule codes as strings:\n\(offenders.joined(separator: "\n"))")
  }
}

/// One rule, the case that fires it and the close case that does not.
struct RuleCase: Sendable, CustomTestStringConvertible {
  let rule: Regel
  /// The law that decides both outcomes.
  let why: String
  let fires: RuleVariant
  let quiet: RuleVariant

  var testDescription: String { rule.code }
}

/// A dossier for one side of a case: a sample (or a dossier built in code), one change, and
/// the reference date (the sample's own unless given).
struct RuleVariant: Sendable {
  let make: @Sendable () throws -> Verzuimdossier
  let on: String?
  let change: @Sendable (inout Verzuimdossier) -> Void

  func dossier() throws -> (Verzuimdossier, CalendarDate) {
    var dossier = try make()
    change(&dossier)
    let peildatum = try on.map { try date($0) } ?? #require(dossier.peildatum)
    return (dossier, peildatum)
  }

  /// Whether the rule is reported: a finding of the validator, or for a rule only the
  /// timeline reports, its step overdue or shown as a date.
  func reports(_ rule: Regel) throws -> Bool {
    let (dossier, peildatum) = try dossier()
    let reporters = rule.ruleDescription.reportedBy
    if reporters.contains(.validator) {
      return Validator().validate(dossier, on: peildatum).contains { $0.rule == rule }
    }
    let step = Timeline(dossier: dossier, on: peildatum).step(rule)
    switch step?.state {
    case .overdue, .informative: return true
    default: return false
    }
  }
}
