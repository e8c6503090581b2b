import DossierKit
import Foundation
import Templating

/// `dossier template render` and `dossier template check`, for people who write templates.
enum TemplateCommands {
  static let group = CommandSpec(
    name: "template", abstract: "Render or check Mustache templates.",
    subcommands: [render, check, export])

  static let render = CommandSpec(
    name: "render",
    abstract: "Render a template with JSON data and print exactly the rendered bytes.",
    discussion: """
      Escaping follows the template's file name: .html.mustache and .mustache escape for HTML,
      .md.mustache for Markdown, .txt.mustache not at all. Partials and parents resolve inside
      --partials (default: the template's own folder) and never outside it.
      Exit status: 0 rendered, 2 when a file cannot be read or the template cannot be rendered.
      """,
    arguments: [ArgumentSpec(name: "TEMPLATE", help: "The template file.")],
    options: [
      OptionSpec(
        name: "data", help: "The JSON data to render.", valueName: "FILE", isRequired: true),
      OptionSpec(
        name: "partials", help: "The template root for partials and parents.", valueName: "DIR"),
      OptionSpec(name: "strict", help: "A name or partial that resolves to nothing is an error."),
    ],
    examples: [
      "dossier template render Samples/templates/uitnodiging.md.mustache --data Samples/cases/02-week-10-pa-en-pva.json --strict",
      "dossier template render Samples/templates/uitnodiging.md.mustache --data Samples/cases/07-vangnetter.json --partials Samples/templates",
    ],
    run: runRender)

  static let check = CommandSpec(
    name: "check",
    abstract: "Check templates: syntax, partials, and every name against its document.",
    discussion: """
      Parses every template under the paths (default: the built-in templates, or the folder
      of --templates DIR) and prints each problem as file:line:column: message.
      A document template (plan-van-aanpak.md.mustache, …) is also checked name by name
      against its document's context: a name the document does not have is an error with a
      did-you-mean, and a medical field in a werkgever/werknemer document is refused. Partials
      and parents resolve in the template's own folder (or --templates) first, then in the
      built-in templates, as when rendering. `dossier render` runs the same check first.
      Exit status: 0 all templates are fine, 1 any has a problem, 2 a path cannot be read.
      """,
    arguments: [
      ArgumentSpec(
        name: "PATH", help: "Template files or folders (searched for *.mustache).",
        isRepeating: true, isOptional: true)
    ],
    options: [
      OptionSpec(
        name: "templates", help: "Your template folder, over the defaults.", valueName: "DIR")
    ],
    examples: [
      "dossier template check", "dossier template check --templates Samples/templates",
      "dossier template check Samples/templates/uitnodiging.md.mustache",
    ],
    run: runCheck)

  static let export = CommandSpec(
    name: "export",
    abstract: "Write the built-in templates into a folder, to start your own from.",
    discussion: """
      Writes every default template (documents, package sheets, partials/, the HTML layout)
      into DIR as it is built into this program, and prints each file written. Keep only the
      files you change: with --templates DIR, every other template falls back to the built-in
      one. When a template exists already in DIR, nothing is written, unless --overwrite.
      Exit status: 0 written, 2 a file exists already or cannot be written.
      """,
    arguments: [ArgumentSpec(name: "DIR", help: "The folder to write into (made if needed).")],
    options: [
      OptionSpec(name: "overwrite", help: "Replace templates that exist already in DIR.")
    ],
    examples: [
      "dossier template export mijn-sjablonen",
      "dossier template export mijn-sjablonen --overwrite",
    ],
    run: runExport)

  @Sendable static func runRender(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let templatePath = arguments.positional("TEMPLATE"),
      let dataPath = arguments.value("data")
    else { return .unusable }
    do {
      let templateURL = console.url(templatePath)
      let source = try InputFile.readText(templateURL, shownAs: templatePath)
      let template = try Template(source, name: templatePath)
      let data = try TemplateData.load(console.url(dataPath), shownAs: dataPath)
      let root = try TemplateDirectory(
        root: arguments.value("partials").map(console.url)
          ?? templateURL.deletingLastPathComponent())
      let options = RenderOptions(isStrict: arguments.flag("strict"))
      console.output(try template.renderBytes(data, partials: root, options: options))
      return .success
    } catch let error as TemplateError {
      // The summary in the one error form, then the compiler-style location and caret.
      let location = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        .dropFirst().joined(separator: "\n")
      console.error(error.message + "\n" + location, command: arguments.command)
    } catch {
      console.error(error, command: arguments.command)
    }
    return .unusable
  }

  @Sendable static func runCheck(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let custom = arguments.value("templates")
    var paths = arguments.all("PATH")
    if paths.isEmpty, let custom { paths = [custom] }
    var checks: [TemplateToCheck] = []
    if paths.isEmpty {
      // The built-in defaults, each partial resolved among them.
      let builtIn = BuiltInTemplates.shared
      checks = builtIn.templatePaths.map { path in
        TemplateToCheck(shownAs: path, library: TemplateLibrary()) { builtIn.text(at: path) ?? "" }
      }
    }
    for path in paths {
      do {
        for file in try InputFile.templates(at: console.url(path), shownAs: path) {
          let root = try TemplateDirectory(root: custom.map(console.url) ?? file.root)
          checks.append(
            TemplateToCheck(shownAs: file.shownAs, library: TemplateLibrary(custom: root)) {
              try InputFile.readText(file.url, shownAs: file.shownAs)
            })
        }
      } catch {
        console.error(error, command: arguments.command)
        return .unusable
      }
    }
    var hasErrors = false
    for check in checks {
      do {
        let template = try Template(try check.text(), name: check.shownAs)
        let issues: [String]
        if let kind = DocumentTemplates.kind(ofTemplate: check.shownAs) {
          issues = DocumentTemplates(library: check.library).issues(of: template, kind: kind).map(
            \.description)
        } else {
          // Not a document: no context to check names against, only its partials.
          issues = template.check(against: .null, partials: check.library)
            .filter { if case .missingName = $0.reason { false } else { true } }.map(\.oneLine)
        }
        for issue in issues { console.output(issue + "\n") }
        hasErrors = hasErrors || !issues.isEmpty
      } catch let error as TemplateError {
        console.output(error.oneLine + "\n")
        hasErrors = true
      } catch {
        console.error(error, command: arguments.command)
        return .unusable
      }
    }
    return hasErrors ? .findings : .success
  }

  @Sendable static func runExport(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let folder = arguments.positional("DIR") else { return .unusable }
    do throws(TemplateExportError) {
      let written = try BuiltInTemplates.shared.export(
        to: console.url(folder), replacing: arguments.flag("overwrite"))
      console.output(written.map { prefix(folder) + $0 + "\n" }.joined())
      return .success
    } catch {
      switch error {
      case .wouldReplace(let existing):
        let shown = existing.prefix(3).map { prefix(folder) + $0 }.joined(separator: ", ")
        let more = existing.count > 3 ? " and \(existing.count - 3) more" : ""
        console.error(
          "dossier template export: \(shown)\(more) exist already; nothing written. "
            + "Give --overwrite to replace them, or choose an empty folder.")
      case .notAFolder:
        console.error("dossier template export: \(folder) is not a folder")
      case .unwritable(let path, let reason):
        console.error(
          "dossier template export: \(prefix(folder) + path) cannot be written: \(reason)")
      }
    }
    return .unusable
  }
}

/// `DIR/` as the user wrote `DIR`, to show the files under it.
private func prefix(_ folder: String) -> String {
  folder.hasSuffix("/") ? folder : folder + "/"
}

/// One template `template check` reads: its name as shown, where its partials resolve, and
/// how to get its text (a file, or a built-in template).
private struct TemplateToCheck {
  var shownAs: String
  var library: TemplateLibrary
  var text: () throws -> String
}
