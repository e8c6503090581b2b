import DossierKit
import Foundation
import Kalender
import Poortwachter

/// `dossier caseload`: every case's deadlines at a glance, as text, Markdown, HTML, JSON or one
/// calendar. Parsing and printing only; the overview is `Caseload` in DossierKit.
enum CaseloadCommand {
  /// `--within` and `--alarm`: whole days, up to ten years.
  static let days = ValueKind.wholeNumber(0...3650)

  static let spec = CommandSpec(
    name: "caseload",
    abstract: "Show every case's deadlines at a glance: overdue, due soon, fouten.",
    discussion: """
      Reads case files and folders (searched recursively for *.json; JSON files that are not
      cases, such as package catalogs, are skipped with a note). Per case: referentie,
      werknemer (never the BSN), werkgever, ziekteweek, phase, the next open step, every overdue
      step with its days late, the steps due within --within days, the validator's fouten and
      waarschuwingen, the documents due now and the package. Order: overdue first (most days
      late first), then due soonest, then cases with fouten, then the rest; recovered and
      closed cases last unless a step is still overdue. A file that cannot be read is named
      with its located error and the others are still shown.
      --format ics writes one calendar of every open deadline (UIDs as `dossier timeline`,
      no names, an alarm --alarm days before). The JSON output is described in
      docs/output-formats.md.
      Exit status: 2 a file or folder cannot be used; else 1 when --fail-on late (the default)
      and a step is overdue, or --fail-on fout and a case has a fout; else 0.
      """,
    arguments: [
      ArgumentSpec(name: "PATH", help: "Case files (JSON) and folders of them.", isRepeating: true)
    ],
    options: [
      OptionSpec(
        name: "on", help: "The reference date for every case (default: today).",
        valueName: "DATE"),
      OptionSpec(
        name: "within", help: "List open steps due within this many days (default: 14).",
        valueName: "DAYS", valueKind: days),
      OptionSpec(
        name: "format", help: "Output format (default: text).", valueName: "FORMAT",
        choices: ["text", "md", "html", "json", "ics"]),
      OptionSpec(
        name: "fail-on", help: "What makes the exit status 1 (default: late).",
        valueName: "WHAT", choices: ["late", "fout", "never"]),
      OptionSpec(
        name: "alarm",
        help: "With --format ics: the alarm, days before each deadline (default: 3).",
        valueName: "DAYS", valueKind: days),
      OptionSpec(
        name: "out", help: "Write to this file (whole or not at all) instead of standard output.",
        valueName: "FILE"),
    ],
    examples: [
      "dossier caseload Samples/cases --on 2026-04-15",
      "dossier caseload Samples --on 2026-04-15 --format html --out caseload.html",
      "dossier caseload Samples/cases --format ics --alarm 5 --out poortwachter.ics",
      "dossier caseload Samples/cases --on 2026-04-15 --fail-on fout --format json",
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    // The parser has checked the values (dates, whole numbers, choices).
    let within = arguments.number("within") ?? 14
    let alarm = arguments.number("alarm") ?? 3
    let peildatum = arguments.date("on") ?? Today.date()
    let paths = arguments.all("PATH").map { (url: console.url($0), shownAs: $0) }
    let caseload = Caseload.load(paths, on: peildatum, horizon: within)
    for skipped in caseload.skipped {
      console.error(
        "note: \(skipped.bestand): \(skipped.reden); skipped", command: arguments.command)
    }
    for unreadable in caseload.unreadable {
      console.error(unreadable.fout, command: arguments.command)
    }

    let output: String
    switch arguments.value("format") ?? "text" {
    case "md": output = caseload.markdown()
    case "html": output = caseload.html()
    case "ics": output = caseload.ics(alarmDays: alarm)
    case "json":
      do {
        output = try JSONText.encode(caseload.document)
      } catch {
        console.error(error, command: arguments.command)
        return .unusable
      }
    default: output = caseload.text()
    }
    if let out = arguments.value("out") {
      do {
        try AtomicFile.write(Data(output.utf8), to: console.url(out))
      } catch {
        console.error("\(out): cannot be written", command: arguments.command)
        return .unusable
      }
      console.error("\(out): \(caseload.totalsLine)")
    } else if arguments.value("format") ?? "text" == "text" {
      console.outputText(output)
    } else {
      console.output(output)
    }

    if !caseload.unreadable.isEmpty { return .unusable }
    switch arguments.value("fail-on") ?? "late" {
    case "never": return .success
    case "fout": return caseload.totals.metFouten > 0 ? .findings : .success
    default: return caseload.totals.teLaat > 0 ? .findings : .success
    }
  }
}
