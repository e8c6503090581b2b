import Kalender
public import Poortwachter

/// A case's timeline as a casemanager reads it: a text table, a documented JSON object, or an
/// iCalendar file. Pure functions of the timeline: same input, same bytes.
public struct TimelineReport: Sendable {
  public let dossier: Verzuimdossier
  public let timeline: Timeline

  public init(dossier: Verzuimdossier, timeline: Timeline) {
    self.dossier = dossier
    self.timeline = timeline
  }

  /// Aligned columns: rule, step, due date, ziekteweek, state; notes indented below.
  public func text() -> String {
    var lines: [String] = []
    lines.append("\(dossier.veiligeReferentie): tijdlijn op \(timeline.peildatum.dutch)")
    guard let tijdvak = timeline.tijdvak else {
      lines.append("geen verzuimperiode die op of vóór de peildatum begint")
      return lines.joined(separator: "\n") + "\n"
    }
    var summary =
      "eerste ziektedag \(tijdvak.eersteZiektedag.dutch), ziekteweek \(timeline.ziekteweek)"
    if tijdvak.periodIndices.count > 1 {
      summary += " (\(tijdvak.periodIndices.count) perioden samengeteld)"
    }
    if let last = tijdvak.lastSickDay { summary += ", hersteld op \(last.adding(days: 1).dutch)" }
    lines.append(summary)
    lines.append("")
    let rows = timeline.steps.map { step in
      [
        step.rule.code, step.step?.rawValue ?? "", step.title, step.due?.dutch ?? "",
        step.ziekteweek.map { "week \($0)" } ?? "", step.state.dutch,
      ]
    }
    let table = TextTable(
      header: ["regel", "stap", "wat", "uiterlijk", "week", "stand"], rows: rows)
    lines.append(table.line(table.header))
    for (row, step) in zip(rows, timeline.steps) {
      lines.append(table.line(row))
      var details: [String] = []
      if let note = step.note { details.append(note) }
      details.append("bron: \(step.source)")
      lines.append(
        String(repeating: " ", count: table.offset(ofColumn: 2)) + details.joined(separator: "; "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension TimelineReport {
  /// The JSON form (docs/output-formats.md): keys sorted, dates as `YYYY-MM-DD`.
  public struct Document: Encodable, Sendable {
    public var referentie: String
    public var peildatum: CalendarDate
    public var eersteZiektedag: CalendarDate?
    public var ziekteweek: Int
    public var samengesteldePerioden: Int
    public var hersteldatum: CalendarDate?
    public var eindeWachttijd: CalendarDate?
    public var stappen: [Stap]
    /// The rules that made the timeline.
    public var regelset: RuleSet = .current

    public struct Stap: Encodable, Sendable {
      public var regel: String
      public var stap: String?
      public var wat: String
      public var uiterlijk: CalendarDate?
      public var ziekteweek: Int?
      public var stand: TimelineStep.State
      public var toelichting: String?
      public var bron: String
    }
  }

  public var document: Document {
    Document(
      referentie: dossier.veiligeReferentie, peildatum: timeline.peildatum,
      eersteZiektedag: timeline.tijdvak?.eersteZiektedag, ziekteweek: timeline.ziekteweek,
      samengesteldePerioden: timeline.tijdvak?.periodIndices.count ?? 0,
      hersteldatum: timeline.tijdvak?.lastSickDay?.adding(days: 1),
      eindeWachttijd: timeline.eindeWachttijd,
      stappen: timeline.steps.map(Document.Stap.init))
  }
}

extension TimelineReport.Document.Stap {
  /// A step as `dossier timeline --format json` writes it; `dossier caseload` writes the same.
  public init(_ step: TimelineStep) {
    self.init(
      regel: step.rule.code, stap: step.step?.rawValue, wat: step.title, uiterlijk: step.due,
      ziekteweek: step.ziekteweek, stand: step.state, toelichting: step.note, bron: step.source)
  }
}
