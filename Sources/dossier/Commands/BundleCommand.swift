import DossierKit
import Foundation
import Poortwachter

/// `dossier bundle`: the files a casemanager uploads to UWV for a case, with a manifest.
enum BundleCommand {
  static let spec = CommandSpec(
    name: "bundle",
    abstract: "Make the set of PDFs to upload to UWV, with a manifest.",
    discussion: """
      For the case's situation: at the WIA-aanvraag (week 91-93) the re-integratieverslag with
      its parts 1-7 and, as separate PDFs, the documents UWV wants beside it (probleemanalyse
      with bijstellingen, plan van aanpak with bijstellingen and evaluations,
      eerstejaarsevaluatie, actueel oordeel, eindevaluatie); at ziek uit dienst within 10 weeks
      the verkort re-integratieverslag; after 10 weeks the full set for the Ziektewet.
      Beside the PDFs: manifest.json, manifest.md and manifest.html, listing per file the RIV
      items (a-l) it covers, its date, who signs it and whether the case records the
      signature, its size and that the BSN is on every page; what the employee sends UWV
      himself (never bundled: medical information, his own view); and the deadlines (TL-17,
      TL-18, the upload within a day of the aanvraag; at ziek uit dienst TL-24 and the
      verslag's term, CNT-15 or TL-17).
      Refuses (exit 1, listing the fouten) when the verslag does not validate, unless --draft
      (files marked CONCEPT); refuses always when a document holds medical words, when a file
      would exceed UWV's 10 MB, or when the case calls for no set. The PDFs need headless
      Chromium as for render --format pdf; --manifest-only writes the manifests without
      printing (sizes are then left out) and needs no browser.
      Exit status: 0 set written, 1 refused, 2 unusable input or no browser.
      """,
    arguments: [ArgumentSpec(name: "CASE", help: "The case file (JSON).")],
    options: [
      OptionSpec(
        name: "out", help: "The folder to write the set into.", valueName: "DIR", isRequired: true),
      CaseCommands.onOption,
      OptionSpec(
        name: "draft", help: "Make the set even if the verslag does not validate, marked CONCEPT."),
      OptionSpec(
        name: "manifest-only", help: "Write only the manifests: no PDFs, no browser needed."),
      OptionSpec(
        name: "templates", help: "Your own template folder, over the defaults.", valueName: "DIR"),
      PDFOptions.chromium,
      PDFOptions.timeout,
    ],
    examples: [
      "dossier bundle Samples/cases/05-week-92-reintegratieverslag.json --out upload --manifest-only",
      "dossier bundle Samples/cases/08-ziek-uit-dienst-verkort-verslag.json --out upload",
    ],
    run: run)

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let path = arguments.positional("CASE"), let out = arguments.value("out") else {
      return .unusable
    }
    guard
      let templates = Loading.checkedDocumentTemplates(
        arguments, console: console, refusing: "nothing written")
    else { return .unusable }
    let dossier: Verzuimdossier
    switch CaseCommands.loadCase(path, console: console) {
    case .failure(let message):
      console.error(message, command: arguments.command)
      return .unusable
    case .success(let loaded): dossier = loaded
    }
    let peildatum = CaseCommands.referenceDate(arguments, dossier)
    let manifestOnly = arguments.flag("manifest-only")
    var printing: DocumentPrinting?
    if !manifestOnly {
      guard let printer = PDFOptions.printer(arguments, console) else {
        return .unusable
      }
      printing = DocumentPrinting(printer: printer)
    }

    let bundle = UploadBundle(renderer: DocumentRenderer(templates: templates))
    var plan: UploadBundle.Plan
    do {
      switch try bundle.plan(dossier, on: peildatum, draft: arguments.flag("draft")) {
      case .planned(let planned): plan = planned
      case .noSet(let reason):
        console.error("\(path): geen uploadset: \(reason)")
        return .findings
      case .refused(let fouten, let draftWouldDo):
        console.error(
          "\(path): uploadset niet gemaakt: \(fouten.count) fout(en)"
            + (draftWouldDo
              ? "; use --draft for a marked concept" : "; medical data refuses even a draft"))
        for fout in fouten { console.error("  \(fout)") }
        return .findings
      }
    } catch {
      console.error("\(path): \(error)", command: arguments.command)
      return .unusable
    }

    var files: [(name: String, bytes: [UInt8])] = []
    if let printing {
      switch UploadBundle.print(plan, with: printing) {
      case .success(let printed):
        plan = printed.plan
        files = printed.pdfs.map { ($0.fileName, $0.bytes) }
      case .failure(.failed(let failures)):
        for failure in failures { console.error("\(failure)", command: arguments.command) }
        return .unusable
      case .failure(.tooLarge(let problems)):
        console.error("\(path): uploadset niet gemaakt: te groot voor UWV")
        for problem in problems { console.error("  \(problem)") }
        return .findings
      }
    }
    do {
      files += try plan.manifest.files(templates: templates.library)
    } catch {
      console.error("manifest: \(error)", command: arguments.command)
      return .unusable
    }
    // The set is written whole or not at all: half a set must never be uploaded.
    let folder = console.url(out)
    let shown = out.hasSuffix("/") ? out : out + "/"
    do {
      try FileSet.write(
        files.map {
          FileSet.Entry(url: folder.appendingPathComponent($0.name), data: Data($0.bytes))
        },
        shownAs: { url in
          url.standardizedFileURL == folder.standardizedFileURL
            ? out : shown + url.lastPathComponent
        })
    } catch {
      console.error(error.description, command: arguments.command)
      return .unusable
    }
    for file in files { console.output(shown + file.name + "\n") }
    // A file left from an earlier run (a concept, a document since dropped) must not be
    // uploaded with this set by mistake.
    let written = Set(files.map(\.name))
    let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in present.sorted() where !written.contains(name) && name.hasSuffix(".pdf") {
      console.error(
        "note: \(out.hasSuffix("/") ? out : out + "/")\(name) is not part of this set; remove it before uploading",
        command: arguments.command)
    }
    if plan.manifest.concept {
      console.error(
        "\(path): uploadset is een CONCEPT: \(plan.manifest.fouten.count) fout(en) in het verslag")
    }
    return .success
  }
}
