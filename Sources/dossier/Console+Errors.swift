import Foundation
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

  /// `dossier COMMAND: ` and the error's own words; an error from Foundation's file system
  /// calls, whose text reads `Error Domain=NSCocoaErrorDomain Code=…`, is put into plain
  /// words (``plainDescription(_:)``).
  func error(_ failure: any Error, command: [String]) {
    error(Self.plainDescription(failure), command: command)
  }

  /// The error's description, unless it comes from Foundation (Cocoa or POSIX domain): then
  /// the file it names and the operating system's reason, never the domain and code.
  static func plainDescription(_ failure: any Error) -> String {
    let bridged = failure as NSError
    guard [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains(bridged.domain) else {
      return "\(failure)"
    }
    let path =
      (bridged.userInfo[NSFilePathErrorKey] as? String)
      ?? (bridged.userInfo[NSURLErrorKey] as? URL)?.path
    var posix = bridged.domain == NSPOSIXErrorDomain ? bridged : nil
    if posix == nil, let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      posix = underlying
    }
    let reason =
      posix.map { String(cString: strerror(Int32($0.code))) } ?? "the file system refused it"
    return (path.map { "\($0): " } ?? "") + reason
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
