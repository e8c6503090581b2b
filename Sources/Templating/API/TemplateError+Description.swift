extension TemplateError: CustomStringConvertible {
  /// One line: what went wrong, quoting the name involved.
  public var message: String {
    switch reason {
    case .unclosedTag(let expected):
      "unclosed tag: expected \"\(expected)\" before the end of the line"
    case .unclosedSection(let name):
      "unclosed section \"\(name)\": opened here but never closed with a closing tag for \"\(name)\""
    case .mismatchedClosingTag(let expected, let found, let line, let column):
      "closing tag \"\(found)\" does not match the open section \"\(expected)\" (opened at \(line):\(column))"
    case .strayClosingTag(let name):
      "closing tag \"\(name)\" has no open section to close"
    case .badDelimiters(let content):
      "bad delimiter change \"\(content)\": expected two delimiters separated by a space, without '=' or whitespace, as in {{=<% %>=}}"
    case .emptyTag:
      "empty tag: expected a name"
    case .whitespaceInName(let name):
      "tag name \"\(name)\" contains whitespace"
    case .missingName(let name, let suggestion):
      "no value named \"\(name)\" in scope" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
    case .missingTemplate(let name):
      "no template named \"\(name)\" in the template root"
    case .refusedTemplateName(let name, let why):
      "template name \"\(name)\" refused: \(why)"
    case .dynamicNameNotString(let name):
      "dynamic name \"\(name)\" must hold a string naming a template"
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

  /// Compiler-style: summary, location, the line and a caret under the column.
  public var description: String {
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    let caretPad = excerpt.unicodeScalars.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " }
      .joined()
    return """
      error: \(message)
      \(gutter)--> \(templateName):\(line):\(column)
      \(gutter) |
      \(number) | \(excerpt)
      \(gutter) | \(caretPad)^
      """
  }
}
