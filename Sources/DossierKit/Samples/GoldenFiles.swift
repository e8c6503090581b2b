public import Foundation

/// Committed outputs (`Samples/rendered`) compared with what rendering produces now.
///
/// `check` never writes; `update` writes atomically and lists what changed, so that the
/// change is reviewed in the diff like code.
public struct GoldenFiles: Sendable {
  /// The folder the committed outputs live in.
  public let folder: URL
  /// Whether every file of the folder is an output (`Samples/rendered`), so that one no longer
  /// produced is stale; false for a folder that holds generated files among written ones
  /// (`docs/rules.md` among the other docs).
  public let ownsFolder: Bool

  public init(folder: URL, ownsFolder: Bool = true) {
    self.folder = folder
    self.ownsFolder = ownsFolder
  }

  /// One difference between the committed outputs and the fresh ones.
  public enum Difference: Sendable, Equatable {
    /// The file's content changed; `diff` is a unified diff from committed to fresh.
    case changed(path: String, diff: String)
    /// Rendering produces a file that is not committed.
    case missing(path: String)
    /// A committed file that rendering no longer produces.
    case stale(path: String)

    public var path: String {
      switch self {
      case .changed(let path, _), .missing(let path), .stale(let path): path
      }
    }
  }

  /// Compares `fresh` (relative path → bytes) with the folder, in path order.
  public func compare(_ fresh: [String: [UInt8]]) -> [Difference] {
    let committed = Set(committedPaths())
    var differences: [Difference] = []
    let paths = ownsFolder ? Set(fresh.keys).union(committed) : Set(fresh.keys)
    for path in paths.sorted() {
      guard let bytes = fresh[path] else {
        differences.append(.stale(path: path))
        continue
      }
      guard committed.contains(path), let old = FileManager.default.contents(atPath: url(path).path)
      else {
        differences.append(.missing(path: path))
        continue
      }
      if Array(old) != bytes {
        let diff = LineDiff.unified(
          String(decoding: old, as: UTF8.self), String(decoding: bytes, as: UTF8.self),
          oldName: "a/\(folder.lastPathComponent)/\(path)",
          newName: "b/\(folder.lastPathComponent)/\(path)")
        differences.append(.changed(path: path, diff: diff))
      }
    }
    return differences
  }

  /// Makes the folder hold exactly `fresh`; returns what changed.
  ///
  /// - Throws: a file-system error; files already written stay written, each one whole.
  @discardableResult
  public func update(_ fresh: [String: [UInt8]]) throws -> [Difference] {
    let differences = compare(fresh)
    for difference in differences {
      switch difference {
      case .changed(let path, _), .missing(let path):
        try AtomicFile.write(Data(fresh[path] ?? []), to: url(path))
      case .stale(let path):
        try FileManager.default.removeItem(at: url(path))
      }
    }
    return differences
  }

  private func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

  /// Committed files, relative and sorted; dotfiles (`.editorconfig`) are not outputs.
  public func committedPaths() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory)
      let hidden = path.split(separator: "/").contains { $0.hasPrefix(".") }
      if exists && !isDirectory.boolValue && !hidden { paths.append(path) }
    }
    return paths.sorted()
  }
}
