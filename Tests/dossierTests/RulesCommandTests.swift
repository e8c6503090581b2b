import Foundation
import Poortwachter
import Testing

@testable import dossier

/// `dossier rules` and `dossier --version`.
@Suite struct RulesCommandTests {
  @Test func versionNamesTheProgramAndItsRuleSet() {
    let run = runDossier(["--version"])
    #expect(run.status == .success)
    #expect(
      run.output
        == "dossier \(DossierCLI.version)\nregelset 2026.12 (Regeling procesgang eerste en tweede ziektejaar, zoals gewijzigd per 1 juli 2023 (Stcrt. 2023, 13931))\n"
    )
  }

  @Test func theListHasOneLinePerRule() {
    let run = runDossier(["rules"])
    #expect(run.status == .success)
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == Regel.allCases.count + 1)
    for (line, rule) in zip(lines.dropFirst(), Regel.allCases) {
      #expect(line.hasPrefix(rule.code + " "))
    }
  }

  @Test func aCodeIsExplainedWithItsSourceInAnyCase() {
    let run = runDossier(["rules", "pva-05"])
    #expect(run.status == .success)
    #expect(run.output.hasPrefix("PVA-05: Casemanager\n"))
    #expect(run.output.contains("Regeling procesgang eerste en tweede ziektejaar art. 4 lid 2 c"))
    #expect(run.output.contains("Wat te doen:"))
  }

  @Test func aFamilyExplainsEachOfItsRules() {
    let run = runDossier(["rules", "RIV"])
    #expect(run.status == .success)
    let headings = run.output.split(separator: "\n").filter { $0.hasPrefix("RIV-") }
    #expect(headings.count == Regel.allCases.count { $0.code.hasPrefix("RIV-") })
  }

  @Test func anUnknownCodeIsAUsageErrorWithASuggestion() {
    let run = runDossier(["rules", "PVA-5"])
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(run.error.contains("unknown rule \"PVA-5\"; did you mean PVA-05?"))
  }

  @Test func aStepSelectsItsRules() throws {
    let run = runDossier(["rules", "--step", "plan-van-aanpak", "--format", "json"])
    #expect(run.status == .success)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let rules = try #require(object["regels"] as? [[String: Any]])
    #expect(
      rules.map { $0["code"] as? String } == Regel.allCases.filter { $0.step == .s4 }.map(\.code))
    #expect((object["regelset"] as? [String: Any])?["versie"] as? String == "2026.12")
  }

  @Test func markdownIsDocsRules() {
    let run = runDossier(["rules", "--format", "md"])
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/rules.md")
    #expect(run.output == (try? String(contentsOf: docs, encoding: .utf8)))
  }
}
