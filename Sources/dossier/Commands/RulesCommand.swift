import DossierKit
import Poortwachter
import StrictJSON

/// `dossier rules`: the rule catalog, listed or explained.
enum RulesCommand {
  static let spec = CommandSpec(
    name: "rules",
    abstract: "List the rules dossier reports, or explain one (code, step, severity, sources).",
    discussion: """
      Without CODE, lists every rule of the catalog: its code, step, default severity, who
      reports it (tijdlijn, validatie, documenten) and its title. With one or more CODEs
      (PVA-05, riv-a) or families (PVA, TL, ID), explains each: what it checks, its legal
      sources and what to do about a finding. `--format md` prints the Markdown of
      docs/rules.md; `--format json` the catalog with the rule set's version.
      Exit status: 0, or 2 for an unknown code or step.
      """,
    arguments: [
      ArgumentSpec(
        name: "CODE", help: "Rule codes or families (PVA-05, PVA).", isRepeating: true,
        isOptional: true)
    ],
    options: [
      OptionSpec(
        name: "step", help: "Only the rules of this step (S1…S13 or its name).",
        valueName: "STEP", valueKind: CaseCommands.stepKind),
      OptionSpec(
        name: "format", help: "Output format.", valueName: "FORMAT",
        choices: ["text", "md", "json"]),
    ],
    examples: [
      "dossier rules",
      "dossier rules PVA-05 ID-DATE",
      "dossier rules RIV --format md",
      "dossier rules --step S4 --format json",
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let codes = arguments.all("CODE")
    var rules: [Regel] = []
    for code in codes {
      let found = Regel.matching(code)
      guard !found.isEmpty else {
        let suggestion = NameSuggestion.closest(
          to: code.uppercased(), among: Regel.allCases.map(\.code))
        console.usageError(
          "unknown rule \"\(code)\""
            + (suggestion.map { "; did you mean \($0)?" } ?? "; `dossier rules` lists them"),
          command: arguments.command)
        return .unusable
      }
      rules += found.filter { !rules.contains($0) }
    }
    if codes.isEmpty { rules = Regel.allCases }
    // The parser has checked the step's spelling (CaseCommands.stepKind).
    if let step = arguments.value("step").flatMap(Stap.init(argument:)) {
      rules = rules.filter { $0.step == step }
    }
    let report = RuleCatalogReport(rules: rules)
    switch arguments.value("format") {
    case "md": console.output(report.markdown())
    case "json":
      guard JSONOutput.print(report.document, console, arguments) else { return .unusable }
    default: console.output(codes.isEmpty ? report.list() : report.explanation())
    }
    return .success
  }
}
