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
        if word.hasPrefix("-") { throw .unknownOption(word, suggestion: nil, command: path) }
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
    return .run(path: path, try parseArguments(Array(words[index...]), for: command, path: path))
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
          throw .unknownOption(word, suggestion: nil, command: path)
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
      if !option.choices.isEmpty, !option.choices.contains(value) {
        throw .invalidChoice(option: name, value: value, choices: option.choices, command: path)
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

  static func suggestion(_ word: String, _ candidates: [String]) -> String? {
    let limit = max(1, min(3, word.count / 3))
    var best: (String, Int)? = nil
    for candidate in candidates.sorted() {
      let distance = editDistance(Array(word.utf8), Array(candidate.utf8))
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
  }

  private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
