import DossierKit
import Foundation
import Templating

/// `dossier template render` and `dossier template check`, for people who write templates.
enum TemplateCommands {
  static let group = CommandSpec(
    name: "template", abstract: "Render or check Mustache templates.",
    subcommands: [render, check])

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
      Parses every template under the paths (default: the template folder, Templates/, or
      --templates DIR over the defaults) and prints each problem as file:line:column: message.
      A document template (plan-van-aanpak.md.mustache, …) is also checked name by name
      against its document's context: a name the document does not have is an error with a
      did-you-mean, and a medical field in a werkgever/werknemer document is refused. Partials
      and parents resolve in the template's own folder (or --templates) first, then in the
      default templates, as when rendering. `dossier render` runs the same check first.
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
      console.error(error.description)
    } catch {
      console.error("dossier: \(error)")
    }
    return .unusable
  }

  @Sendable static func runCheck(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let defaults: TemplateDirectory
    do {
      defaults = try TemplateDirectory(
        root: TemplateLibrary.defaultFolder(currentDirectory: console.currentDirectory))
    } catch {
      console.error("dossier: \(error)")
      return .unusable
    }
    let custom = arguments.value("templates")
    var paths = arguments.all("PATH")
    if paths.isEmpty { paths = [custom ?? "Templates"] }
    var hasErrors = false
    for path in paths {
      let files: [(url: URL, shownAs: String, root: URL)]
      do {
        files = try InputFile.templates(at: console.url(path), shownAs: path)
      } catch {
        console.error("dossier: \(error)")
        return .unusable
      }
      for file in files {
        do {
          let root = try TemplateDirectory(root: custom.map(console.url) ?? file.root)
          let library = TemplateLibrary(custom: root, defaults: defaults)
          let source = try InputFile.readText(file.url, shownAs: file.shownAs)
          let template = try Template(source, name: file.shownAs)
          let issues: [String]
          if let kind = DocumentTemplates.kind(ofTemplate: file.shownAs) {
            issues = DocumentTemplates(library: library).issues(of: template, kind: kind).map(
              \.description)
          } else {
            // Not a document: no context to check names against, only its partials.
            issues = template.check(against: .null, partials: library)
              .filter { if case .missingName = $0.reason { false } else { true } }.map(\.oneLine)
          }
          for issue in issues { console.output(issue + "\n") }
          hasErrors = hasErrors || !issues.isEmpty
        } catch let error as TemplateError {
          console.output(error.oneLine + "\n")
          hasErrors = true
        } catch {
          console.error("dossier: \(error)")
          return .unusable
        }
      }
    }
    return hasErrors ? .findings : .success
  }
}
