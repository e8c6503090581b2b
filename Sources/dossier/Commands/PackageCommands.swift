import DossierKit
import Foundation
import Kalender
import Pakketten
import Poortwachter

/// `dossier package sheet|compare|quote|check`: insurers' service-package catalogs.
enum PackageCommands {
  static let group = CommandSpec(
    name: "package",
    abstract: "Print package overview sheets, comparisons and price quotes from catalogs.",
    subcommands: [sheet, compare, quote, check])

  static let formatOption = OptionSpec(
    name: "format", help: "Output format (default: md).", valueName: "FORMAT",
    choices: ["md", "html"])
  static let templatesOption = OptionSpec(
    name: "templates", help: "Templates to render with, over the defaults.", valueName: "DIR")
  static let statusText = """
    Exit status: 0 printed, 1 a catalog has findings (printed to stderr with their JSON path),
    2 a file cannot be read or decoded, or the request cannot be met.
    """

  static let sheet = CommandSpec(
    name: "sheet",
    abstract: "Print the overview sheet of a catalog: packages, sections, legend, footnotes.",
    discussion:
      "HTML prints on A4 through the house layout, in landscape when a table has more than two columns.\n"
      + statusText,
    arguments: [ArgumentSpec(name: "CATALOG", help: "The catalog JSON file.")],
    options: [
      OptionSpec(
        name: "package", help: "Show only this package (repeatable).", valueName: "KEY",
        isRepeating: true),
      formatOption, templatesOption,
    ],
    examples: [
      "dossier package sheet Samples/packages/asr-vov-arboned-arboduo-2024.json",
      "dossier package sheet Samples/packages/goudse-verzuimvizier-2009.json --package compleet --format html > compleet.html",
    ],
    run: runSheet)

  static let compare = CommandSpec(
    name: "compare",
    abstract: "Print packages of one or more catalogs side by side, rows aligned by service key.",
    discussion: "A column without a service of the row's key shows —.\n" + statusText,
    arguments: [
      ArgumentSpec(name: "CATALOG", help: "Catalog JSON files, in column order.", isRepeating: true)
    ],
    options: [
      OptionSpec(
        name: "package", help: "Show only this package key (repeatable).", valueName: "KEY",
        isRepeating: true),
      OptionSpec(name: "title", help: "The comparison's title.", valueName: "TEXT"),
      formatOption, templatesOption,
    ],
    examples: [
      "dossier package compare Samples/packages/asr-vov-arboned-arboduo-2024.json Samples/packages/asr-vov-mkb-vitaal-2024.json"
    ],
    run: runCompare)

  static let quote = CommandSpec(
    name: "quote",
    abstract: "Price a package for a number of employees: lines, discount, surcharge, BTW, terms.",
    discussion: "Amounts are exact in cents; the rounding rule is printed on the quote.\n"
      + statusText,
    arguments: [ArgumentSpec(name: "CATALOG", help: "The catalog JSON file.")],
    options: [
      OptionSpec(name: "package", help: "The package key.", valueName: "KEY", isRequired: true),
      OptionSpec(
        name: "employees", help: "Number of employees.", valueName: "N", isRequired: true,
        valueKind: .wholeNumber(1...1_000_000)),
      OptionSpec(
        name: "term", help: "Payment term (default: year).", valueName: "TERM",
        choices: ["year", "halfyear", "quarter", "month"]),
      OptionSpec(
        name: "with", help: "Add a module by service key (repeatable).", valueName: "MODULE",
        isRepeating: true),
      OptionSpec(
        name: "insurances",
        help: "Insurances held with the provider, this one included (default: 1).", valueName: "N",
        valueKind: .wholeNumber(1...100)),
      OptionSpec(
        name: "year", help: "Year of the BTW rate (default: the catalog's tariff year).",
        valueName: "YEAR"),
      OptionSpec(
        name: "date",
        help: "The quote's date, YYYY-MM-DD (default: the catalog's first valid day).",
        valueName: "DATE"),
      OptionSpec(
        name: "format", help: "Output format (default: md).", valueName: "FORMAT",
        choices: ["md", "html", "json"]),
      templatesOption,
    ],
    examples: [
      "dossier package quote Samples/packages/goudse-verzuimvizier-2009.json --package compleet --employees 12 --term month",
      "dossier package quote Samples/packages/asr-tarieven-uitbreidingsmodules-2024.json --package mkb-vitaal --employees 8 --with ziektebegeleiding-administratie --format json",
    ],
    run: runQuote)

  static let check = CommandSpec(
    name: "check", abstract: "Check catalogs and print every finding with its JSON path.",
    discussion:
      "Exit status: 0 all catalogs are sound, 1 findings, 2 a file cannot be read or decoded.",
    arguments: [ArgumentSpec(name: "CATALOG", help: "Catalog JSON files.", isRepeating: true)],
    examples: ["dossier package check Samples/packages/*.json"],
    run: runCheck)

  // MARK: - Running

  /// Why a command stops: the message is printed and the status returned.
  struct Stop: Error {
    var status: ExitCode
  }

  static func load(_ path: String, _ arguments: ParsedArguments, _ console: Console) throws(Stop)
    -> Catalog
  {
    do {
      let (catalog, findings) = try PackageDocuments.loadCatalog(console.url(path), shownAs: path)
      guard findings.isEmpty else {
        for finding in findings { console.error("\(path): \(finding)") }
        console.error(
          "\(path): \(findings.count) finding\(findings.count == 1 ? "" : "s"); fix the catalog first (`dossier package check`)",
          command: arguments.command)
        throw Stop(status: .findings)
      }
      return catalog
    } catch let stop as Stop {
      throw stop
    } catch {
      console.error(error, command: arguments.command)
      throw Stop(status: .unusable)
    }
  }

  static func format(_ arguments: ParsedArguments) -> PackageDocuments.Format {
    arguments.value("format").flatMap(PackageDocuments.Format.init(rawValue:)) ?? .md
  }

  static func render(
    _ value: some Encodable, template: String, _ arguments: ParsedArguments, _ console: Console
  ) -> ExitCode {
    do {
      let templates = try Loading.templateLibrary(arguments.value("templates"), console: console)
      console.output(
        try PackageDocuments.render(
          value, template: template, format: format(arguments), templates: templates))
      return .success
    } catch {
      console.error(error, command: arguments.command)
      return .unusable
    }
  }

  @Sendable static func runSheet(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let path = arguments.positional("CATALOG") else { return .unusable }
    do {
      let catalog = try load(path, arguments, console)
      let sheet = try PackageSheet(catalog, packages: arguments.all("package"))
      return render(sheet, template: "package-sheet", arguments, console)
    } catch let stop as Stop {
      return stop.status
    } catch {
      console.error("\(path): \(error)", command: arguments.command)
      return .unusable
    }
  }

  @Sendable static func runCompare(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    do {
      var catalogs: [Catalog] = []
      for path in arguments.all("CATALOG") { catalogs.append(try load(path, arguments, console)) }
      let comparison = try PackageComparison(
        catalogs, packages: arguments.all("package"), title: arguments.value("title"))
      return render(comparison, template: "package-compare", arguments, console)
    } catch let stop as Stop {
      return stop.status
    } catch {
      console.error(error, command: arguments.command)
      return .unusable
    }
  }

  @Sendable static func runQuote(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let path = arguments.positional("CATALOG"), let key = arguments.value("package") else {
      return .unusable
    }
    do {
      let catalog = try load(path, arguments, console)
      let offerte = try catalog.quote(quoteRequest(arguments, package: key))
      if format(arguments) == .json {
        return JSONOutput.print(offerte, console, arguments) ? .success : .unusable
      }
      return render(
        PackageQuote(offerte, catalog: catalog, peildatum: arguments.date("date")),
        template: "package-quote", arguments, console)
    } catch let stop as Stop {
      return stop.status
    } catch {
      console.error("\(path): \(error)", command: arguments.command)
      return .unusable
    }
  }

  static func quoteRequest(_ arguments: ParsedArguments, package key: String) -> Offerteaanvraag {
    let terms: [String: Termijn] = [
      "year": .jaar, "halfyear": .halfjaar, "quarter": .kwartaal, "month": .maand,
    ]
    return Offerteaanvraag(
      pakket: key, werknemers: arguments.number("employees") ?? 0,
      termijn: arguments.value("term").flatMap { terms[$0] } ?? .jaar,
      modules: arguments.all("with"),
      verzekeringen: arguments.number("insurances") ?? 1, jaar: arguments.number("year"))
  }

  @Sendable static func runCheck(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    var status = ExitCode.success
    var findingCount = 0
    let paths = arguments.all("CATALOG")
    for path in paths {
      do {
        let (_, findings) = try PackageDocuments.loadCatalog(console.url(path), shownAs: path)
        for finding in findings { console.outputText("\(path): \(finding)\n") }
        findingCount += findings.count
        if !findings.isEmpty && status == .success { status = .findings }
      } catch {
        console.error(error, command: arguments.command)
        status = .unusable
      }
    }
    console.error(
      "catalogs: \(findingCount) finding\(findingCount == 1 ? "" : "s") in \(paths.count) file\(paths.count == 1 ? "" : "s")"
    )
    return status
  }
}
