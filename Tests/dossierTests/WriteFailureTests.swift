import Foundation
import Testing

private let caseFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Samples/cases/02-week-10-pa-en-pva.json")

/// Output that cannot be delivered: the built executable with its standard output on a full
/// device, closed, or on a pipe whose reader went away. Never a trap or a backtrace.
@Suite struct WriteFailureTests {
  struct Ended {
    var status: Int32
    var reason: Process.TerminationReason
    var error: String
  }

  /// Runs `command` (the executable is `$0` in it) under /bin/sh, standard error captured.
  func runShell(_ command: String, _ words: [String]) throws -> Ended {
    let executable = try #require(dossierExecutable(), "the dossier executable is not built")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command, executable.path] + words
    let error = Pipe()
    process.standardError = error
    try process.run()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Ended(
      status: process.terminationStatus, reason: process.terminationReason,
      error: String(decoding: errorData, as: UTF8.self))
  }

  @Test func aFullDeviceEndsWithOneLineAndStatus2() throws {
    let ended = try runShell(#"exec "$0" "$@" > /dev/full"#, ["timeline", caseFile.path])
    #expect(ended.reason == .exit)
    #expect(ended.status == 2)
    #expect(ended.error == "dossier: cannot write to standard output: No space left on device\n")
  }

  @Test func aClosedStandardOutputEndsWithOneLineAndStatus2() throws {
    let ended = try runShell(#"exec "$0" "$@" >&-"#, ["timeline", caseFile.path])
    #expect(ended.reason == .exit)
    #expect(ended.status == 2)
    #expect(ended.error == "dossier: cannot write to standard output: it is closed\n")
  }

  @Test func aClosedStandardOutputIsNoErrorForACommandThatDoesNotWriteToIt() throws {
    // A usage error writes to standard error alone.
    let ended = try runShell(#"exec "$0" "$@" >&-"#, ["timeline"])
    #expect(ended.reason == .exit)
    #expect(ended.status == 2)
    #expect(!ended.error.contains("cannot write"))
    #expect(ended.error.contains("timeline"))
  }

  /// Both as a shell starts it and with SIGPIPE ignored, as some CI runners and process
  /// managers start their children (then every write sees `EPIPE`).
  @Test(arguments: ["", "trap '' PIPE; "])
  func aReaderThatGoesAwayEndsItQuietlyWith141(prefix: String) throws {
    // 2 MB of output, far more than a pipe holds, so the writer is still writing when the
    // reader has gone, whatever the timing.
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let items = Array(repeating: "\"regel met tekst\"", count: 150_000).joined(separator: ",")
    try Data(#"{"items":[\#(items)]}"#.utf8).write(to: folder.appendingPathComponent("d.json"))
    try Data("{{#items}}{{.}}\n{{/items}}".utf8).write(
      to: folder.appendingPathComponent("t.txt.mustache"))
    let status = folder.appendingPathComponent("status")
    // `head -c 1` reads one byte and exits, as `| head` does; the subshell records the
    // executable's own status.
    let ended = try runShell(
      prefix + #"{ "$0" "$@"; echo $? > "\#(status.path)"; } | head -c 1 > /dev/null"#,
      [
        "template", "render", folder.appendingPathComponent("t.txt.mustache").path, "--data",
        folder.appendingPathComponent("d.json").path,
      ])
    #expect(ended.status == 0)
    #expect(ended.error == "")
    let recorded = try String(contentsOf: status, encoding: .utf8)
    #expect(recorded == "141\n")
  }
}
