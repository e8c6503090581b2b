import DossierKit
import Foundation
import Poortwachter

/// `dossier costs`: what each step of a case costs under the employer's package.
enum CostsCommand {
  static let spec = CommandSpec(
    name: "costs",
    abstract:
      "Show, per Poortwachter step, whether the employer's package includes it or what it costs.",
    discussion: """
      Reads the package the case names ("pakket": {"catalogus": FILE, "pakket": KEY}, the file
      relative to the case's folder and inside the catalog root: the case's folder, or
      --catalogs DIR), or --catalog and --package. For each priced step
      (probleemanalyse, plan van aanpak, 42e-weeksmelding, eerstejaarsevaluatie, actueel
      oordeel, re-integratieverslag): included, the catalog's tariff, a reimbursed share, or the
      catalog's words; then what the employer paid beyond the package so far (steps done by the
      reference date) and what is still to come. Where a catalog lists several tariffs for one
      step, the first is used and all rows are named.
      Exit status: 0 shown, 2 unusable case, catalog or package.
      """,
    arguments: [ArgumentSpec(name: "CASE", help: "A case file (JSON).")],
    options: [
      CaseCommands.onOption,
      OptionSpec(
        name: "catalogs",
        help: "The folder the case's own catalog must be in (default: the case file's folder).",
        valueName: "DIR"),
      OptionSpec(
        name: "catalog", help: "A catalog file, instead of the case's own.", valueName: "FILE"),
      OptionSpec(name: "package", help: "The package key in that catalog.", valueName: "KEY"),
      OptionSpec(
        name: "format", help: "Output format (default: text).", valueName: "FORMAT",
        choices: ["text", "json"]),
    ],
    examples: [
      "dossier costs Samples/cases/04-week-60-na-eerstejaarsevaluatie.json --catalogs Samples",
      "dossier costs Samples/cases/02-week-10-pa-en-pva.json --catalog Samples/packages/goudse-verzuimvizier-2009.json --package compleet",
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let path = arguments.positional("CASE") else { return .unusable }
    let dossier: Verzuimdossier
    switch CaseCommands.loadCase(path, console: console) {
    case .failure(let message):
      console.error(message, command: arguments.command)
      return .unusable
    case .success(let loaded): dossier = loaded
    }
    let catalogURL: URL
    let catalogPath: String
    let packageKey: String
    if let catalog = arguments.value("catalog") {
      // A catalog the user names on the command line is theirs to choose: no root applies.
      guard let key = arguments.value("package") ?? dossier.pakket?.pakket else {
        console.usageError(
          "\(path): the case names no package (\"pakket\"); give --package KEY with --catalog",
          command: arguments.command)
        return .unusable
      }
      (catalogURL, catalogPath, packageKey) = (console.url(catalog), catalog, key)
    } else if let pakket = dossier.pakket {
      let caseURL = console.url(path)
      let rootPath = arguments.value("catalogs")
      let root = CatalogRoot(
        folder: rootPath.map(console.url) ?? caseURL.deletingLastPathComponent(),
        shownAs: rootPath
          ?? (path.contains("/")
            ? String(path[...(path.lastIndex(of: "/") ?? path.startIndex)]) : "."))
      do {
        (catalogURL, catalogPath) = try root.catalog(
          of: pakket, caseFile: caseURL, caseShownAs: path)
      } catch {
        console.error("\(path): \(error)", command: arguments.command)
        return .unusable
      }
      packageKey = arguments.value("package") ?? pakket.pakket
    } else {
      console.usageError(
        "\(path): the case names no package (\"pakket\"); give --catalog FILE --package KEY",
        command: arguments.command)
      return .unusable
    }
    let peildatum = CaseCommands.referenceDate(arguments, dossier)
    do {
      let (catalog, _) = try PackageDocuments.loadCatalog(catalogURL, shownAs: catalogPath)
      let overzicht = try catalog.kosten(
        for: dossier, timeline: Timeline(dossier: dossier, on: peildatum), pakket: packageKey)
      if arguments.value("format") == "json" {
        return JSONOutput.print(overzicht, console, arguments) ? .success : .unusable
      }
      console.outputText(KostenReport.text(overzicht))
      return .success
    } catch {
      console.error(error, command: arguments.command)
      return .unusable
    }
  }
}
