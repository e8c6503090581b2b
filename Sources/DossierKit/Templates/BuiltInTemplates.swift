import Foundation
import Synchronization
public import Templating

/// The default templates, built into the program: a binary copied alone to another machine
/// renders with them, and `dossier template export` writes them out for a template author.
///
/// Their text lives in `BuiltInTemplates+Sources.swift`, generated from `Templates/` by
/// `swift Scripts/embed-templates.swift`; a test keeps the two identical. Names resolve as in
/// a `TemplateDirectory` (`..` and absolute paths refused), and compiled templates are
/// cached, so one value serves many renders on many threads.
public final class BuiltInTemplates: TemplateSource {
  /// The one instance a program needs: its cache is shared by every library that uses it.
  public static let shared = BuiltInTemplates()

  private let texts: [String: String]
  private let cache = Mutex<[String: Template]>([:])

  private init() {
    texts = Dictionary(
      Self.sources.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
  }

  /// Every template's path (as under `Templates/`, e.g. `partials/kop.md.mustache`), sorted.
  public var templatePaths: [String] { Self.sources.map(\.path) }

  /// The text of the template at `relativePath`, or nil when there is none.
  public func text(at relativePath: String) -> String? { texts[relativePath] }

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

  public func load(_ relativePath: String) throws(TemplateError) -> Template? {
    if let cached = cache.withLock({ $0[relativePath] }) { return cached }
    guard let text = texts[relativePath] else { return nil }
    let template = try Template(text, name: relativePath)
    cache.withLock { $0[relativePath] = template }
    return template
  }
}

extension BuiltInTemplates {
  /// The paths where `folder` (a checkout's `Templates/`) and the built-in templates differ:
  /// a template changed, added or removed since the program was built. Empty when they match.
  public func differences(from folder: TemplateDirectory) -> [String] {
    let onDisk = folder.templatePaths()
    var differing = Set(onDisk).symmetricDifference(templatePaths)
    for path in onDisk where texts[path] != nil {
      let data = FileManager.default.contents(atPath: folder.root.appendingPathComponent(path).path)
      if data.map({ Array($0) }) != texts[path].map({ Array($0.utf8) }) { differing.insert(path) }
    }
    return differing.sorted()
  }
}
