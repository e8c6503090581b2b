public import Templating

/// The templates documents render with: a user's own folder first, the defaults after it.
///
/// A user's folder need only hold the templates it changes; every other name falls back to
/// the defaults, which are built into the program (`BuiltInTemplates`). Each source is
/// confined to its root.
public struct TemplateLibrary: TemplateResolver {
  public let sources: [any TemplateSource]

  /// - Parameters:
  ///   - custom: A user's template folder (`--templates DIR`), searched first.
  ///   - defaults: The default templates; the built-in ones unless a caller (a test, a
  ///     program with its own house style) gives others.
  public init(
    custom: TemplateDirectory? = nil, defaults: any TemplateSource = BuiltInTemplates.shared
  ) {
    sources = (custom.map { [$0] } ?? []) + [defaults]
  }

  public func template(named name: String, format: OutputFormat) throws(TemplateError) -> Template?
  {
    for source in sources {
      if let found = try source.template(named: name, format: format) { return found }
    }
    return nil
  }

  /// The document template at a relative path, from the first source that has it.
  public func load(_ relativePath: String) throws(TemplateError) -> Template? {
    for source in sources {
      if let found = try source.load(relativePath) { return found }
    }
    return nil
  }
}
