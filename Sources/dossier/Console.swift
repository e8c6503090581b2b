import Foundation
import Poortwachter

/// Where a command writes: standard output gets exactly the bytes a command produces,
/// standard error gets messages. Tests pass sinks that capture both.
struct Console: Sendable {
  var writeOutput: @Sendable (Data) -> Void
  var writeError: @Sendable (Data) -> Void
  /// The folder relative paths are read from.
  var currentDirectory: URL
  /// The environment the command sees (`PATH`, `DOSSIER_CHROMIUM`); tests pass their own.
  var environment: [String: String] = ProcessInfo.processInfo.environment

  static var standard: Console {
    Console(
      writeOutput: { StandardStream.output.write($0) },
      writeError: { StandardStream.error.write($0) },
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
  }

  func output(_ text: String) { writeOutput(Data(text.utf8)) }
  /// A document's bytes, handed over a megabyte at a time so that printing a huge document
  /// costs no copy of it.
  func output(_ bytes: [UInt8]) {
    for start in stride(from: 0, to: bytes.count, by: 1 << 20) {
      writeOutput(Data(bytes[start..<min(start + (1 << 20), bytes.count)]))
    }
  }
  /// A message line: control characters from the input (an ESC in a file name or a key) are
  /// shown as `<U+001B>`, never sent to the terminal.
  func error(_ text: String) {
    let visible = Referentie.visibleControlCharacters(text)
    writeError(Data((visible.hasSuffix("\n") ? visible : visible + "\n").utf8))
  }

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
