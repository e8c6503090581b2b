import DossierKit
import Foundation
import Templating

/// Reading the user's files, with errors that name the path as the user wrote it.
enum InputFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func readData(_ url: URL, shownAs path: String) throws -> Data {
    try FileInput.read(url, shownAs: path)
  }

  static func readText(_ url: URL, shownAs path: String) throws -> String {
    guard let text = String(data: try readData(url, shownAs: path), encoding: .utf8) else {
      throw Failure(description: "\(path): is not UTF-8 text")
    }
    return text
  }

  /// The template files at a path: the file itself, or every `*.mustache` under a folder,
  /// sorted, each with the root its partials resolve in.
  static func templates(at url: URL, shownAs path: String) throws -> [(
    url: URL, shownAs: String, root: URL
  )] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw Failure(description: "\(path): no such file or folder")
    }
    guard isDirectory.boolValue else { return [(url, path, url.deletingLastPathComponent())] }
    let directory = try TemplateDirectory(root: url)
    return directory.templatePaths().map { relative in
      (
        url.appendingPathComponent(relative),
        path.hasSuffix("/") ? path + relative : path + "/" + relative, url
      )
    }
  }
}
