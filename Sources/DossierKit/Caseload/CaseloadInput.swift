public import Foundation
public import Poortwachter
import StrictJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    // The same file named twice (directly and through its folder) is read once; keys are
    // standardized paths, built from the folder's for its files (no URL work per file).
    func add(_ key: String, _ shownAs: String) {
      guard seen.insert(key).inserted else { return }
      result.append(
        .success(File(url: URL(fileURLWithPath: key, isDirectory: false), shownAs: shownAs)))
    }
    for (url, shown) in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        result.append(
          .failure(Unreadable(bestand: shown, fout: "\(shown): no such file or folder")))
        continue
      }
      let base = url.standardizedFileURL.path
      guard isDirectory.boolValue else {
        add(base, shown)
        continue
      }
      let prefix = shown.hasSuffix("/") ? shown : shown + "/"
      for relative in jsonFiles(under: url) {
        add(base + "/" + relative, prefix + relative)
      }
    }
    return result
  }

  /// `*.json` below a folder, relative and sorted by path; dot-files and dot-folders left out,
  /// symbolic links to files followed, to folders not (no cycles).
  ///
  /// `readdir` with the entry's type, not `FileManager`'s enumerator: finding 10,000 files is
  /// the serial part of a caseload, and the enumerator asks the file system twice per file.
  static func jsonFiles(under folder: URL) -> [String] {
    var paths: [String] = []
    var pending = [""]
    while let relative = pending.popLast() {
      let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
      guard let directory = opendir(path) else { continue }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafePointer(to: &entry.pointee.d_name) {
          String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        }
        guard !name.hasPrefix(".") else { continue }
        let child = relative.isEmpty ? name : relative + "/" + name
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): pending.append(child)
        case Int32(DT_REG): if name.hasSuffix(".json") { paths.append(child) }
        default:
          // A link or a file system that does not say: ask, following the link.
          var isDirectory: ObjCBool = false
          guard name.hasSuffix(".json"),
            FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory),
            !isDirectory.boolValue
          else { continue }
          paths.append(child)
        }
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
