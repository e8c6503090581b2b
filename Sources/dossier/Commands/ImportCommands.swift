import DossierKit
import Foundation
import Poortwachter

/// `dossier import sivi`: SIVI Verzuimmeldingen messages into case files.
enum ImportCommands {
  static let group = CommandSpec(
    name: "import", abstract: "Bring cases in from other systems' messages.",
    subcommands: [sivi])

  static let sivi = CommandSpec(
    name: "sivi",
    abstract: "Turn SIVI Verzuimmeldingen (releases 2022–2026) into case files.",
    discussion: """
      Reads the numbered absence notifications (Vrzm) of SIVI Verzuimstandaard messages from
      an HR system and writes one case per employee and ziektetijdvak: absence cases less than
      four weeks apart share a file (samentelling), even when SIVI numbers them apart. Files
      are named <referentie>.json, the referentie made of the employer's and employee's ids
      and the eerste ziektedag (never the BSN). PrcVrzm is the share absent: the case records
      100 − PrcVrzm as gedeeltelijk herstel; EndVrzmJN J with DatHrstld is the first day fit.
      Restricted fields (cause, WAZO and special-reason codes, labour conflict, free text,
      nursing address, no-riskpolis flag) are never written: the report names what it left
      out and what needs a person's check. --out DIR writes new cases and refuses to replace
      a file; --into CASE merges into an existing case (the employee recognised by BSN or an
      absence case the file holds; other employees' notifications are not applied):
      notifications it already lists are
      skipped, facts it lacks are added, recorded facts are kept and differences reported as
      conflicts. The same messages in any order give the same bytes. See docs/sivi-import.md;
      the JSON report is described in docs/output-formats.md.
      Exit status: 0 imported, 1 conflicts or items to check, 2 a message or case cannot be
      used (malformed XML, wrong namespace, a notification contradicting another).
      """,
    arguments: [
      ArgumentSpec(name: "MESSAGE", help: "SIVI Verzuimmeldingen files (XML).", isRepeating: true)
    ],
    options: [
      OptionSpec(name: "out", help: "Write new case files to this folder.", valueName: "DIR"),
      OptionSpec(name: "into", help: "Merge into this existing case file.", valueName: "CASE"),
      OptionSpec(
        name: "format", help: "Report format (default: text).", valueName: "FORMAT",
        choices: ["text", "json"]),
    ],
    examples: [
      "dossier import sivi Samples/sivi/*.xml --out imported",
      "dossier import sivi Samples/sivi/03-bouwbedrijf-hersteld.xml --into Samples/rendered/sivi/BVM0317-E2215-2026-02-02.json",
    ],
    run: runSivi)

  static func runSivi(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let out = arguments.value("out")
    let into = arguments.value("into")
    guard (out == nil) != (into == nil) else {
      console.usageError(
        "give --out DIR for new cases or --into CASE to update one", command: arguments.command)
      return .unusable
    }
    let paths = arguments.all("MESSAGE")
    // Files are independent: read them on all cores, report in the order given.
    let reads: [Result<SiviBericht, ReadFailure>] = paths.concurrentMap { path in
      do {
        let data = try FileInput.read(console.url(path), shownAs: path)
        return .success(try SiviBericht.read(data, file: path))
      } catch let error as SiviImportError {
        return .failure(ReadFailure(message: error.description))
      } catch {
        return .failure(ReadFailure(message: "\(error)"))
      }
    }
    var berichten: [SiviBericht] = []
    for read in reads {
      switch read {
      case .success(let bericht): berichten.append(bericht)
      case .failure(let failure):
        console.error(failure.message, command: arguments.command)
        return .unusable
      }
    }
    do {
      let sivi = try SiviImport(berichten)
      if let out { return try writeCases(sivi, to: out, arguments, console) }
      if let into { return try merge(sivi, into: into, arguments, console) }
      return .unusable
    } catch {
      console.error("\(error)", command: arguments.command)
      return .unusable
    }
  }

  struct ReadFailure: Error {
    var message: String
  }

  static func writeCases(
    _ sivi: SiviImport, to out: String, _ arguments: ParsedArguments, _ console: Console
  ) throws -> ExitCode {
    let cases = try sivi.cases()
    let folder = console.url(out)
    // Nothing is written when any target exists: a casemanager's edits are never replaced.
    for imported in cases {
      let url = folder.appendingPathComponent(imported.fileName)
      if FileManager.default.fileExists(atPath: url.path) {
        console.error(
          "\(display(out, imported.fileName)) exists; nothing written (update a case with --into)",
          command: arguments.command)
        return .unusable
      }
    }
    // The cases are written as one set, as render writes its documents: all or none.
    var entries: [FileSet.Entry] = []
    for imported in cases {
      entries.append(
        FileSet.Entry(
          url: folder.appendingPathComponent(imported.fileName),
          data: try imported.dossier.encodedCaseFile()))
    }
    do {
      try FileSet.write(entries) { display(out, $0.lastPathComponent) }
    } catch {
      console.error(error.description, command: arguments.command)
      return .unusable
    }
    var report = SiviImportReport.read(sivi)
    var document = SiviImportDocument(sivi)
    var controles: [SiviControle] = []
    for imported in cases {
      report += SiviImportReport.written(imported, path: display(out, imported.fileName))
      document.add(imported, path: display(out, imported.fileName))
      controles += imported.controles
    }
    report += SiviImportReport.leftOut(sivi) + SiviImportReport.checks(controles)
    if arguments.value("format") == "json" {
      guard JSONOutput.print(document, console, arguments) else { return .unusable }
    } else {
      console.outputText(report)
    }
    return controles.isEmpty ? .success : .findings
  }

  static func merge(
    _ sivi: SiviImport, into path: String, _ arguments: ParsedArguments, _ console: Console
  ) throws -> ExitCode {
    let dossier: Verzuimdossier
    switch CaseCommands.loadCase(path, console: console) {
    case .failure(let message):
      console.error(message, command: arguments.command)
      return .unusable
    case .success(let loaded): dossier = loaded
    }
    let result = try sivi.merge(into: dossier, shownAs: path)
    if result.changed {
      do {
        try AtomicFile.write(try result.dossier.encodedCaseFile(), to: console.url(path))
      } catch {
        console.error("\(path): cannot be written", command: arguments.command)
        return .unusable
      }
    }
    if arguments.value("format") == "json" {
      var document = SiviImportDocument(sivi)
      document.add(result, path: path)
      guard JSONOutput.print(document, console, arguments) else { return .unusable }
    } else {
      console.output(
        SiviImportReport.read(sivi) + SiviImportReport.merged(result, path: path)
          + SiviImportReport.leftOut(sivi) + SiviImportReport.checks(result.controles))
    }
    return result.conflicts.isEmpty && result.controles.isEmpty ? .success : .findings
  }

  static func display(_ folder: String, _ name: String) -> String {
    folder == "." ? name : (folder.hasSuffix("/") ? folder : folder + "/") + name
  }
}
