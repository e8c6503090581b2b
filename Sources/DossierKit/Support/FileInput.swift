public import Foundation

/// Reading a user's file, with the reason it cannot be read in words that name the path as
/// the user wrote it: one place for every command and sample producer.
public enum FileInput {
  /// The file's bytes.
  ///
  /// - Throws: `FileInputError` for a missing file, a folder, or a file that cannot be read.
  public static func read(_ url: URL, shownAs path: String) throws(FileInputError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw FileInputError(path: path, problem: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw FileInputError(path: path, problem: "is a folder; expected a file")
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw FileInputError(path: path, problem: "cannot be read")
    }
    return data
  }
}

/// A file that cannot be read: `path: problem`.
public struct FileInputError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problem: String
  public var description: String { "\(path): \(problem)" }
}
