import Kalender

/// Which rules judged a dossier: the version of the catalog and the newest legal text it
/// follows. Printed by `dossier --version`, carried in JSON outputs and in every document's
/// footer, so that a dossier shows the rule set that checked it.
public struct RuleSet: Sendable, Equatable, Encodable {
  /// `YYYY.MM` of the release of the rules; a change of any rule's meaning gets a new version.
  public let versie: String
  /// The date from which the newest legal text the rules follow applies.
  public let wettekstPer: CalendarDate
  /// That text, by name.
  public let wettekst: String

  /// The rules of this build: Regeling procesgang as amended per 1 July 2023 (Stcrt. 2023,
  /// 13931: the views of werkgever and werknemer, PVA-11 and EJE-07), and the corrections of
  /// POORTWACHTER.md §13 (review of 2026-11-27).
  public static let current = RuleSet(
    versie: "2026.12",
    wettekstPer: CalendarDate(year: 2023, month: 7, day: 1) ?? CalendarDate(dayNumber: 0),
    wettekst:
      "Regeling procesgang eerste en tweede ziektejaar, zoals gewijzigd per 1 juli 2023 (Stcrt. 2023, 13931)"
  )

  /// One line: `regelset 2026.12 (Regeling procesgang …, zoals gewijzigd per 1 juli 2023 …)`.
  public var line: String { "regelset \(versie) (\(wettekst))" }
}
