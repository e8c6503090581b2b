import StrictJSON

/// Parses command-line words against a command tree: the project's own small parser.
enum ArgumentParser {
  /// The command the words select, and its arguments, or the request for help.
  enum Outcome: Equatable {
    case run(path: [String], ParsedArguments)
    case help(path: [String])
    /// `dossier --version`: the program's version and its rule set.
    case version
  }

  static func parse(_ words: [String], root: CommandSpec) throws(ParseError) -> Outcome {
    var command = root
    var path: [String] = []
    var index = 0
    if words == ["--version"] { return .version }
    // Walk down the subcommands.
    while index < words.count, !command.subcommands.isEmpty {
      let word = words[index]
      if word == "--help" || word == "-h" { return .help(path: path) }
      if word == "help" && path.isEmpty {
        return .help(path: try helpPath(Array(words[(index + 1)...]), root: root))
      }
      guard let next = command.subcommands.first(where: { $0.name == word }) else {
        if word.hasPrefix("-") {
          throw .unknownOption(word, suggestion: optionSuggestion(word, command), command: path)
        }
        throw .unknownCommand(
          word, suggestion: suggestion(word, command.subcommands.map(\.name)), command: path)
      }
      command = next
      path.append(word)
      index += 1
    }
    if !command.subcommands.isEmpty { return .help(path: path) }
    if words[index...].contains(where: { $0 == "--help" || $0 == "-h" }) {
      return .help(path: path)
    }
    var parsed = try parseArguments(Array(words[index...]), for: command, path: path)
    parsed.command = path
    if let why = command.validate?(parsed) { throw .invalidCombination(why, command: path) }
    return .run(path: path, parsed)
  }

  /// `dossier help template render` → ["template", "render"], checked against the tree.
  private static func helpPath(_ words: [String], root: CommandSpec) throws(ParseError) -> [String]
  {
    var command = root
    var path: [String] = []
    for word in words {
      guard let next = command.subcommands.first(where: { $0.name == word }) else {
        throw .unknownCommand(
          word, suggestion: suggestion(word, command.subcommands.map(\.name)), command: path)
      }
      command = next
      path.append(word)
    }
    return path
  }

  private static func parseArguments(_ words: [String], for command: CommandSpec, path: [String])
    throws(ParseError) -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var positionals: [String] = []
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("--") || word == "-" {
        if !optionsEnded, word.hasPrefix("-"), word != "-" {
          throw .unknownOption(word, suggestion: optionSuggestion(word, command), command: path)
        }
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      var name = String(word.dropFirst(2))
      var inlineValue: String? = nil
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = command.options.first(where: { $0.name == name }) else {
        throw .unknownOption(
          "--\(name)", suggestion: suggestion(name, command.options.map(\.name)).map { "--\($0)" },
          command: path)
      }
      if option.isFlag {
        if inlineValue != nil { throw .unexpectedValue(option: name, command: path) }
        parsed.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < words.count, !words[index].hasPrefix("--") {
        value = words[index]
        index += 1
      } else {
        throw .missingValue(option: name, valueName: option.valueName ?? "VALUE", command: path)
      }
      if let problem = option.kind.problem(with: value) {
        throw .invalidValue(option: name, value: value, problem, command: path)
      }
      if !option.isRepeating, parsed.options[name] != nil {
        throw .repeatedOption(name, command: path)
      }
      parsed.options[name, default: []].append(value)
      // A repeating option takes every following word up to the next option: `--document a b`.
      if option.isRepeating && inlineValue == nil {
        while index < words.count, !words[index].hasPrefix("-"),
          acceptsMore(command, positionals) == false
        {
          if let problem = option.kind.problem(with: words[index]) {
            throw .invalidValue(option: name, value: words[index], problem, command: path)
          }
          parsed.options[name, default: []].append(words[index])
          index += 1
        }
      }
    }
    try assign(positionals, to: command, into: &parsed, path: path)
    for option in command.options where option.isRequired && parsed.options[option.name] == nil {
      throw .missingOption(option.name, valueName: option.valueName ?? "VALUE", command: path)
    }
    return parsed
  }

  /// Repeating options swallow following words only when no positional argument still waits.
  private static func acceptsMore(_ command: CommandSpec, _ positionals: [String]) -> Bool {
    let required = command.arguments.filter { !$0.isOptional }.count
    return positionals.count < required
  }

  private static func assign(
    _ words: [String], to command: CommandSpec, into parsed: inout ParsedArguments, path: [String]
  ) throws(ParseError) {
    var remaining = words[...]
    for argument in command.arguments {
      if argument.isRepeating {
        if remaining.isEmpty && !argument.isOptional {
          throw .missingArgument(argument.name, command: path)
        }
        parsed.positionals[argument.name] = Array(remaining)
        remaining = []
      } else if let word = remaining.first {
        parsed.positionals[argument.name] = [word]
        remaining = remaining.dropFirst()
      } else if !argument.isOptional {
        throw .missingArgument(argument.name, command: path)
      }
    }
    if let extra = remaining.first { throw .unexpectedArgument(extra, command: path) }
  }

  /// "Did you mean": the one implementation engine, decoder and CLI share.
  static func suggestion(_ word: String, _ candidates: [String]) -> String? {
    NameSuggestion.closest(to: word, among: candidates)
  }

  /// `-format` or `-on` for `--format`, `--on`; else the option nearest in spelling.
  private static func optionSuggestion(_ word: String, _ command: CommandSpec) -> String? {
    let name = String(word.drop { $0 == "-" })
    let names = command.options.map(\.name) + ["help"]
    if names.contains(name) { return "--" + name }
    return suggestion(name, names).map { "--" + $0 }
  }
}
