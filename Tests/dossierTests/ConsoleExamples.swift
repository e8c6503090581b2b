import Foundation

/// One ```` ```console ```` block of a Markdown file: the commands a reader would type, each with
/// the output shown under it.
///
/// The form is cram's: a line starting with `$ ` is a command; the lines up to the next command
/// or the end of the block are its expected output, standard output and standard error as one
/// stream, as a terminal shows them. A line holding only `…` stands for any number of lines
/// (none included), so an example can show the head and tail of a long output. A shown exit
/// status is an ordinary command, `$ echo $?`, whose output is the status of the command before.
struct ConsoleExample: Sendable, CustomStringConvertible {
  struct Command: Sendable {
    /// The 1-based line of the `$ ` line in its file.
    var line: Int
    var text: String
    var expectedOutput: [String]
  }

  var file: String
  /// The 1-based line of the opening fence.
  var line: Int
  var commands: [Command]

  var description: String { "\(file):\(line)" }

  /// The line that stands for any number of output lines.
  static let elisionMarker = "…"

  /// Every console block of a Markdown text, in order.
  static func examples(inMarkdown text: String, file: String) -> [ConsoleExample] {
    var examples: [ConsoleExample] = []
    var current: ConsoleExample?
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let number = offset + 1
      if var example = current {
        if line.hasPrefix("```") {
          examples.append(example)
          current = nil
        } else if line.hasPrefix("$ ") {
          example.commands.append(
            Command(line: number, text: String(line.dropFirst(2)), expectedOutput: []))
          current = example
        } else if !example.commands.isEmpty {
          example.commands[example.commands.count - 1].expectedOutput.append(String(line))
          current = example
        }
      } else if line.trimmingCharacters(in: .whitespaces) == "```console" {
        current = ConsoleExample(file: file, line: number, commands: [])
      }
    }
    return examples
  }

  /// Whether the actual output lines match the expected ones, `…` matching any run of lines.
  static func output(_ actual: [String], matches expected: [String]) -> Bool {
    // matched[i][j]: expected[i...] matches actual[j...]; filled from the end.
    var matched = [[Bool]](
      repeating: [Bool](repeating: false, count: actual.count + 1), count: expected.count + 1)
    matched[expected.count][actual.count] = true
    for i in stride(from: expected.count - 1, through: 0, by: -1) {
      for j in stride(from: actual.count, through: 0, by: -1) {
        if expected[i] == elisionMarker {
          matched[i][j] = matched[i + 1][j] || (j < actual.count && matched[i][j + 1])
        } else {
          matched[i][j] = j < actual.count && expected[i] == actual[j] && matched[i + 1][j + 1]
        }
      }
    }
    return matched[0][0]
  }

  /// Output text as lines, without the empty line after a final newline.
  static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// A temporary copy of what the examples need (Samples/ and Templates/), with `dossier` on the
/// PATH as the built binary, so that commands run as a reader of the docs would run them.
struct ExampleSandbox {
  let folder: URL
  private let binFolder: URL

  /// The folders a docs example may read, copied from the repository.
  static let copiedFolders = ["Samples", "Templates"]

  init(repository: URL, executable: URL) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-docs-\(UUID().uuidString)")
    binFolder = folder.appendingPathComponent(".bin")
    try FileManager.default.createDirectory(at: binFolder, withIntermediateDirectories: true)
    for name in Self.copiedFolders {
      try FileManager.default.copyItem(
        at: repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    try FileManager.default.createSymbolicLink(
      at: binFolder.appendingPathComponent("dossier"), withDestinationURL: executable)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// Runs one command line with bash in the sandbox; `swift run dossier` runs the built binary.
  /// `$?` starts as `previousStatus`, so that `echo $?` shows the status of the command before.
  func run(_ command: String, previousStatus: Int32) throws -> (status: Int32, output: String) {
    let line = command.replacingOccurrences(of: "swift run dossier", with: "dossier")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", "(exit \(previousStatus)); \(line)"]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = binFolder.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
