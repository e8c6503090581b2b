import DossierKit
import Foundation

/// Shared steps of commands that read the project's folders.
enum Loading {
  /// The built-in templates, with a user's folder layered over them when given.
  static func templateLibrary(_ customPath: String?, console: Console) throws -> TemplateLibrary {
    let custom = try customPath.map { try TemplateDirectory(root: console.url($0)) }
    return TemplateLibrary(custom: custom)
  }
}
