extension TemplateError: CustomStringConvertible {
  /// One line: what went wrong, quoting the name involved (see ``quoted(_:)``).
  public var message: String {
    switch reason {
    case .unclosedTag(let expected):
      "unclosed tag: expected \(quoted(expected)) before the end of the line"
    case .unclosedSection(let name):
      "unclosed section \(quoted(name)): opened here but never closed with a closing tag for \(quoted(name))"
    case .mismatchedClosingTag(let expected, let found, let line, let column):
      "closing tag \(quoted(found)) does not match the open section \(quoted(expected)) (opened at \(line):\(column))"
    case .strayClosingTag(let name):
      "closing tag \(quoted(name)) has no open section to close"
    case .badDelimiters(let content):
      "bad delimiter change \(quoted(content)): expected two delimiters separated by a space, without '=' or whitespace, as in {{=<% %>=}}"
    case .emptyTag:
      "empty tag: expected a name"
    case .whitespaceInName(let name):
      "tag name \(quoted(name)) contains whitespace"
    case .missingName(let name, let suggestion):
      "no value named \(quoted(name)) in scope"
        + (suggestion.map { "; did you mean \(quoted($0))?" } ?? "")
    case .missingTemplate(let name):
      "no template named \(quoted(name)) in the template root"
    case .refusedTemplateName(let name, let why):
      "template name \(quoted(name)) refused: \(why)"
    case .dynamicNameNotString(let name):
      "dynamic name \(quoted(name)) must hold a string naming a template"
    case .nestingLimit(let limit):
      "sections, parents and blocks nested more than \(limit) deep in one template"
    case .renderNestingLimit(let limit):
      "sections, blocks and partials nested more than \(limit) deep across templates: does a partial or block include itself without data to stop it?"
    case .recursionLimit(let limit):
      "partials and parents nested more than \(limit) deep: is a template including itself without data to stop it?"
    case .unconditionalRecursion(let cycle):
      "\"\(cycle.first ?? "")\" includes itself with no section around the inclusion (\(cycle.joined(separator: " → "))): rendering it would never end; put the inclusion inside a section that can be empty"
    case .unreadable(let why):
      "cannot read template: \(why)"
    }
  }

  /// `file:line:column: message`, the form `dossier template check` prints.
  public var oneLine: String { "\(templateName):\(line):\(column): \(message)" }

  /// Compiler-style: summary, location, the line and a caret under the column. A line too
  /// long for a terminal (generated or minified templates) is cut to the part around the
  /// column, with "…" where text was left out.
  public var description: String {
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    let (shown, caretColumn) = Self.window(of: excerpt, around: column)
    let caretPad = shown.unicodeScalars.prefix(max(caretColumn - 1, 0)).map {
      $0 == "\t" ? "\t" : " "
    }.joined()
    return """
      error: \(message)
      \(gutter)--> \(templateName):\(line):\(column)
      \(gutter) |
      \(number) | \(shown)
      \(gutter) | \(caretPad)^
      """
  }

  /// Scalars kept on each side of the column when a line is cut.
  private static let context = 60

  /// The part of `line` around `column`, control characters (but tabs) shown as U+FFFD one for
  /// one, so that the caret stays under its character and no escape sequence reaches a terminal.
  private static func window(of line: String, around column: Int) -> (String, Int) {
    let scalars = line.unicodeScalars.map { scalar -> Unicode.Scalar in
      scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        ? "\u{FFFD}" : scalar
    }
    guard scalars.count > 2 * context + 20 else {
      return (String(String.UnicodeScalarView(scalars)), column)
    }
    let at = min(max(column - 1, 0), scalars.count)
    let lower = max(0, at - context)
    let upper = min(scalars.count, at + context)
    var text = String.UnicodeScalarView()
    if lower > 0 { text.append("…") }
    text.append(contentsOf: scalars[lower..<upper])
    if upper < scalars.count { text.append("…") }
    return (String(text), at - lower + (lower > 0 ? 1 : 0) + 1)
  }
}

/// A name or tag content as a message shows it: in quotes, control characters escaped so that
/// none reaches a terminal raw, and cut after 80 characters, since a message is one line and
/// a template may hold a name of any length.
func quoted(_ text: String) -> String {
  var result = "\""
  for (index, scalar) in text.unicodeScalars.enumerated() {
    if index == 80 {
      result += "…"
      break
    }
    switch scalar {
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    case let control where control.value < 0x20 || (0x7F...0x9F).contains(control.value):
      result += "\\u{" + String(control.value, radix: 16, uppercase: true) + "}"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
