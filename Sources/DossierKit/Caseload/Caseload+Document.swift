public import Kalender
public import Poortwachter

extension Caseload {
  /// The JSON form (docs/output-formats.md): keys sorted, dates as `YYYY-MM-DD`; each step
  /// exactly as `dossier timeline --format json` writes it.
  public struct Document: Encodable, Sendable {
    public var peildatum: CalendarDate
    /// The `--within` horizon in days.
    public var binnenDagen: Int
    public var totalen: Totals
    public var dossiers: [Dossier]
    public var overgeslagen: [CaseloadInput.Skipped]
    public var onleesbaar: [CaseloadInput.Unreadable]
    /// The rules that made the timelines and the counts, as in `dossier timeline`.
    public var regelset: RuleSet = .current

    public struct Dossier: Encodable, Sendable {
      public var bestand: String
      public var referentie: String
      public var werknemer: String?
      public var werkgever: String?
      public var ziekteweek: Int
      public var fase: CaseloadFase
      /// The phase in words, as the text and HTML show it.
      public var faseTekst: String
      public var fouten: Int
      public var waarschuwingen: Int
      /// The step to act on next (the most overdue, else the soonest open one).
      public var volgendeStap: TimelineReport.Document.Stap?
      /// Open and overdue steps: overdue first (most days late first), then soonest first.
      public var stappen: [TimelineReport.Document.Stap]
      /// How many of `stappen` are overdue, and how many fall due within the horizon.
      public var teLaat: Int
      public var binnenTermijn: Int
      /// Document kinds (`plan-van-aanpak`) due by the peildatum that the dossier lacks.
      public var documentenTeMaken: [String]
      public var pakket: PakketKeuze?
    }
  }

  public var document: Document {
    Document(
      peildatum: peildatum, binnenDagen: horizon, totalen: totals,
      dossiers: entries.map { entry in
        Document.Dossier(
          bestand: entry.bestand, referentie: entry.referentie, werknemer: entry.werknemer,
          werkgever: entry.werkgever, ziekteweek: entry.ziekteweek, fase: entry.fase,
          faseTekst: entry.fase.dutch, fouten: entry.fouten, waarschuwingen: entry.waarschuwingen,
          volgendeStap: entry.nextStep.map(TimelineReport.Document.Stap.init),
          stappen: entry.openSteps.map(TimelineReport.Document.Stap.init),
          teLaat: entry.overdueSteps.count, binnenTermijn: entry.dueSoonSteps.count,
          documentenTeMaken: entry.documentenTeMaken.map(\.rawValue), pakket: entry.pakket)
      },
      overgeslagen: skipped, onleesbaar: unreadable)
  }
}
