/// A command of the `dossier` tree, declared as data: its help and its parsing come from this.
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  var discussion: String = ""
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var examples: [String] = []
  var subcommands: [CommandSpec] = []
  /// Runs the command with its parsed arguments; nil for a group of subcommands.
  var run: (@Sendable (ParsedArguments, Console) -> ExitCode)? = nil
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isRepeating = false
  var isOptional = false
}

/// A `--name` option: a flag, or one taking a value (repeatable or not).
struct OptionSpec: Sendable {
  var name: String
  var help: String
  /// The value's placeholder (`FILE`, `DATE`); nil for a flag.
  var valueName: String? = nil
  var isRepeating = false
  /// The values the option accepts, when it is a choice.
  var choices: [String] = []
  var isRequired = false

  var isFlag: Bool { valueName == nil }
}

/// What the parser found: positionals by argument name, option values and flags by option name.
struct ParsedArguments: Sendable, Equatable {
  var positionals: [String: [String]] = [:]
  var options: [String: [String]] = [:]
  var flags: Set<String> = []

  func positional(_ name: String) -> String? { positionals[name]?.first }
  func all(_ name: String) -> [String] { positionals[name] ?? options[name] ?? [] }
  func value(_ name: String) -> String? { options[name]?.last }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}
