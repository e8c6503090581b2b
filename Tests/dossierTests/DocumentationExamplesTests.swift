import DossierKit
import Foundation
import Testing

@testable import dossier

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The Markdown files whose console examples are checked: README.md and every docs/*.md.
private func documentationFiles() -> [String] {
  let docs =
    (try? FileManager.default.contentsOfDirectory(
      atPath: repository.appendingPathComponent("docs").path)) ?? []
  return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
}

/// Every command the docs and `dossier help` show runs with the built binary, and shows what
/// the docs say it shows: a doc that drifts from the program fails here, not in a reader's hands.
@Suite struct DocumentationExamplesTests {
  private func executable() throws -> URL {
    try #require(dossierExecutable(), "the dossier executable is not built next to the tests")
  }

  @Test("console examples run and print what they show", arguments: documentationFiles())
  func consoleExamplesMatchTheRealOutput(file: String) throws {
    let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
    let examples = ConsoleExample.examples(inMarkdown: text, file: file)
    guard !examples.isEmpty else { return }
    // One sandbox per file: later examples may use what earlier ones wrote, as for a reader.
    let sandbox = try ExampleSandbox(repository: repository, executable: try executable())
    defer { sandbox.remove() }
    var status: Int32 = 0
    for example in examples {
      for command in example.commands {
        let run = try sandbox.run(command.text, previousStatus: status)
        status = run.status
        // PDFs need Chromium; CI installs it, a developer's machine may lack it.
        if testChromium == nil && run.output.contains(ChromiumNotFound.headline) {
          print("skipped (no Chromium here): \(file):\(command.line): \(command.text)")
          continue
        }
        let actual = ConsoleExample.lines(run.output)
        let shown =
          actual.prefix(40) + (actual.count > 40 ? ["… (\(actual.count - 40) more lines)"] : [])
        #expect(
          ConsoleExample.output(actual, matches: command.expectedOutput),
          """
          \(file):\(command.line): `\(command.text)` printed (exit \(run.status)):
          \(shown.joined(separator: "\n"))
          but the docs show:
          \(command.expectedOutput.joined(separator: "\n"))
          """)
      }
    }
  }

  @Test func theReadmeHasCheckedExamples() throws {
    let text = try String(
      contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
    let commands = ConsoleExample.examples(inMarkdown: text, file: "README.md").flatMap(\.commands)
    #expect(commands.count >= 10)
    #expect(commands.contains { $0.text == "echo $?" })
  }

  /// Each example of every `dossier help` page runs in a copy of the samples and is accepted:
  /// exit 0 or 1 (findings), never 2 (a file that does not exist, a misspelled option).
  @Test("help examples run", arguments: helpExamples())
  func helpExampleRuns(_ example: String) throws {
    let sandbox = try ExampleSandbox(repository: repository, executable: try executable())
    defer { sandbox.remove() }
    let run = try sandbox.run(example, previousStatus: 0)
    if testChromium == nil && run.output.contains(ChromiumNotFound.headline) {
      print("skipped (no Chromium here): \(example)")
      return
    }
    #expect(run.status == 0 || run.status == 1, "`\(example)` exited \(run.status):\n\(run.output)")
  }

  static func helpExamples() -> [String] {
    func walk(_ command: CommandSpec) -> [String] {
      command.examples + command.subcommands.flatMap(walk)
    }
    return walk(DossierCLI.root)
  }

  // MARK: - The checker itself

  @Test func parsesCommandsAndTheirOutput() {
    let markdown = """
      text
      ```console
      $ dossier validate a.json
      a.json: 0 fouten
      $ echo $?
      0
      ```
      ```sh
      $ not a console block
      ```
      """
    let examples = ConsoleExample.examples(inMarkdown: markdown, file: "x.md")
    #expect(examples.count == 1)
    #expect(examples.first?.line == 2)
    #expect(examples.first?.commands.map(\.text) == ["dossier validate a.json", "echo $?"])
    #expect(examples.first?.commands.map(\.line) == [3, 5])
    #expect(examples.first?.commands.first?.expectedOutput == ["a.json: 0 fouten"])
  }

  @Test func theElisionMarkerStandsForAnyNumberOfLines() {
    let actual = ["head", "one", "two", "tail"]
    #expect(ConsoleExample.output(actual, matches: ["head", "…", "tail"]))
    #expect(ConsoleExample.output(actual, matches: ["head", "one", "…", "two", "tail"]))
    #expect(ConsoleExample.output(actual, matches: ["…"]))
    #expect(ConsoleExample.output([], matches: ["…"]))
    #expect(!ConsoleExample.output(actual, matches: ["head", "…"] + ["two"]))
    #expect(!ConsoleExample.output(actual, matches: ["head", "one", "two"]))
    #expect(!ConsoleExample.output(actual, matches: ["head", "…", "one", "tail", "…"]))
    #expect(!ConsoleExample.output(["a"], matches: []))
    #expect(!ConsoleExample.output([], matches: ["a"]))
  }

  @Test func theSandboxRunsTheBuiltBinaryAndKeepsTheStatus() throws {
    let sandbox = try ExampleSandbox(repository: repository, executable: try executable())
    defer { sandbox.remove() }
    let run = try sandbox.run("swift run dossier validate nope.json", previousStatus: 0)
    #expect(run.status == 2)
    #expect(run.output.contains("nope.json"))
    #expect(try sandbox.run("echo $?", previousStatus: run.status).output == "2\n")
  }
}
