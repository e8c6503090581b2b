import Poortwachter

/// The `dossier` command: parse, dispatch, exit status. All logic lives in the libraries.
enum DossierCLI {
  static let root = CommandSpec(
    name: "dossier",
    abstract: "dossier: Poortwachter dossier documents, deadlines and package sheets.",
    discussion: "`dossier --version` prints the program's version and its rule set.",
    subcommands: [
      SchemaCommands.new, CaseCommands.validate, CaseCommands.timeline, CaseloadCommand.spec,
      RulesCommand.spec, RenderCommand.spec, BundleCommand.spec, CostsCommand.spec,
      SchemaCommands.schema,
      ImportCommands.group, PackageCommands.group, TemplateCommands.group,
      SamplesCommands.group, help,
    ])

  /// `dossier help [COMMAND...]`: the parser answers it; this spec gives it a page of its own.
  static let help = CommandSpec(
    name: "help",
    abstract: "Describe a command: its arguments, options and examples.",
    discussion: """
      `dossier help` lists the commands; `dossier help COMMAND` (or `dossier COMMAND --help`)
      describes one, a subcommand with its group: `dossier help package quote`.
      """,
    arguments: [
      ArgumentSpec(
        name: "COMMAND", help: "The command to describe.", isRepeating: true, isOptional: true)
    ],
    examples: ["dossier help validate", "dossier help package quote"])

  /// The program's own version; the rules it applies have theirs (`RuleSet.current`).
  static let version = "0.9.0"

  /// `dossier --version`: which program, and which rules judge a dossier.
  static var versionText: String {
    "dossier \(version)\n\(RuleSet.current.line)\n"
  }

  static func run(_ words: [String], console: Console) -> ExitCode {
    do {
      switch try ArgumentParser.parse(words, root: root) {
      case .help(let path):
        let command = find(path)
        console.output(HelpGenerator.help(command, path: path))
        return .success
      case .version:
        console.output(versionText)
        return .success
      case .run(let path, let arguments):
        guard let run = find(path).run else { return .unusable }
        return run(arguments, console)
      }
    } catch {
      console.usageError(error.message, command: error.command)
      return .unusable
    }
  }

  static func find(_ path: [String]) -> CommandSpec {
    var command = root
    for name in path {
      guard let next = command.subcommands.first(where: { $0.name == name }) else { break }
      command = next
    }
    return command
  }
}
