public import Poortwachter

/// `dossier rules`: the rule catalog as a list, an explanation per rule (as `rustc --explain`
/// does), the Markdown of docs/rules.md, or JSON. Pure functions of the catalog.
public struct RuleCatalogReport: Sendable {
  public let rules: [Regel]

  /// The rules in catalog order; the whole catalog by default.
  public init(rules: [Regel] = Regel.allCases) {
    self.rules = rules
  }

  /// One line per rule: code, step, severity, who reports it, title.
  public func list() -> String {
    let rows = rules.map { rule in
      let entry = rule.ruleDescription
      return [
        rule.code, entry.step?.rawValue ?? "", Self.severity(entry),
        entry.reportedBy.map(\.rawValue).joined(separator: ", "), entry.title,
      ]
    }
    let table = TextTable(header: ["regel", "stap", "ernst", "gemeld door", "titel"], rows: rows)
    return ([table.line(table.header)] + rows.map(table.line)).joined(separator: "\n") + "\n"
  }

  /// Every rule in full, separated by a blank line.
  public func explanation() -> String {
    rules.map(Self.explanation).joined(separator: "\n")
  }

  static func explanation(_ rule: Regel) -> String {
    let entry = rule.ruleDescription
    var lines = [
      "\(rule.code): \(entry.title)",
      "  stap:        \(Self.step(entry))",
      "  ernst:       \(Self.severity(entry))",
      "  gemeld door: \(entry.reportedBy.map(\.rawValue).joined(separator: ", "))",
    ]
    for (index, source) in entry.sources.enumerated() {
      lines.append((index == 0 ? "  bron:        " : "               ") + source)
    }
    lines.append("")
    lines.append("  Wat de regel controleert:")
    lines += wrap(entry.check, indent: "    ")
    lines.append("  Wat te doen:")
    lines += wrap(entry.fix, indent: "    ")
    return lines.joined(separator: "\n") + "\n"
  }

  /// docs/rules.md: an index table, then one section per rule. `dossier samples check`
  /// compares the committed file with this.
  public func markdown() -> String {
    var text = "# Rules\n\n"
    // The introduction belongs to the whole catalog (docs/rules.md), not to a selection.
    if rules == Regel.allCases {
      text += """
        Every rule `dossier validate` and `dossier timeline` report, from the rule catalog
        (`Sources/Poortwachter/Rules/Regel+Catalog.swift`). Generated: `dossier samples update`
        writes this file and `dossier samples check` fails when it differs; `dossier rules CODE`
        prints one rule in the terminal.

        Rule set \(RuleSet.current.versie): \(RuleSet.current.wettekst).
        A severity is the default; a check may report a lighter one where the catalog says so
        (a term missed with a recorded reason, guidance rather than law). "tijdlijn" rules are
        dates in the timeline; "documenten" rules are reasons a document is refused.


        """
    }
    text += """
      | regel | stap | ernst | gemeld door | titel |
      |---|---|---|---|---|

      """
    for rule in rules {
      let entry = rule.ruleDescription
      text +=
        "| [\(rule.code)](#\(Self.anchor(rule))) | \(entry.step?.rawValue ?? "") | \(Self.severity(entry)) | \(entry.reportedBy.map(\.rawValue).joined(separator: ", ")) | \(Self.cell(entry.title)) |\n"
    }
    for rule in rules {
      let entry = rule.ruleDescription
      text += """

        ## \(rule.code): \(entry.title)

        - stap: \(Self.step(entry))
        - ernst: \(Self.severity(entry))
        - gemeld door: \(entry.reportedBy.map(\.rawValue).joined(separator: ", "))
        - bron: \(entry.sources.joined(separator: "; "))

        \(entry.check)

        Wat te doen: \(entry.fix)

        """
    }
    return text
  }

  /// The JSON form: the rule set, then every rule with its catalog data.
  public var document: Document {
    Document(
      regelset: .current,
      regels: rules.map { rule in
        let entry = rule.ruleDescription
        return Document.Regel(
          code: rule.code, stap: entry.step?.rawValue, ernst: entry.severity?.rawValue,
          titel: entry.title, bronnen: entry.sources, controle: entry.check, oplossing: entry.fix,
          gemeldDoor: entry.reportedBy.map(\.rawValue))
      })
  }

  public struct Document: Encodable, Sendable {
    public var regelset: RuleSet
    public var regels: [Regel]

    public struct Regel: Encodable, Sendable {
      public var code: String
      public var stap: String?
      public var ernst: String?
      public var titel: String
      public var bronnen: [String]
      public var controle: String
      public var oplossing: String
      public var gemeldDoor: [String]
    }
  }

  // MARK: - Words

  static func severity(_ entry: RuleDescription) -> String {
    entry.severity?.rawValue ?? (entry.step == nil ? "informatief" : "termijn")
  }

  static func step(_ entry: RuleDescription) -> String {
    if let step = entry.step { return "\(step.rawValue) \(step.naam)" }
    return entry.severity == nil
      ? "geen (een datum in de tijdlijn)" : "de stap van het document waarin de bevinding staat"
  }

  /// The anchor GitHub gives the heading `## PVA-05: Casemanager`: lower case, spaces as
  /// hyphens, punctuation other than hyphens dropped (`pva-05-casemanager`).
  static func anchor(_ rule: Regel) -> String {
    let heading = "\(rule.code): \(rule.title)".lowercased()
    return String(
      heading.compactMap { character -> Character? in
        if character == " " { return "-" }
        if character.isLetter || character.isNumber || character == "-" || character == "_" {
          return character
        }
        return nil
      })
  }

  private static func cell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }

  /// Words on lines of at most 80 characters, each line indented.
  static func wrap(_ text: String, indent: String) -> [String] {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ") {
      if line.count > indent.count, line.count + 1 + word.count > 80 {
        lines.append(line)
        line = indent
      }
      line += (line.count > indent.count ? " " : "") + word
    }
    if line.count > indent.count { lines.append(line) }
    return lines
  }
}
