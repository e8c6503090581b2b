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
      OptionSpec(name: "data", help: "The JSON data to render.", valueName: "FILE", isRequired: true),
      OptionSpec(name: "partials", help: "The template root for partials and parents.", valueName: "DIR"),
      OptionSpec(name: "strict", help: "A name or partial that resolves to nothing is an error."),
    ],
    examples: [
      "dossier template render brief.md.mustache --data brief.json --strict",
      "dossier template render Templates/plan-van-aanpak.html.mustache --data pva.json --partials Templates",
    ],
    run: runRender)

  static let check = CommandSpec(
    name: "check",
    abstract: "Parse every template under the given paths and report each error.",
    discussion: """
      Prints each error as file:line:column: message, including partials and parents that the
      template's folder (or --templates) does not hold.
      Exit status: 0 all templates are fine, 1 any has an error, 2 a path cannot be read.
      """,
    arguments: [ArgumentSpec(name: "PATH", help: "Template files or folders (searched for *.mustache).", isRepeating: true)],
    options: [OptionSpec(name: "templates", help: "The template root partials resolve in.", valueName: "DIR")],
    examples: ["dossier template check Templates", "dossier template check mijn-sjablonen/brief.md.mustache"],
    run: runCheck)

  @Sendable static func runRender(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let templatePath = arguments.positional("TEMPLATE"), let dataPath = arguments.value("data")
    else { return .unusable }
    do {
      let templateURL = console.url(templatePath)
      let source = try InputFile.readText(templateURL, shownAs: templatePath)
      let template = try Template(source, name: templatePath)
      let data = try TemplateData.load(console.url(dataPath), shownAs: dataPath)
      let root = try TemplateDirectory(
        root: arguments.value("partials").map(console.url) ?? templateURL.deletingLastPathComponent())
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
    var hasErrors = false
    for path in arguments.all("PATH") {
      let url = console.url(path)
      let files: [(url: URL, shownAs: String, root: URL)]
      do {
        files = try InputFile.templates(at: url, shownAs: path)
      } catch {
        console.error("dossier: \(error)")
        return .unusable
      }
      for file in files {
        let root = arguments.value("templates").map(console.url) ?? file.root
        do {
          let source = try InputFile.readText(file.url, shownAs: file.shownAs)
          let template = try Template(source, name: file.shownAs)
          let missing = template.check(against: .null, partials: try TemplateDirectory(root: root))
            .filter { if case .missingName = $0.reason { false } else { true } }
          for error in missing {
            console.output(error.oneLine + "\n")
            hasErrors = true
          }
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
