import Foundation
public import Templating

/// The output formats a document is rendered in.
public enum DocumentFormat: String, CaseIterable, Sendable {
  case markdown = "md"
  case html

  public var fileExtension: String { rawValue }
}

/// A problem a template author must fix, at `file:line:column`.
public struct TemplateIssue: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "\(file):\(line):\(column): \(message)" }

  init(_ error: TemplateError, medical: Bool = false) {
    file = error.templateName
    line = error.line
    column = error.column
    if medical, case .missingName(let name, _) = error.reason {
      message =
        "\"\(name)\" is a medical field; a werkgever/werknemer document cannot show medical data (POORTWACHTER.md §6, AP beleidsregels)"
    } else {
      message = error.message
    }
  }
}

/// Finds and checks the templates of the document kinds: every name a template refers to must
/// exist in its kind's context, so rendering can never leave a field silently blank.
public struct DocumentTemplates: Sendable {
  public let library: TemplateLibrary

  public init(library: TemplateLibrary) {
    self.library = library
  }

  public static func fileName(_ kind: DocumentKind, _ format: DocumentFormat) -> String {
    "\(kind.templateName).\(format.fileExtension).mustache"
  }

  /// The kind a template file is for, from its name (`plan-van-aanpak.html.mustache`).
  public static func kind(ofTemplate path: String) -> DocumentKind? {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    guard let base = file.split(separator: ".").first, !path.contains("partials/") else {
      return nil
    }
    return DocumentKind(rawValue: String(base))
  }

  /// The compiled template of a kind, or a located error.
  public func template(_ kind: DocumentKind, _ format: DocumentFormat) throws(TemplateError)
    -> Template
  {
    let name = Self.fileName(kind, format)
    guard let template = try library.load(name) else {
      throw TemplateError(
        templateName: name, line: 1, column: 1, excerpt: "", reason: .missingTemplate(name))
    }
    return template
  }

  /// Every issue of one document template: its names against the kind's model, its partials
  /// and parents, and medical references refused.
  public func issues(of template: Template, kind: DocumentKind) -> [TemplateIssue] {
    let model: TemplateValue
    do {
      model = try kind.model()
    } catch {
      return [
        TemplateIssue(
          TemplateError(
            templateName: template.name, line: 1, column: 1, excerpt: "",
            reason: .unreadable("\(error)")))
      ]
    }
    return template.check(against: model, partials: library).map { error in
      guard kind.audience == .werkgeverEnWerknemer, case .missingName(let name, _) = error.reason
      else { return TemplateIssue(error) }
      let segments = name.lowercased().split(separator: ".").map(String.init)
      return TemplateIssue(
        error, medical: segments.contains { DocumentKind.medicalNames.contains($0) })
    }
  }

  /// The issues of every kind in every format: what `dossier render` checks before it renders.
  public func issues() -> [TemplateIssue] {
    var issues: [TemplateIssue] = []
    for kind in DocumentKind.allCases {
      for format in DocumentFormat.allCases {
        do {
          issues += self.issues(of: try template(kind, format), kind: kind)
        } catch {
          issues.append(TemplateIssue(error))
        }
      }
    }
    return issues
  }
}
