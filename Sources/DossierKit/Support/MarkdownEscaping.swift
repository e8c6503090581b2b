/// A backslash before every character CommonMark or GFM could read as syntax within a line,
/// before a leading `-`, `+` or `=` and an ordered-list dot, and line breaks as `<br>`: the
/// rules of the engine's Markdown escaping (Templating), for text assembled in Swift.
enum MarkdownEscaping {
  static func escape(_ value: String) -> String {
    // Letters, digits and spaces alone need nothing (the common case of names and dates).
    guard
      value.utf8.contains(where: {
        !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 || $0 >= 0x80
          || ($0 >= 0x30 && $0 <= 0x39))
      })
    else { return value }
    var result = ""
    var leadingDigits = true
    var isFirst = true
    for character in value {
      defer {
        if !character.isASCII || !character.isNumber { leadingDigits = false }
        isFirst = false
      }
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&":
        result += "\\" + String(character)
      case "-", "+", "=":
        result += isFirst ? "\\" + String(character) : String(character)
      case ".", ")":
        result += leadingDigits && !isFirst ? "\\" + String(character) : String(character)
      case "\r\n", "\r", "\n":
        result += "<br>"
      default:
        result.append(character)
      }
    }
    return result
  }
}
