import Foundation
import Synchronization
import Testing

@testable import dossier

/// Runs the CLI in-process with captured output.
struct CapturedRun {
  var status: ExitCode
  var output: String
  var error: String
}

private final class Capture: Sendable {
  let output = Mutex(Data())
  let error = Mutex(Data())
}

func runDossier(
  _ words: [String], in directory: URL = FileManager.default.temporaryDirectory,
  environment: [String: String] = ProcessInfo.processInfo.environment
) -> CapturedRun {
  let capture = Capture()
  let console = Console(
    writeOutput: { data in capture.output.withLock { $0.append(data) } },
    writeError: { data in capture.error.withLock { $0.append(data) } },
    currentDirectory: directory, environment: environment)
  let status = DossierCLI.run(words, console: console)
  return CapturedRun(
    status: status,
    output: String(decoding: capture.output.withLock { $0 }, as: UTF8.self),
    error: String(decoding: capture.error.withLock { $0 }, as: UTF8.self))
}

/// Runs the built `dossier` executable as a process, as a user would.
func runExecutable(_ words: [String], in directory: URL? = nil) throws -> (
  status: Int32, output: String, error: String
) {
  let executable = try #require(
    dossierExecutable(), "the dossier executable is not built next to the tests")
  let process = Process()
  process.executableURL = executable
  process.arguments = words
  if let directory { process.currentDirectoryURL = directory }
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: outputData, as: UTF8.self),
    String(decoding: errorData, as: UTF8.self)
  )
}

/// The `dossier` binary that `swift build` put beside the test bundle.
func dossierExecutable() -> URL? {
  var folder = Bundle.main.bundleURL
  for _ in 0..<4 {
    let candidate = folder.appendingPathComponent("dossier")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder.deleteLastPathComponent()
  }
  return nil
}

/// A fresh temporary folder, removed by the caller.
func makeTemporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "dossier-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
