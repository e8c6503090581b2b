public import Foundation
public import Poortwachter

/// Where a case's catalog may come from: the folder a case names its catalog in
/// (`pakket.catalogus`) is confined to a catalog root, as templates are to theirs.
///
/// A case file is data, often from someone else; without a root, `"catalogus": "/etc/passwd"`
/// would have the tool read any file on the machine. The path stays relative to the case
/// file's folder (so `../packages/x.json` keeps working beside a folder of catalogs) and must
/// resolve, symbolic links followed, inside the root: by default the case file's own folder,
/// or a folder the user names (`--catalogs DIR`).
public struct CatalogRoot: Sendable {
  /// The root, and how to show it in messages (the path as the user gave it).
  public let folder: URL
  public let shownAs: String

  public init(folder: URL, shownAs: String) {
    self.folder = folder
    self.shownAs = shownAs
  }

  /// The catalog file a case names, with the path to show for it.
  ///
  /// - Parameters:
  ///   - caseFile: The case file, to resolve the relative path from.
  ///   - caseShownAs: The case file as the user wrote it, to show the catalog's path.
  /// - Throws: `CatalogPathError` for an empty or absolute path, or one that leads outside
  ///   the root.
  public func catalog(of pakket: PakketKeuze, caseFile: URL, caseShownAs: String)
    throws(CatalogPathError) -> (url: URL, shownAs: String)
  {
    let name = pakket.catalogus
    guard !name.isEmpty else { throw CatalogPathError(value: name, problem: .empty) }
    guard !name.hasPrefix("/"), !name.hasPrefix("~"), !name.contains("\\"),
      !(name.count >= 2 && name.dropFirst().first == ":")
    else { throw CatalogPathError(value: name, problem: .absolute) }
    let url = caseFile.deletingLastPathComponent().appendingPathComponent(name)
    let rootPath = folder.standardizedFileURL.resolvingSymlinksInPath().path
    let inside = { (path: String) in path == rootPath || path.hasPrefix(rootPath + "/") }
    guard inside(url.standardizedFileURL.path),
      inside(url.standardizedFileURL.resolvingSymlinksInPath().path)
    else { throw CatalogPathError(value: name, problem: .outsideRoot(shownAs)) }
    let folderShown = caseShownAs.lastIndex(of: "/").map { String(caseShownAs[...$0]) } ?? ""
    return (url, folderShown + name)
  }
}

/// A `pakket.catalogus` the tool will not follow.
public struct CatalogPathError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Problem: Sendable, Equatable {
    case empty
    case absolute
    /// The path leads out of the catalog root, shown as the user gave it.
    case outsideRoot(String)
  }

  public var value: String
  public var problem: Problem

  /// The JSON path of the field, for the message.
  public static let jsonPath = "$.pakket.catalogus"

  public var description: String {
    let hint =
      "name the catalog relative to the case file's folder, inside the catalog root (the case file's folder, or --catalogs DIR)"
    switch problem {
    case .empty:
      return "\(Self.jsonPath): is empty; \(hint)"
    case .absolute:
      return "\(Self.jsonPath): \"\(value)\" is an absolute path; \(hint)"
    case .outsideRoot(let root):
      return
        "\(Self.jsonPath): \"\(value)\" leads outside the catalog root \(root); \(hint)"
    }
  }
}
