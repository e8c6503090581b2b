import Testing

@testable import dossier

@Suite("Argument parsing")
struct ArgumentParserTests {
  private let command = CommandSpec(
    name: "render", abstract: "Render.",
    arguments: [ArgumentSpec(name: "CASE", help: "Cases.", isRepeating: true)],
    options: [
      OptionSpec(name: "document", help: "Kinds.", valueName: "KIND", isRepeating: true),
      OptionSpec(
        name: "format", help: "Format.", valueName: "FORMAT", choices: ["md", "html", "all"]),
      OptionSpec(name: "on", help: "Date.", valueName: "DATE"),
      OptionSpec(name: "draft", help: "Draft."),
    ])

  private var root: CommandSpec {
    CommandSpec(name: "dossier", abstract: "Root.", subcommands: [command])
  }

  private func parse(_ words: [String]) throws(ParseError) -> ParsedArguments? {
    guard case .run(_, let parsed) = try ArgumentParser.parse(words, root: root) else { return nil }
    return parsed
  }

  @Test("options take values separately or with =, flags take none")
  func optionForms() throws {
    let parsed = try #require(
      try parse(["render", "a.json", "--on", "2026-03-01", "--format=html", "--draft"]))
    #expect(parsed.all("CASE") == ["a.json"])
    #expect(parsed.value("on") == "2026-03-01")
    #expect(parsed.value("format") == "html")
    #expect(parsed.flag("draft"))
  }

  @Test("a repeating option collects following words and repeated uses")
  func repeatingOption() throws {
    let parsed = try #require(
      try parse([
        "render", "a.json", "--document", "probleemanalyse", "plan-van-aanpak",
        "--document=eindevaluatie",
      ]))
    #expect(parsed.all("document") == ["probleemanalyse", "plan-van-aanpak", "eindevaluatie"])
    #expect(parsed.all("CASE") == ["a.json"])
  }

  @Test("a repeating option before the positionals leaves them to the arguments")
  func repeatingOptionFirst() throws {
    let parsed = try #require(
      try parse(["render", "--document", "probleemanalyse", "a.json", "b.json"]))
    #expect(parsed.all("document") == ["probleemanalyse"])
    #expect(parsed.all("CASE") == ["a.json", "b.json"])
  }

  @Test("-- ends the options, so a file may start with dashes")
  func doubleDash() throws {
    let parsed = try #require(try parse(["render", "--", "--raar.json"]))
    #expect(parsed.all("CASE") == ["--raar.json"])
  }

  @Test(
    "errors are data with precise messages",
    arguments: [
      (
        ["render", "a.json", "--formaat", "md"],
        "unknown option '--formaat'; did you mean '--format'?"
      ),
      (
        ["render", "a.json", "--format", "pdf"],
        "option '--format' does not accept 'pdf'; expected one of: md, html, all"
      ),
      (["render", "a.json", "--on"], "option '--on' needs a value DATE"),
      (["render", "a.json", "--draft=ja"], "option '--draft' is a flag and takes no value"),
      (
        ["render", "a.json", "--on", "2026-01-01", "--on", "2026-01-02"],
        "option '--on' is given more than once"
      ),
      (
        ["render", "a.json", "--on", "2026-13-01"],
        "option '--on': \"2026-13-01\" has no month 13; months run 01 to 12"
      ),
      (
        ["render", "a.json", "--format", "htm"],
        "option '--format' does not accept 'htm'; expected one of: md, html, all; did you mean 'html'?"
      ),
      (
        ["render", "a.json", "-format", "md"], "unknown option '-format'; did you mean '--format'?"
      ),
      (["render", "a.json", "--drft"], "unknown option '--drft'; did you mean '--draft'?"),
      (["render"], "missing argument CASE"),
      (["rendr"], "unknown command 'rendr'; did you mean 'render'?"),
      (["render", "-x", "a.json"], "unknown option '-x'"),
    ])
  func errors(_ words: [String], _ message: String) {
    do {
      _ = try parse(words)
      Issue.record("parsed \(words)")
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("--help, -h and help select help at any level")
  func help() throws {
    #expect(try ArgumentParser.parse(["--help"], root: root) == .help(path: []))
    #expect(
      try ArgumentParser.parse(["render", "a.json", "-h"], root: root) == .help(path: ["render"]))
    #expect(try ArgumentParser.parse(["help", "render"], root: root) == .help(path: ["render"]))
    #expect(try ArgumentParser.parse([], root: root) == .help(path: []))
  }
}

@Suite("The dossier command")
struct DossierCommandTests {
  @Test("an unknown command gets a one-line error and the usage, exit 2")
  func unknownCommand() {
    let run = runDossier(["templat"])
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(
      run.error
        == "dossier: unknown command 'templat'; did you mean 'template'?\nusage: dossier <command>\nsee `dossier help`\n"
    )
  }

  @Test("help for a subcommand lists its arguments, options and examples")
  func subcommandHelp() {
    let run = runDossier(["help", "template", "check"])
    #expect(run.status == .success)
    #expect(
      run.output.hasPrefix(
        """
        Check templates: syntax, partials, and every name against its document.

        usage: dossier template check [PATH...] [--templates DIR]

        """))
    #expect(run.output.contains("  --templates DIR  Your template folder, over the defaults.\n"))
    #expect(run.output.contains("examples:\n  dossier template check\n"))
  }

  @Test("a missing required option names it, exit 2")
  func missingRequiredOption() {
    let run = runDossier(["template", "render", "x.mustache"])
    #expect(run.status == .unusable)
    #expect(
      run.error.hasPrefix(
        "dossier template render: missing option '--data FILE'\nusage: dossier template render TEMPLATE --data FILE"
      ))
  }

  @Test("the built executable runs, prints help and exits with the documented statuses")
  func realProcess() throws {
    let help = try runExecutable(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("commands:\n  new"))
    #expect(help.output.contains("\n  template  "))
    let unknown = try runExecutable(["frobnicate"])
    #expect(unknown.status == 2)
    #expect(unknown.error.hasPrefix("dossier: unknown command 'frobnicate'\n"))
  }
}
