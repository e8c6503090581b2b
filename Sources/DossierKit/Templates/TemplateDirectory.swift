public import Foundation
import Synchronization
public import Templating

/// A template root on disk: partials and parents resolve to files under `root` only.
///
/// Names with `..`, absolute paths, and files whose symbolic links lead out of the root are
/// refused with a `TemplateError`. Compiled templates are cached, so a directory can serve
/// many renders on many threads.
public final class TemplateDirectory: TemplateSource {
  /// The root as given, and as resolved through symbolic links.
  public let root: URL
  private let resolvedRoot: String
  private let cache = Mutex<[String: Template]>([:])

  /// - Throws: `TemplateDirectoryError` when `root` is not a readable directory.
  public init(root: URL) throws(TemplateDirectoryError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
      throw .notFound(root.path)
    }
    guard isDirectory.boolValue else { throw .notADirectory(root.path) }
    self.root = root
    self.resolvedRoot = root.standardizedFileURL.resolvingSymlinksInPath().path
  }

  public func template(named name: String, format: OutputFormat) throws(TemplateError) -> Template?
  {
    if let why = TemplateName.refusal(for: name) {
      throw TemplateError(
        templateName: name, line: 1, column: 1, excerpt: "",
        reason: .refusedTemplateName(name, why: why))
    }
    for candidate in TemplateName.candidates(for: name, format: format) {
      if let template = try load(candidate) { return template }
    }
    return nil
  }

  /// The template at `relativePath` under the root, compiled, or nil if there is no such file.
  public func load(_ relativePath: String) throws(TemplateError) -> Template? {
    if let cached = cache.withLock({ $0[relativePath] }) { return cached }
    let url = root.appendingPathComponent(relativePath)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else { return nil }
    let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
    guard resolved.hasPrefix(resolvedRoot + "/") else {
      throw TemplateError(
        templateName: relativePath, line: 1, column: 1, excerpt: "",
        reason: .refusedTemplateName(
          relativePath, why: "a symbolic link leads out of the template root"))
    }
    let source: String
    do {
      source = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw TemplateError(
        templateName: relativePath, line: 1, column: 1, excerpt: "",
        reason: .unreadable("\(url.path) is not readable UTF-8 text"))
    }
    let template = try Template(source, name: relativePath)
    cache.withLock { $0[relativePath] = template }
    return template
  }

  /// Every `*.mustache` file under the root, as sorted relative paths.
  public func templatePaths() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
      if path.hasSuffix(".mustache") { paths.append(path) }
    }
    return paths.sorted()
  }
}

/// A template folder that cannot be used.
public enum TemplateDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(String)
  case notADirectory(String)

  public var description: String {
    switch self {
    case .notFound(let path): "template folder \(path) does not exist"
    case .notADirectory(let path): "\(path) is not a folder; expected a folder of templates"
    }
  }
}
