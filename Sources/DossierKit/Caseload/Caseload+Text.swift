import Kalender
import Poortwachter

extension Caseload {
  /// Aligned columns for a terminal, one row per case in caseload order, with the steps to act
  /// on indented below; states in the words of `dossier timeline`. Files that could not be
  /// used or were skipped are counted in the totals line (the CLI names them on stderr).
  /// Control characters from a case are shown as `<U+001B>`, never passed to the terminal.
  public func text() -> String {
    var lines = ["Caseload op \(peildatum.dutch) (termijnen binnen \(Caseload.days(horizon)))", ""]
    if entries.isEmpty {
      lines.append("geen dossiers")
    } else {
      let rows = entries.map { Caseload.row($0).map(Caseload.visible) }
      let table = TextTable(header: Caseload.header, rows: rows)
      let indent = String(repeating: " ", count: table.offset(ofColumn: 1))
      lines.append(table.line(table.header))
      for (row, entry) in zip(rows, entries) {
        lines.append(table.line(row))
        lines += Caseload.details(entry).map { indent + Caseload.visible($0) }
      }
    }
    lines += ["", totalsLine]
    return lines.joined(separator: "\n") + "\n"
  }

  static let header = [
    "referentie", "werknemer", "werkgever", "week", "fase", "volgende stap", "uiterlijk", "stand",
    "fouten", "waarschuwingen",
  ]

  static func row(_ entry: CaseloadEntry) -> [String] {
    let next = entry.nextStep
    return [
      entry.referentie, entry.werknemer ?? "", entry.werkgever ?? "", "\(entry.ziekteweek)",
      entry.fase.dutch, next.map(stepName) ?? "geen open stap", next?.due?.dutch ?? "",
      next?.state.dutch ?? "", "\(entry.fouten)", "\(entry.waarschuwingen)",
    ]
  }

  /// `TL-05 Plan van aanpak`
  static func stepName(_ step: TimelineStep) -> String { "\(step.rule) \(step.title)" }

  /// `TL-05 Plan van aanpak, uiterlijk 27 april 2026: 12 dagen te laat`
  static func stepLine(_ step: TimelineStep) -> String {
    stepName(step) + (step.due.map { ", uiterlijk \($0.dutch)" } ?? "") + ": \(step.state.dutch)"
  }

  /// The lines under a case's row: every overdue step, the steps due within the horizon, the
  /// documents to draw up, the package and the file.
  static func details(_ entry: CaseloadEntry) -> [String] {
    var lines = entry.overdueSteps.map { "te laat: " + stepLine($0) }
    lines += entry.dueSoonSteps.map { "binnen \(days(entry.horizon)): " + stepLine($0) }
    if !entry.documentenTeMaken.isEmpty {
      lines.append(
        "nu op te stellen: " + entry.documentenTeMaken.map(\.titel).joined(separator: ", "))
    }
    if let pakket = entry.pakket { lines.append("pakket: \(pakket.pakket) (\(pakket.catalogus))") }
    lines.append("bestand: \(entry.bestand)")
    return lines
  }

  /// A value for the terminal: control characters (a line break too) as `<U+001B>`.
  static func visible(_ text: String) -> String {
    Referentie.visibleControlCharacters(text, keepingLineBreaks: false)
  }

  static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagen" }
}
