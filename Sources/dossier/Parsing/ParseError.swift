import StrictJSON

/// Command-line words the parser cannot accept: data only; ``message`` puts it into words.
enum ParseError: Error, Equatable {
  case unknownCommand(String, suggestion: String?, command: [String])
  case unknownOption(String, suggestion: String?, command: [String])
  case missingValue(option: String, valueName: String, command: [String])
  case unexpectedValue(option: String, command: [String])
  case invalidValue(option: String, value: String, InvalidValue, command: [String])
  case repeatedOption(String, command: [String])
  case missingArgument(String, command: [String])
  case missingOption(String, valueName: String, command: [String])
  case unexpectedArgument(String, command: [String])
  /// Options that parse one by one but not together (``CommandSpec/validate``).
  case invalidCombination(String, command: [String])

  /// The command the error belongs to, for its usage line.
  var command: [String] {
    switch self {
    case .unknownCommand(_, _, let command), .unknownOption(_, _, let command),
      .missingValue(_, _, let command), .unexpectedValue(_, let command),
      .invalidValue(_, _, _, let command), .repeatedOption(_, let command),
      .missingArgument(_, let command), .unexpectedArgument(_, let command),
      .missingOption(_, _, let command), .invalidCombination(_, let command):
      command
    }
  }

  var message: String {
    func hint(_ suggestion: String?) -> String {
      suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
    switch self {
    case .unknownCommand(let word, let suggestion, _):
      return "unknown command '\(word)'\(hint(suggestion))"
    case .unknownOption(let word, let suggestion, _):
      return "unknown option '\(word)'\(hint(suggestion))"
    case .missingValue(let option, let valueName, _):
      return "option '--\(option)' needs a value \(valueName)"
    case .unexpectedValue(let option, _):
      return "option '--\(option)' is a flag and takes no value"
    case .invalidValue(let option, let value, let problem, _):
      switch problem {
      case .empty:
        return "option '--\(option)' needs a value; an empty one names no file or folder"
      case .notOneOf(let allowed):
        let close = NameSuggestion.closest(to: value, among: allowed)
        return
          "option '--\(option)' does not accept '\(value)'; expected one of: \(allowed.joined(separator: ", "))\(hint(close))"
      case .notADate(let why):
        return "option '--\(option)': \(why)"
      case .notAWholeNumber:
        return "option '--\(option)' expects a whole number, found '\(value)'"
      case .outOfRange(let range):
        return
          "option '--\(option)' does not accept \(value); expected \(range.lowerBound) to \(range.upperBound)"
      }
    case .repeatedOption(let option, _):
      return "option '--\(option)' is given more than once"
    case .missingArgument(let name, _):
      return "missing argument \(name)"
    case .missingOption(let option, let valueName, _):
      return "missing option '--\(option) \(valueName)'"
    case .unexpectedArgument(let word, _):
      return "unexpected argument '\(word)'"
    case .invalidCombination(let why, _):
      return why
    }
  }
}
