import DossierKit
import Foundation
import Kalender
import Pakketten
import Poortwachter
import StrictJSON

/// `dossier schema` and `dossier new`: the formats for editors, and a case to start from.
enum SchemaCommands {
  static let schema = CommandSpec(
    name: "schema",
    abstract: "Print the JSON Schema of case files or catalog files, for editors.",
    discussion: """
      The schema (JSON Schema draft 2020-12) is derived from the strict reader itself: the same
      keys, the same required keys, the same values, with a Dutch description of each key. A file
      that names it in "$schema" gets completion and checking in VS Code and other editors while
      it is typed; the reader accepts that one key and ignores it. The same files are in the
      repository as docs/schema/case.schema.json and docs/schema/catalog.schema.json.
      """,
    arguments: [ArgumentSpec(name: "FORMAT", help: "case or catalog.")],
    options: [
      OptionSpec(
        name: "out", help: "Write the schema to this file instead of standard output.",
        valueName: "FILE")
    ],
    examples: [
      "dossier schema case",
      "dossier schema catalog --out catalog.schema.json",
    ],
    run: runSchema)

  static let new = CommandSpec(
    name: "new",
    abstract: "Write a new case file with its parties and first sick day; print its deadlines.",
    discussion: """
      Writes a minimal case that reads: "$schema", the referentie, the werkgever's and the
      werknemer's names and the first period, starting on the first sick day. Everything else is
      filled in as the case goes on; `dossier validate` says what each step needs and when. The
      schema file case.schema.json is written beside the case when it is not there yet, so that
      an editor completes keys at once. An existing file is never overwritten (exit 2).
      Then prints the case's timeline on the reference date, as `dossier timeline` does.
      """,
    options: [
      OptionSpec(
        name: "referentie", help: "The case reference (never a BSN).", valueName: "R",
        isRequired: true),
      OptionSpec(
        name: "werkgever", help: "The employer's name.", valueName: "NAAM", isRequired: true),
      OptionSpec(
        name: "werknemer", help: "The employee's name.", valueName: "NAAM", isRequired: true),
      OptionSpec(
        name: "eerste-ziektedag", help: "The first sick day (YYYY-MM-DD).", valueName: "DATE",
        isRequired: true),
      OptionSpec(
        name: "out", help: "The case file to write (default: REFERENTIE.json here).",
        valueName: "FILE"),
      CaseCommands.onOption,
    ],
    examples: [
      "dossier new --referentie VZ-2026-0101 --werkgever \"Bakkerij Korenaar B.V.\" --werknemer \"Merel Dijkhuis\" --eerste-ziektedag 2026-03-02 --out nieuw/VZ-2026-0101.json --on 2026-03-02"
    ],
    run: runNew)

  // MARK: - Running

  static func runSchema(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let document: JSONSchemaDocument
    do {
      switch arguments.positional("FORMAT") {
      case "case": document = try Verzuimdossier.jsonSchema()
      case "catalog": document = try Catalog.jsonSchema()
      default:
        let given = arguments.positional("FORMAT") ?? ""
        let hint = NameSuggestion.closest(to: given, among: ["case", "catalog"]).map {
          "; did you mean \"\($0)\"?"
        }
        console.usageError(
          "unknown format \"\(given)\"; expected case or catalog\(hint ?? "")",
          command: arguments.command)
        return .unusable
      }
    } catch {
      console.error("the schema cannot be derived: \(error)", command: arguments.command)
      return .unusable
    }
    let text: Data
    do {
      text = try document.jsonText()
    } catch {
      console.error("the schema cannot be written as JSON: \(error)", command: arguments.command)
      return .unusable
    }
    guard let out = arguments.value("out") else {
      console.output(String(decoding: text, as: UTF8.self))
      return .success
    }
    do {
      try AtomicFile.write(text, to: console.url(out))
    } catch {
      console.error("\(out): cannot write the file", command: arguments.command)
      return .unusable
    }
    console.output("\(out)\n")
    return .success
  }

  static func runNew(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let referentie = arguments.value("referentie") ?? ""
    if let problem = NewCase.problem(withReferentie: referentie) {
      console.error("--referentie: \(problem)", command: arguments.command)
      return .unusable
    }
    guard let eersteZiektedag = arguments.date("eerste-ziektedag") else { return .unusable }
    let newCase = NewCase(
      referentie: referentie, werkgever: arguments.value("werkgever") ?? "",
      werknemer: arguments.value("werknemer") ?? "", eersteZiektedag: eersteZiektedag)
    let peildatum = CaseCommands.referenceDate(arguments, newCase.dossier)
    let out = arguments.value("out") ?? newCase.defaultFileName
    let caseURL = console.url(out)
    do {
      guard try AtomicFile.create(try newCase.caseFile(), at: caseURL) else {
        console.error("\(out) already exists; it is left as it is", command: arguments.command)
        return .unusable
      }
    } catch {
      console.error("\(out): cannot write the file", command: arguments.command)
      return .unusable
    }
    console.output(
      "\(out): nieuw dossier \(referentie), eerste ziektedag \(eersteZiektedag.dutch)\n")
    let schemaURL = caseURL.deletingLastPathComponent().appendingPathComponent(
      Verzuimdossier.schemaFileName)
    if let schema = try? Verzuimdossier.jsonSchema().jsonText(),
      (try? AtomicFile.create(schema, at: schemaURL)) == true
    {
      let shown = (out as NSString).deletingLastPathComponent
      let schemaPath =
        shown.isEmpty ? Verzuimdossier.schemaFileName : shown + "/" + Verzuimdossier.schemaFileName
      console.output("\(schemaPath): schema voor editors\n")
    }
    let report = TimelineReport(
      dossier: newCase.dossier, timeline: Timeline(dossier: newCase.dossier, on: peildatum))
    console.outputText("\n" + report.text())
    return .success
  }
}
