/// Where partials (`{{>name}}`) and parents (`{{<name}}`) come from: a template root.
///
/// A resolver answers only for names inside its root; ``TemplateName/refusal(for:)`` says
/// which names it must refuse before looking.
public protocol TemplateResolver: Sendable {
  /// The template a partial or parent tag names, or nil when the root holds none.
  ///
  /// - Parameters:
  ///   - name: The name as written in the tag (`voettekst`, `layout/huis`).
  ///   - format: The format of the document being rendered, to prefer `name.<ext>.mustache`.
  /// - Throws: `TemplateError` when the name is refused or the template cannot be compiled.
  func template(named name: String, format: OutputFormat) throws(TemplateError) -> Template?
}

/// Checks on partial and parent names that keep resolution inside the template root.
public enum TemplateName {
  /// Why `name` may not be resolved, or nil when it may.
  public static func refusal(for name: String) -> String? {
    if name.isEmpty { return "the name is empty" }
    if name.hasPrefix("/") { return "an absolute path leaves the template root" }
    if name.contains("\\") { return "backslashes are not allowed in template names" }
    if name.utf8.contains(0) { return "NUL is not allowed in template names" }
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    if components.contains("..") { return "\"..\" leads out of the template root" }
    if components.contains("") { return "empty path component" }
    return nil
  }

  /// File names to try for `name`, most specific first: `name`, `name.<ext>.mustache`,
  /// `name.mustache`.
  public static func candidates(for name: String, format: OutputFormat) -> [String] {
    if name.hasSuffix(".mustache") { return [name] }
    return [name, "\(name).\(format.fileExtension).mustache", "\(name).mustache"]
  }
}

/// An in-memory template root: compiled templates by name.
public struct TemplateSet: TemplateResolver {
  public private(set) var templates: [String: Template]

  public init(_ templates: [Template] = []) {
    self.templates = Dictionary(
      templates.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// Compiles each source under its name.
  public init(sources: [String: String]) throws(TemplateError) {
    var compiled: [Template] = []
    for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
      compiled.append(try Template(source, name: name))
    }
    self.init(compiled)
  }

  public mutating func insert(_ template: Template) {
    templates[template.name] = template
  }

  public func template(named name: String, format: OutputFormat) throws(TemplateError) -> Template?
  {
    for candidate in TemplateName.candidates(for: name, format: format) {
      if let template = templates[candidate] { return template }
    }
    return nil
  }
}
