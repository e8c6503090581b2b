import Foundation

/// Where a command writes: standard output gets exactly the bytes a command produces,
/// standard error gets messages. Tests pass sinks that capture both.
struct Console: Sendable {
  var writeOutput: @Sendable (Data) -> Void
  var writeError: @Sendable (Data) -> Void
  /// The folder relative paths are read from.
  var currentDirectory: URL

  static var standard: Console {
    Console(
      writeOutput: { StandardStream.output.write($0) },
      writeError: { StandardStream.error.write($0) },
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
  }

  func output(_ text: String) { writeOutput(Data(text.utf8)) }
  func output(_ bytes: [UInt8]) { writeOutput(Data(bytes)) }
  func error(_ text: String) { writeError(Data((text.hasSuffix("\n") ? text : text + "\n").utf8)) }

  func url(_ path: String) -> URL {
    path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
  }
}

/// The exit statuses, named once: 0 all well, 1 findings, 2 unusable input or usage.
enum ExitCode: Int32, Sendable {
  case success = 0
  case findings = 1
  case unusable = 2
}
