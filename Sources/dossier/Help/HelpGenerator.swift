/// Turns command specs into usage lines and help pages.
enum HelpGenerator {
  static func usage(_ command: CommandSpec, path: [String]) -> String {
    var parts = ["dossier"] + path
    if !command.subcommands.isEmpty {
      parts.append("<command>")
    } else {
      for argument in command.arguments {
        var word = argument.name + (argument.isRepeating ? "..." : "")
        if argument.isOptional { word = "[\(word)]" }
        parts.append(word)
      }
      for option in command.options {
        var word = "--\(option.name)"
        if let valueName = option.valueName {
          word += " " + (option.choices.isEmpty ? valueName : option.choices.joined(separator: "|"))
        }
        if option.isRepeating { word += " ..." }
        parts.append(option.isRequired ? word : "[\(word)]")
      }
    }
    return "usage: " + parts.joined(separator: " ")
  }

  static func help(_ command: CommandSpec, path: [String]) -> String {
    var text = "\(command.abstract)\n\n\(usage(command, path: path))\n"
    if !command.discussion.isEmpty { text += "\n\(command.discussion)\n" }
    if !command.subcommands.isEmpty {
      text += "\ncommands:\n"
      text += table(command.subcommands.map { ($0.name, $0.abstract) })
      let name = (["dossier"] + path).joined(separator: " ")
      text +=
        "\nSee '\(name) <command> --help' or 'dossier help \((path + ["<command>"]).joined(separator: " "))'.\n"
    }
    if !command.arguments.isEmpty {
      text +=
        "\narguments:\n"
        + table(command.arguments.map { ($0.name + ($0.isRepeating ? "..." : ""), $0.help) })
    }
    if !command.options.isEmpty {
      text += "\noptions:\n"
      text += table(
        command.options.map { option in
          let value = option.valueName.map { " " + $0 } ?? ""
          let choices = option.choices.isEmpty ? "" : " (\(option.choices.joined(separator: ", ")))"
          return ("--\(option.name)\(value)", option.help + choices)
        } + [("--help", "Show this help.")])
    }
    if !command.examples.isEmpty {
      text += "\nexamples:\n" + command.examples.map { "  \($0)\n" }.joined()
    }
    return text
  }

  private static func table(_ rows: [(String, String)]) -> String {
    let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
    return rows.map { left, right in
      let padding =
        left.count + 2 <= width
        ? String(repeating: " ", count: width - left.count)
        : "\n" + String(repeating: " ", count: width + 2)
      return "  \(left)\(padding)\(right)\n"
    }.joined()
  }
}
