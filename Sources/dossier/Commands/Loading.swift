import DossierKit
import Foundation

/// Shared steps of commands that read the project's folders.
enum Loading {
  /// The built-in templates, with a user's folder layered over them when given.
  static func templateLibrary(_ customPath: String?, console: Console) throws -> TemplateLibrary {
    let custom = try customPath.map { try TemplateDirectory(root: console.url($0)) }
    return TemplateLibrary(custom: custom)
  }

  /// The document templates for `render` and `bundle`, checked against their documents first:
  /// nil, with every problem printed, when they cannot be loaded or do not match.
  static func checkedDocumentTemplates(
    _ arguments: ParsedArguments, console: Console, refusing outcome: String
  ) -> DocumentTemplates? {
    let templates: DocumentTemplates
    do {
      templates = DocumentTemplates(
        library: try templateLibrary(arguments.value("templates"), console: console))
    } catch {
      console.error(error, command: arguments.command)
      return nil
    }
    let issues = templates.issues()
    guard issues.isEmpty else {
      for issue in issues { console.error(issue.description) }
      console.error(
        "\(issues.count) template problem(s); \(outcome) (see `dossier template check`)",
        command: arguments.command)
      return nil
    }
    return templates
  }
}
