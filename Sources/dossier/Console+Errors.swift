import Poortwachter

/// The one form of every error the CLI prints: `dossier COMMAND: message` on standard error.
///
/// Findings (a validation report, a template check's `file:line:column: message` lines) are
/// results, not errors, and keep their own forms.
extension Console {
  /// `dossier package quote: message`.
  func error(_ message: String, command: [String]) {
    error(Self.prefix(command) + message)
  }

  /// A usage error: the message, the command's usage line, and where to read more.
  func usageError(_ message: String, command: [String]) {
    error(
      Self.prefix(command) + message + "\n"
        + HelpGenerator.usage(DossierCLI.find(command), path: command) + "\n"
        + Self.helpHint(command))
  }

  /// A report meant for a terminal (validation, timeline, costs as text): control characters
  /// from the case are shown as `<U+001B>`; documents and JSON are printed as they are.
  func outputText(_ text: String) {
    output(Referentie.visibleControlCharacters(text))
  }

  /// `see `dossier help package quote``: the last line of every usage error.
  static func helpHint(_ command: [String]) -> String {
    "see `" + (["dossier", "help"] + command).joined(separator: " ") + "`"
  }

  private static func prefix(_ command: [String]) -> String {
    (["dossier"] + command).joined(separator: " ") + ": "
  }
}
