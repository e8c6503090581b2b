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
        isRepeating: true),
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
    run: run)

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    var kinds: [DocumentKind] = []
    for value in arguments.all("document") {
      guard let kind = DocumentKind(argument: value) else {
        console.error(
          "dossier render: unknown document \"\(value)\"; expected one of \(DocumentKind.allCases.map(\.templateName).joined(separator: ", "))"
        )
        return .unusable
      }
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    if !kinds.isEmpty && arguments.flag("due") {
      console.error("dossier render: give --document or --due, not both")
      return .unusable
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
      console.error("dossier: \(error)")
      return .unusable
    }
    let issues = templates.issues()
    guard issues.isEmpty else {
      for issue in issues { console.error(issue.description) }
      console.error(
        "dossier render: \(issues.count) template problem(s); nothing rendered (see dossier template check)"
      )
      return .unusable
    }

    var jobs: [DocumentBatch.Job] = []
    for path in arguments.all("CASE") {
      switch CaseCommands.loadCase(path, console: console) {
      case .failure(let message):
        console.error(message)
        return .unusable
      case .success(let dossier):
        guard let peildatum = CaseCommands.referenceDate(arguments, dossier, console) else {
          return .unusable
        }
        jobs.append(DocumentBatch.Job(name: path, dossier: dossier, peildatum: peildatum))
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
        console.error(
          "dossier render: --out - prints one document; this selection gives \(documents.count)")
        return .unusable
      }
      if let document = documents.first { console.output(document.bytes) }
    }
    for result in results {
      if let failure = result.failure {
        console.error("dossier: \(failure)")
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
          console.error("dossier: \(url.path): cannot be written: \(error.localizedDescription)")
          return .unusable
        }
        console.output(
          (out == "."
            ? document.fileName : (out.hasSuffix("/") ? out : out + "/") + document.fileName)
            + (document.isDraft ? " (concept)" : "") + "\n")
      }
    }
    if results.allSatisfy({ $0.documents.isEmpty && $0.refused.isEmpty }) {
      console.error("dossier render: no document is present or due; name one with --document")
    }
    return status
  }
}
