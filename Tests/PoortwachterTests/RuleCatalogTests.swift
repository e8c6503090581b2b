import Testing

@testable import Poortwachter

/// The catalog as data: complete entries, one identity per step.
@Suite struct RuleCatalogTests {
  @Test func codesAreUniqueAndReadBack() {
    let codes = Regel.allCases.map(\.code)
    #expect(Set(codes).count == codes.count)
    for rule in Regel.allCases {
      #expect(Regel(code: rule.code) == rule)
      #expect(Regel(code: rule.code.lowercased()) == rule)
      #expect("\(rule)" == rule.code)
    }
    #expect(Regel(code: "PVA-10") == nil)
  }

  @Test func aUserNamesOneRuleOrAFamily() {
    #expect(Regel.matching("pva-05") == [.pva05])
    let family = Regel.matching("tl")
    #expect(family.contains(.tl05) && family.contains(.tl24))
    #expect(family.allSatisfy { $0.code.hasPrefix("TL-") })
    // A family is a whole prefix before the dash: "T" names no rule, nor does "PVA-10".
    #expect(Regel.matching("T").isEmpty)
    #expect(Regel.matching("PVA-10").isEmpty)
  }

  @Test(arguments: Regel.allCases)
  func everyEntryIsComplete(_ rule: Regel) {
    let entry = rule.ruleDescription
    #expect(entry.rule == rule)
    #expect(!entry.title.isEmpty && !entry.check.isEmpty && !entry.fix.isEmpty)
    #expect(!entry.sources.isEmpty && entry.sources.allSatisfy { !$0.isEmpty })
    #expect(!entry.reportedBy.isEmpty)
    // Only a rule the timeline alone reports has no severity: it is a date, not a finding.
    #expect((entry.severity == nil) == (entry.reportedBy == [.timeline]))
  }

  /// A step, its deadline and its document are one thing: `Stap.termijn` is a timeline rule of
  /// that very step.
  @Test(arguments: Stap.allCases)
  func eachStepHasItsOwnDeadlineRule(_ step: Stap) {
    #expect(step.termijn.step == step)
    #expect(step.termijn.ruleDescription.reportedBy.contains(.timeline))
  }

  @Test func aFindingTakesStepSeverityAndSourceFromTheCatalog() {
    let finding = Finding(.pva08, path: "$.planVanAanpak.verzondenAan", message: "m")
    #expect(finding.step == .s4)
    #expect(finding.severity == .waarschuwing)
    #expect(finding.source == "Regeling procesgang eerste en tweede ziektejaar art. 4 lid 3")
    let date = Finding(.idDate, step: .s9, severity: .waarschuwing, path: "$", message: "m")
    #expect(date.step == .s9 && date.severity == .waarschuwing && date.code == "ID-DATE")
  }
}
