public import Foundation
public import Templating

/// The templates documents render with: a user's own folder first, the defaults after it.
///
/// A user's folder need only hold the templates it changes; every other name falls back to
/// the default `Templates/` folder. Both are confined to their root.
public struct TemplateLibrary: TemplateResolver {
  public let folders: [TemplateDirectory]

  /// - Parameters:
  ///   - custom: A user's template folder (`--templates DIR`), searched first.
  ///   - defaults: The default templates.
  public init(custom: TemplateDirectory? = nil, defaults: TemplateDirectory) {
    folders = (custom.map { [$0] } ?? []) + [defaults]
  }

  public func template(named name: String, format: OutputFormat) throws(TemplateError) -> Template?
  {
    for folder in folders {
      if let found = try folder.template(named: name, format: format) { return found }
    }
    return nil
  }

  /// The document template at a relative path, from the first folder that has it.
  public func load(_ relativePath: String) throws(TemplateError) -> Template? {
    for folder in folders {
      if let found = try folder.load(relativePath) { return found }
    }
    return nil
  }

  /// The default template folder: `Templates/` in the current folder, else the one in the
  /// source checkout this binary was built from.
  public static func defaultFolder(currentDirectory: URL) -> URL {
    let local = currentDirectory.appendingPathComponent("Templates")
    if FileManager.default.fileExists(
      atPath: local.appendingPathComponent("layout.html.mustache").path)
    {
      return local
    }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Templates")
  }
}
