import Kalender

/// A command of the `dossier` tree, declared as data: its help and its parsing come from this.
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  var discussion: String = ""
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var examples: [String] = []
  var subcommands: [CommandSpec] = []
  /// Checks combinations of options that each parse on their own: the reason they cannot go
  /// together, reported as a usage error before anything runs.
  var validate: (@Sendable (ParsedArguments) -> String?)? = nil
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
  /// What a value must be; nil to infer it from ``choices`` and ``valueName`` (see ``kind``).
  var valueKind: ValueKind? = nil

  var isFlag: Bool { valueName == nil }

  /// The type of the option's values, checked when the words are parsed, so that a bad value
  /// is reported once, with the usage line, before any file is read.
  ///
  /// Unless given, it follows from the option: a list of choices is a choice; the placeholder
  /// `DATE` is a date, `N` and `YEAR` whole numbers, `DIR` and `FILE` non-empty paths; any other
  /// placeholder is free text.
  var kind: ValueKind {
    if let valueKind { return valueKind }
    if !choices.isEmpty { return .choice(choices) }
    switch valueName {
    case "DATE": return .date
    case "N": return .wholeNumber(0...1_000_000)
    case "YEAR": return .wholeNumber(1900...2199)
    case "DIR", "FILE": return .path
    default: return .text
    }
  }
}

/// The type of an option's value.
enum ValueKind: Sendable {
  /// Any text, even empty.
  case text
  /// A file or folder: anything but the empty string.
  case path
  /// One of a fixed list of words.
  case choice([String])
  /// `YYYY-MM-DD`, within the dates the tool reads (``CalendarDate/readableRange``).
  case date
  /// Digits only, within a range.
  case wholeNumber(ClosedRange<Int>)
  /// One of a list of names, each also accepted in other spellings `accepts` knows (`S4` or
  /// `plan-van-aanpak`); the names are what an error lists.
  case named([String], accepts: @Sendable (String) -> Bool)

  /// Why `value` is not of this kind, or nil when it is.
  func problem(with value: String) -> InvalidValue? {
    switch self {
    case .text:
      return nil
    case .path:
      return value.isEmpty ? .empty : nil
    case .choice(let choices):
      return choices.contains(value) ? nil : .notOneOf(choices)
    case .named(let names, let accepts):
      return accepts(value) ? nil : .notOneOf(names)
    case .date:
      return CalendarDate(value) == nil ? .notADate(CalendarDate.explainInvalid(value)) : nil
    case .wholeNumber(let range):
      guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
        return .notAWholeNumber
      }
      guard let number = Int(value), range.contains(number) else { return .outOfRange(range) }
      return nil
    }
  }
}

/// Why an option's value was refused: data; ``ParseError/message`` puts it into words.
enum InvalidValue: Sendable, Equatable {
  case empty
  case notOneOf([String])
  case notADate(String)
  case notAWholeNumber
  case outOfRange(ClosedRange<Int>)
}

/// What the parser found: positionals by argument name, option values and flags by option name.
struct ParsedArguments: Sendable, Equatable {
  /// The words that selected the command (`["package", "quote"]`), for its messages.
  var command: [String] = []
  var positionals: [String: [String]] = [:]
  var options: [String: [String]] = [:]
  var flags: Set<String> = []

  func positional(_ name: String) -> String? { positionals[name]?.first }
  func all(_ name: String) -> [String] { positionals[name] ?? options[name] ?? [] }
  func value(_ name: String) -> String? { options[name]?.last }
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// A date option's value; the parser has checked it (``ValueKind/date``).
  func date(_ name: String) -> CalendarDate? { value(name).flatMap { CalendarDate($0) } }
  /// A whole-number option's value; the parser has checked it (``ValueKind/wholeNumber(_:)``).
  func number(_ name: String) -> Int? { value(name).flatMap { Int($0) } }
}
