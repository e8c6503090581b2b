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
    let builtIn = BuiltInTemplates.shared
    if paths.isEmpty {
      // The built-in defaults, each partial resolved among them.
      checks = builtIn.templatePaths.map { path in
        TemplateToCheck(shownAs: path, library: TemplateLibrary(), root: nil) {
          builtIn.text(at: path) ?? ""
        }
      }
    }
    for path in paths {
      do {
        for file in try InputFile.templates(at: console.url(path), shownAs: path) {
          let rootURL = custom.map(console.url) ?? file.root
          let rootShown = custom ?? Self.folder(of: file.shownAs)
          checks.append(
            TemplateToCheck(
              shownAs: file.shownAs,
              library: TemplateLibrary(custom: try TemplateDirectory(root: rootURL)),
              root: (rootURL, rootShown)
            ) { try InputFile.readText(file.url, shownAs: file.shownAs) })
        }
      } catch {
        console.error(error, command: arguments.command)
        return .unusable
      }
    }
    // A folder given with --templates changes the documents it does not hold too, through
    // the partials and parents they include from it: check those as `render` would.
    if let custom, arguments.all("PATH").isEmpty {
      do {
        let folder = console.url(custom)
        let library = TemplateLibrary(custom: try TemplateDirectory(root: folder))
        for kind in DocumentKind.allCases {
          for format in DocumentFormat.allCases {
            let name = DocumentTemplates.fileName(kind, format)
            guard
              !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
            else { continue }
            checks.append(
              TemplateToCheck(shownAs: name, library: library, root: (folder, custom)) {
                builtIn.text(at: name) ?? ""
              })
          }
        }
      } catch {
        console.error(error, command: arguments.command)
        return .unusable
      }
    }
    var problems: [String] = []
    for check in checks {
      do {
        let template = try Template(try check.text(), name: check.shownAs)
        let issues: [(file: String, rest: String)]
        if let kind = DocumentTemplates.kind(ofTemplate: check.shownAs) {
          issues = DocumentTemplates(library: check.library).issues(of: template, kind: kind).map {
            ($0.file, "\($0.line):\($0.column): \($0.message)")
          }
        } else {
          // Not a document: no context to check names against, only its partials.
          issues = template.check(against: .null, partials: check.library)
            .filter { if case .missingName = $0.reason { false } else { true } }
            .map { ($0.templateName, "\($0.line):\($0.column): \($0.message)") }
        }
        for issue in issues {
          let line = check.shown(issue.file) + ":" + issue.rest
          // A partial several documents include is reported once.
          if !problems.contains(line) { problems.append(line) }
        }
      } catch let error as TemplateError {
        let line =
          check.shown(error.templateName) + ":\(error.line):\(error.column): \(error.message)"
        if !problems.contains(line) { problems.append(line) }
      } catch {
        console.error(error, command: arguments.command)
        return .unusable
      }
    }
    for problem in problems { console.outputText(problem + "\n") }
    console.error(
      "templates: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(checks.count) file\(checks.count == 1 ? "" : "s")"
    )
    return problems.isEmpty ? .success : .findings
  }

  /// `mijn-sjablonen/brief.md.mustache` → `mijn-sjablonen`; a bare file name → `.`.
  private static func folder(of shownPath: String) -> String {
    shownPath.lastIndex(of: "/").map { String(shownPath[..<$0]) } ?? "."
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
          "\(shown)\(more) exist already; nothing written. "
            + "Give --overwrite to replace them, or choose an empty folder.",
          command: arguments.command)
      case .notAFolder:
        console.error("\(folder) is not a folder", command: arguments.command)
      case .unwritable(let path, let reason):
        console.error(
          "\(prefix(folder) + path) cannot be written: \(reason)", command: arguments.command)
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
  /// The user's folder its partials come from first, and how to show it.
  var root: (url: URL, shownAs: String)?
  var text: () throws -> String

  /// A template name of a problem, with the folder it comes from: a partial the user's
  /// folder holds is shown under that folder (`mijn-sjablonen/partials/x.md.mustache`), so a
  /// problem is never mistaken for one in the built-in template of the same name.
  func shown(_ name: String) -> String {
    guard name != shownAs, let root,
      FileManager.default.fileExists(atPath: root.url.appendingPathComponent(name).path)
    else { return name }
    return root.shownAs == "."
      ? name : (root.shownAs.hasSuffix("/") ? root.shownAs : root.shownAs + "/") + name
  }
}
