import DossierKit
import Foundation
import Poortwachter

/// `dossier render`: the documents of one or more cases, checked and validated first.
enum RenderCommand {
  static let spec = CommandSpec(
    name: "render",
    abstract: "Render a case's documents as Markdown and HTML.",
    discussion: """
      Renders the chosen documents (--document, repeatable) or, by default (--due), every
      document the case holds or that is due by the reference date. The templates are checked
      against their documents first; a document whose steps do not validate is refused with
      the findings, unless --draft, which renders it with a visible CONCEPT mark and the list
      of what is missing. Files are named <referentie>_<document>.<md|html> (never a BSN) and
      written whole or not at all; many cases render in parallel with the same result as one
      by one. With --out - a single document is printed to standard output.
      Documents: \(DocumentKind.allCases.map(\.templateName).joined(separator: ", ")).
      Exit status: 0 all rendered, 1 a document refused, 2 unusable input or templates.
      """,
    arguments: [ArgumentSpec(name: "CASE", help: "Case files (JSON).", isRepeating: true)],
    options: [
      OptionSpec(
        name: "document", help: "A document to render (repeatable).", valueName: "KIND",
        isRepeating: true,
        valueKind: .named(
          DocumentKind.allCases.map(\.templateName), accepts: { DocumentKind(argument: $0) != nil })
      ),
      OptionSpec(
        name: "due", help: "Every document present or due by the reference date (the default)."),
      OptionSpec(
        name: "format", help: "Output format (default: all).", valueName: "FORMAT",
        choices: ["md", "html", "all"]),
      CaseCommands.onOption,
      OptionSpec(
        name: "templates", help: "Your own template folder, over the defaults.", valueName: "DIR"),
      OptionSpec(
        name: "out", help: "Output folder (default: the current folder); - for standard output.",
        valueName: "DIR"),
      OptionSpec(name: "draft", help: "Render documents that do not validate, marked CONCEPT."),
    ],
    examples: [
      "dossier render Samples/cases/02-week-10-pa-en-pva.json --out out",
      "dossier render Samples/cases/02-week-10-pa-en-pva.json --document plan-van-aanpak --format md --out -",
    ],
    validate: { arguments in
      arguments.all("document").isEmpty || !arguments.flag("due")
        ? nil : "give --document or --due, not both"
    },
    run: run)

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    var kinds: [DocumentKind] = []
    for kind in arguments.all("document").compactMap(DocumentKind.init(argument:))
    where !kinds.contains(kind) {
      kinds.append(kind)
    }
    let formats: [DocumentFormat] =
      switch arguments.value("format") ?? "all" {
      case "md": [.markdown]
      case "html": [.html]
      default: DocumentFormat.allCases
      }
    let templates: DocumentTemplates
    do {
      templates = DocumentTemplates(
        library: try Loading.templateLibrary(arguments.value("templates"), console: console))
    } catch {
      console.error("\(error)", command: arguments.command)
      return .unusable
    }
    let issues = templates.issues()
    guard issues.isEmpty else {
      for issue in issues { console.error(issue.description) }
      console.error(
        "\(issues.count) template problem(s); nothing rendered (see `dossier template check`)",
        command: arguments.command)
      return .unusable
    }

    var jobs: [DocumentBatch.Job] = []
    for path in arguments.all("CASE") {
      switch CaseCommands.loadCase(path, console: console) {
      case .failure(let message):
        console.error(message, command: arguments.command)
        return .unusable
      case .success(let dossier):
        jobs.append(
          DocumentBatch.Job(
            name: path, dossier: dossier,
            peildatum: CaseCommands.referenceDate(arguments, dossier)))
      }
    }
    let batch = DocumentBatch(
      renderer: DocumentRenderer(templates: templates),
      selection: kinds.isEmpty ? .due : .kinds(kinds), formats: formats,
      draft: arguments.flag("draft"))
    let results = batch.render(jobs)

    var status = ExitCode.success
    let out = arguments.value("out") ?? "."
    if out == "-" {
      let documents = results.flatMap(\.documents)
      guard documents.count <= 1 else {
        console.usageError(
          "--out - prints one document; this selection gives \(documents.count)",
          command: arguments.command)
        return .unusable
      }
      if let document = documents.first { console.output(document.bytes) }
    }
    for result in results {
      if let failure = result.failure {
        console.error("\(failure)", command: arguments.command)
        return .unusable
      }
      for (kind, findings) in result.refused {
        status = .findings
        console.error(
          "\(result.job): \(kind.templateName) not rendered: \(findings.count) fout(en); use --draft for a marked concept"
        )
        for finding in findings {
          console.error("  \(finding.code) \(finding.path): \(finding.message)")
        }
      }
      guard out != "-" else { continue }
      for document in result.documents {
        let url = console.url(out).appendingPathComponent(document.fileName)
        do {
          try AtomicFile.write(Data(document.bytes), to: url)
        } catch {
          console.error("\(url.path): cannot be written", command: arguments.command)
          return .unusable
        }
        console.output(
          (out == "."
            ? document.fileName : (out.hasSuffix("/") ? out : out + "/") + document.fileName)
            + (document.isDraft ? " (concept)" : "") + "\n")
      }
    }
    if results.allSatisfy({ $0.documents.isEmpty && $0.refused.isEmpty }) {
      console.error(
        "no document is present or due; name one with --document", command: arguments.command)
    }
    return status
  }
}
