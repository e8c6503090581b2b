import DossierKit
import Foundation
import Poortwachter

/// `dossier render`: the documents of one or more cases, checked and validated first.
enum RenderCommand {
  static let spec = CommandSpec(
    name: "render",
    abstract: "Render a case's documents as Markdown, HTML or PDF.",
    discussion: """
      Renders the chosen documents (--document, repeatable) or, by default (--due), every
      document the case holds or that is due by the reference date. The templates are checked
      against their documents first; a document whose steps do not validate is refused with
      the findings, unless --draft, which renders it with a visible CONCEPT mark and the list
      of what is missing. Files are named <referentie>_<document>.<md|html|pdf> (never a BSN)
      and written whole or not at all; many cases render in parallel with the same result as
      one by one. With --out - a single document is printed to standard output.
      Formats: md, html, pdf, or all (md and html: pdf is asked for by name, since it needs a
      headless Chromium at run time: --chromium PATH, else $DOSSIER_CHROMIUM, else chromium,
      chromium-browser or google-chrome on PATH). A PDF is the HTML printed on A4, every page
      headed with the employee's name and BSN, the referentie, the document and its date,
      "pagina x van y" and, for a draft, CONCEPT; its metadata (title, author, subject,
      language nl, dates = the document's date) make printing the same case twice give the
      same bytes. Documents print in parallel, one browser per document and core.
      Documents: \(DocumentKind.allCases.map(\.templateName).joined(separator: ", ")).
      Exit status: 0 all rendered, 1 a document refused, 2 unusable input or templates, no
      browser for pdf, or a failed print (named by its file).
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
        name: "format", help: "Output format (default: all, which is md and html).",
        valueName: "FORMAT", choices: ["md", "html", "pdf", "all"]),
      CaseCommands.onOption,
      OptionSpec(
        name: "templates", help: "Your own template folder, over the defaults.", valueName: "DIR"),
      OptionSpec(
        name: "out", help: "Output folder (default: the current folder); - for standard output.",
        valueName: "DIR"),
      OptionSpec(name: "draft", help: "Render documents that do not validate, marked CONCEPT."),
      PDFOptions.chromium,
      PDFOptions.timeout,
    ],
    examples: [
      "dossier render Samples/cases/02-week-10-pa-en-pva.json --out out",
      "dossier render Samples/cases/02-week-10-pa-en-pva.json --document plan-van-aanpak --format md --out -",
      "dossier render Samples/cases/05-week-92-reintegratieverslag.json --document eindevaluatie --format pdf --out out",
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
    let isPDF = arguments.value("format") == "pdf"
    let formats: [DocumentFormat] =
      switch arguments.value("format") ?? "all" {
      case "md": [.markdown]
      case "html", "pdf": [.html]
      default: DocumentFormat.allCases
      }
    // Without a browser a PDF cannot be made: say so before anything is rendered.
    var printing: DocumentPrinting?
    if isPDF {
      guard let printer = PDFOptions.printer(arguments, console) else {
        return .unusable
      }
      printing = DocumentPrinting(printer: printer)
    }
    guard
      let templates = Loading.checkedDocumentTemplates(
        arguments, console: console, refusing: "nothing rendered")
    else { return .unusable }

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
    // Nothing is written unless the whole batch can be: failures first.
    if let failure = results.compactMap(\.failure).first {
      console.error(failure, command: arguments.command)
      return .unusable
    }
    var files = results.map { $0.documents.map(OutputFile.init) }
    if let printing {
      let (printed, failures) = printPDFs(results, jobs: jobs, printing)
      guard failures.isEmpty else {
        for failure in failures { console.error("\(failure)", command: arguments.command) }
        return .unusable
      }
      files = printed
    }
    let out = arguments.value("out") ?? "."
    // Then name clashes between cases: the second file would silently replace the first.
    let collisions = DocumentBatch.collisions(
      zip(results, files).map { ($0.job, $1.map(\.fileName)) })
    if out != "-", !collisions.isEmpty {
      for collision in collisions {
        console.error(collision.description, command: arguments.command)
      }
      console.error("nothing written", command: arguments.command)
      return .unusable
    }
    var status = ExitCode.success
    for result in results {
      for (kind, findings) in result.refused {
        status = .findings
        let never = findings.contains { $0.rule == .privDeny || $0.rule == .idRef }
        console.error(
          "\(result.job): \(kind.templateName) not rendered: \(findings.count) fout(en); "
            + (never ? "not even as a concept" : "use --draft for a marked concept"))
        for finding in findings {
          console.error("  \(finding.code) \(finding.path): \(finding.message)")
        }
      }
    }
    let all = files.flatMap { $0 }
    if out == "-" {
      guard all.count <= 1 else {
        console.usageError(
          "--out - prints one document; this selection gives \(all.count)",
          command: arguments.command)
        return .unusable
      }
      if let file = all.first { console.output(file.bytes) }
    } else {
      let folder = console.url(out)
      let shown = out == "." ? "" : (out.hasSuffix("/") ? out : out + "/")
      do {
        try FileSet.write(
          all.map {
            FileSet.Entry(url: folder.appendingPathComponent($0.fileName), bytes: $0.bytes)
          },
          shownAs: { url in
            url.standardizedFileURL == folder.standardizedFileURL
              ? out : shown + url.lastPathComponent
          })
      } catch {
        console.error(error.description, command: arguments.command)
        return .unusable
      }
      for file in all {
        console.output(shown + file.fileName + (file.isDraft ? " (concept)" : "") + "\n")
      }
    }
    if results.allSatisfy({ $0.documents.isEmpty && $0.refused.isEmpty }) {
      console.error(
        "no document is present or due; name one with --document", command: arguments.command)
    }
    return status
  }

  /// A file to write: a rendered document or its PDF.
  struct OutputFile {
    var fileName: String
    var bytes: [UInt8]
    var isDraft: Bool

    init(_ document: RenderedDocument) {
      self.init(fileName: document.fileName, bytes: document.bytes, isDraft: document.isDraft)
    }

    init(fileName: String, bytes: [UInt8], isDraft: Bool) {
      self.fileName = fileName
      self.bytes = bytes
      self.isDraft = isDraft
    }
  }

  /// The PDFs of every result's HTML documents, printed all at once, per result; the failures
  /// name their documents.
  static func printPDFs(
    _ results: [DocumentBatch.Result], jobs: [DocumentBatch.Job], _ printing: DocumentPrinting
  ) -> ([[OutputFile]], [DocumentPrintFailure]) {
    var printJobs: [(result: Int, job: DocumentPrinting.Job)] = []
    for (index, (result, job)) in zip(results, jobs).enumerated() {
      for document in result.documents where document.format == .html {
        printJobs.append(
          (
            index,
            DocumentPrinting.Job(html: document, dossier: job.dossier, peildatum: job.peildatum)
          ))
      }
    }
    var files: [[OutputFile]] = results.map { _ in [] }
    var failures: [DocumentPrintFailure] = []
    for (entry, outcome) in zip(printJobs, printing.print(printJobs.map(\.job))) {
      switch outcome {
      case .success(let pdf):
        files[entry.result].append(
          OutputFile(fileName: pdf.fileName, bytes: pdf.bytes, isDraft: pdf.isDraft))
      case .failure(let failure): failures.append(failure)
      }
    }
    return (files, failures)
  }
}
