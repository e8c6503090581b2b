public import Templating

/// A root of templates addressed by relative path: a folder on disk (`TemplateDirectory`) or
/// the templates built into the program (`BuiltInTemplates`).
public protocol TemplateSource: TemplateResolver {
  /// The template at `relativePath` (`plan-van-aanpak.md.mustache`), compiled, or nil when the
  /// root holds none.
  ///
  /// - Throws: `TemplateError` when the template cannot be read or compiled.
  func load(_ relativePath: String) throws(TemplateError) -> Template?
}
