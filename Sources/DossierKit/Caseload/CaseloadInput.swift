public import Foundation
public import Poortwachter
import StrictJSON

/// The case files of a caseload: files as given, folders searched recursively for `*.json`.
///
/// A folder of cases often holds other JSON (package catalogs, quote requests, exports): a file
/// whose top level is not an object with the keys every case has is skipped with a note. A
/// file that looks like a case but cannot be read is an error with its place, so a typo never
/// turns a case into a skipped file silently.
public enum CaseloadInput {
  /// One file to read: where it is and how the user named it.
  public struct File: Sendable, Equatable {
    public var url: URL
    public var shownAs: String

    public init(url: URL, shownAs: String) {
      self.url = url
      self.shownAs = shownAs
    }
  }

  /// A JSON file that is not a case, and why it was taken for something else.
  public struct Skipped: Sendable, Equatable, Encodable {
    public var bestand: String
    public var reden: String

    public init(bestand: String, reden: String) {
      self.bestand = bestand
      self.reden = reden
    }
  }

  /// A file that cannot be used: `file:line:column: $.path: what`.
  public struct Unreadable: Error, Sendable, Equatable, Encodable, CustomStringConvertible {
    public var bestand: String
    public var fout: String
    public var description: String { fout }

    public init(bestand: String, fout: String) {
      self.bestand = bestand
      self.fout = fout
    }
  }

  /// What reading one file gave.
  public enum Outcome: Sendable {
    case dossier(Verzuimdossier)
    case skipped(Skipped)
    case unreadable(Unreadable)
  }

  /// The keys that make a JSON object a case file (both are required in a case).
  static let caseKeys: Set<String> = ["verzuimperiodes", "werknemer"]

  /// The files under `paths`: a file as given, a folder's `*.json` files recursively in sorted
  /// order (hidden files and folders left out); each file once, in the order first met.
  ///
  /// A path that does not exist is returned as unreadable, in its place among the files.
  public static func files(_ paths: [(url: URL, shownAs: String)]) -> [Result<File, Unreadable>] {
    var seen: Set<String> = []
    var result: [Result<File, Unreadable>] = []
    func add(_ file: File) {
      let key = file.url.standardizedFileURL.path
      if seen.insert(key).inserted { result.append(.success(file)) }
    }
    for (url, shown) in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        result.append(
          .failure(Unreadable(bestand: shown, fout: "\(shown): no such file or folder")))
        continue
      }
      guard isDirectory.boolValue else {
        add(File(url: url, shownAs: shown))
        continue
      }
      for relative in jsonFiles(under: url) {
        add(
          File(
            url: url.appendingPathComponent(relative),
            shownAs: shown.hasSuffix("/") ? shown + relative : shown + "/" + relative))
      }
    }
    return result
  }

  /// `*.json` below a folder, relative and sorted by path; dot-files and dot-folders left out.
  static func jsonFiles(under folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
      guard path.hasSuffix(".json"),
        !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
      else { continue }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        paths.append(path)
      }
    }
    return paths.sorted()
  }

  /// Reads one file: a case, a JSON file that is not one, or the located reason it is unusable.
  public static func read(_ file: File) -> Outcome {
    let data: Data
    do {
      data = try FileInput.read(file.url, shownAs: file.shownAs)
    } catch {
      return .unreadable(Unreadable(bestand: file.shownAs, fout: error.description))
    }
    return read(data, shownAs: file.shownAs)
  }

  /// Parses once, looks at the top level, then decodes the parsed tree strictly.
  public static func read(_ data: Data, shownAs: String) -> Outcome {
    do {
      let root = try JSONParser.parse(data)
      guard case .object(let members) = root.value else {
        return .skipped(Skipped(bestand: shownAs, reden: "not a case file (not a JSON object)"))
      }
      guard members.contains(where: { caseKeys.contains($0.key) }) else {
        return .skipped(
          Skipped(
            bestand: shownAs,
            reden: "not a case file (no \"verzuimperiodes\" or \"werknemer\")"))
      }
      return .dossier(try StrictJSONDecoder().decode(Verzuimdossier.self, from: root))
    } catch {
      return .unreadable(Unreadable(bestand: shownAs, fout: "\(shownAs):\(error.description)"))
    }
  }
}
