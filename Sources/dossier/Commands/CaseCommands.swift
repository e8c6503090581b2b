import DossierKit
import Foundation
import Kalender
import Poortwachter
import StrictJSON

/// `dossier validate` and `dossier timeline`: a case's findings and its deadlines.
enum CaseCommands {
  static let onOption = OptionSpec(
    name: "on", help: "The reference date (default: the case's own peildatum, else today).",
    valueName: "DATE")

  static let validate = CommandSpec(
    name: "validate",
    abstract: "Check each Poortwachter step's required content, terms and identifiers.",
    discussion: """
      Checks every step (S1 to S13 of the checklist) that applies to the case and is due by the
      reference date, or whose document exists. Each finding has a code (the rule ID), a
      severity (fout or waarschuwing), the JSON path of the field and its legal source.
      Exit status: 0 no fouten, 1 any finding of severity fout, 2 a file cannot be used.
      The JSON output is described in docs/output-formats.md.
      """,
    arguments: [ArgumentSpec(name: "CASE", help: "Case files (JSON).", isRepeating: true)],
    options: [
      OptionSpec(
        name: "step", help: "Only this step (S1…S13 or its name); repeatable.", valueName: "STEP",
        isRepeating: true, valueKind: stepKind),
      onOption,
      OptionSpec(
        name: "format", help: "Output format.", valueName: "FORMAT", choices: ["text", "json"]),
    ],
    examples: [
      "dossier validate Samples/cases/*.json",
      "dossier validate Samples/cases/02-week-10-pa-en-pva.json --step S4 --on 2026-03-01 --format json",
    ],
    run: runValidate)

  static let timeline = CommandSpec(
    name: "timeline",
    abstract: "Print a case's deadlines with their state on a reference date.",
    discussion: """
      Every step of the legal timeline with its rule ID (TL-01 …), due date, ziekteweek and
      state: done on a date, due in N days, overdue by N days, or not applicable. Periods less
      than four weeks apart count as one (samentelling); WAZO leave is left out of the count.
      `--format ics` writes an iCalendar file (one all-day event per deadline, stable UIDs) to
      import into a calendar; it holds the case reference, never the employee's name.
      """,
    arguments: [ArgumentSpec(name: "CASE", help: "A case file (JSON).")],
    options: [
      onOption,
      OptionSpec(
        name: "format", help: "Output format.", valueName: "FORMAT",
        choices: ["text", "json", "ics"]),
    ],
    examples: [
      "dossier timeline Samples/cases/03-week-45-na-42e-weeksmelding.json",
      "dossier timeline Samples/cases/06-samentelling-terugval.json --format ics > bk-2026-003.ics",
    ],
    run: runTimeline)

  /// A step by its ID or its name in kebab case (`S4`, `plan-van-aanpak`).
  static let stepKind = ValueKind.named(
    Stap.allCases.map(\.rawValue)
      + Stap.allCases.map { $0.naam.lowercased().replacingOccurrences(of: " ", with: "-") },
    accepts: { Stap(argument: $0) != nil })

  // MARK: - Running

  static func runValidate(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let chosen = arguments.all("step").compactMap(Stap.init(argument:))
    let steps: Set<Stap>? = chosen.isEmpty ? nil : Set(chosen)
    let json = arguments.value("format") == "json"
    let paths = arguments.all("CASE")
    let wanted = steps
    // Files are independent: read and check them on all cores, report in the order given.
    let outcomes = paths.concurrentMap {
      check($0, arguments: arguments, steps: wanted, console: console)
    }
    var reports: [ValidationReport.Case] = []
    var unusable = false
    for outcome in outcomes {
      switch outcome {
      case .unusable(let path, let message):
        unusable = true
        reports.append(.init(file: path, unusable: message))
        if !json { console.error(message, command: arguments.command) }
      case .checked(let report):
        reports.append(report)
        if !json { console.outputText(report.text()) }
      }
    }
    let report = ValidationReport(cases: reports)
    if json {
      guard JSONOutput.print(report, console, arguments) else { return .unusable }
    } else if reports.count > 1 {
      console.outputText(report.summary() + "\n")
    }
    if unusable { return .unusable }
    return report.errorCount > 0 ? .findings : .success
  }

  enum Outcome: Sendable {
    case checked(ValidationReport.Case)
    case unusable(String, String)
  }

  static func check(_ path: String, arguments: ParsedArguments, steps: Set<Stap>?, console: Console)
    -> Outcome
  {
    switch loadCase(path, console: console) {
    case .failure(let message):
      return .unusable(path, message)
    case .success(let dossier):
      let peildatum = referenceDate(arguments, dossier)
      let findings = Validator().validate(dossier, on: peildatum, steps: steps)
      let timeline = Timeline(dossier: dossier, on: peildatum)
      return .checked(
        ValidationReport.Case(
          file: path, dossier: dossier, peildatum: peildatum, ziekteweek: timeline.ziekteweek,
          findings: findings))
    }
  }

  static func runTimeline(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let path = arguments.positional("CASE") else { return .unusable }
    let dossier: Verzuimdossier
    switch loadCase(path, console: console) {
    case .failure(let message):
      console.error(message, command: arguments.command)
      return .unusable
    case .success(let loaded): dossier = loaded
    }
    let peildatum = referenceDate(arguments, dossier)
    let report = TimelineReport(
      dossier: dossier, timeline: Timeline(dossier: dossier, on: peildatum))
    switch arguments.value("format") ?? "text" {
    case "json":
      guard JSONOutput.print(report.document, console, arguments) else { return .unusable }
    case "ics": console.output(TimelineCalendar.ics(report))
    default: console.outputText(report.text())
    }
    return .success
  }

  // MARK: - Input

  enum Loaded {
    case success(Verzuimdossier)
    case failure(String)
  }

  /// A case file, or the one-line reason it cannot be used: `file:line:column: $.path: what`.
  static func loadCase(_ path: String, console: Console) -> Loaded {
    do {
      let data = try InputFile.readData(console.url(path), shownAs: path)
      do {
        return .success(try Verzuimdossier.decode(from: data))
      } catch {
        return .failure("\(path):\(error.description)")
      }
    } catch {
      return .failure("\(error)")
    }
  }

  /// `--on`, else the case's peildatum, else today's date: the only clock the tool reads,
  /// and only here in the CLI, never in the libraries.
  static func referenceDate(_ arguments: ParsedArguments, _ dossier: Verzuimdossier)
    -> CalendarDate
  {
    arguments.date("on") ?? dossier.peildatum ?? Today.date()
  }
}

/// The current date in the Netherlands' calendar, for a case without a peildatum.
enum Today {
  static func date() -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CalendarDate(dayNumber: 0)
  }
}

/// JSON the tool prints: sorted keys, two-space pretty printing, a final newline.
enum JSONOutput {
  /// Prints `value` as JSON, or an error when it cannot be written: false then, and the
  /// command exits 2 rather than print a stand-in.
  static func print(_ value: some Encodable, _ console: Console, _ arguments: ParsedArguments)
    -> Bool
  {
    do {
      console.output(try JSONText.encode(value))
      return true
    } catch {
      console.error(error, command: arguments.command)
      return false
    }
  }
}
