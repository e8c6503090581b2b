/// The choices the law leaves open (POORTWACHTER.md marks them ⚠), made explicit so that a
/// user can see and change them instead of the tool guessing silently.
///
/// The defaults follow one principle (POORTWACHTER.md §13): never more lenient than UWV. Where
/// the law allows two readings the default takes the earlier deadline or the stricter finding,
/// and the timeline or the validator says which reading was taken.
public struct TimelineRules: Sendable, Equatable {
  /// CNT-01: "binnen zes weken" read as day 42 (`uiterlijk in week 6`, UWV): a probleemanalyse
  /// missing or dated after day 42 is a warning; after day 43 (the literal reading, D1 + 42,
  /// has passed) it is an error.
  public var probleemanalyseWarningDay = 42
  public var probleemanalyseErrorDay = 43
  /// TL-02: the Regeling says "tijdig"; practice and arbodienst contracts say within a week.
  public var arbodienstMeldingDays = 7
  /// TL-07 / BIJ-05: UWV expects contact or evaluation at least every six weeks (guidance),
  /// counted in sick days: WAZO leave and fit days between chained periods do not count
  /// (COR-02).
  public var evaluatieIntervalDays = 42
  /// COR-05 / TL-11: an eerstejaarsevaluatie counts only from this ziekteweek ("aan het einde
  /// van het eerste ziektejaar", UWV's window weeks 46–52); an earlier one is a waarschuwing
  /// and leaves EJE-01 open.
  public var eerstejaarsevaluatieFromWeek = 46
  /// COR-07 ⚠: a probleemanalyse that found no dreigend langdurig verzuim while the employee
  /// is still sick needs a new oordeel "onverwijld" (Regeling art. 2 lid 3). The weeks are this
  /// project's practice choice: a waarschuwing from this ziekteweek …
  public var herbeoordelingWarningWeek = 8
  /// … and a fout from this one, unless a new oordeel is recorded.
  public var herbeoordelingErrorWeek = 13
  /// CNT-15 ⚠: ziek uit dienst after six or ten weeks. `true` (the stricter reading) counts the
  /// days from the eerste ziektedag to the end of employment both included, so day 42 is six
  /// weeks; `false` counts the difference between the two dates.
  public var ziekUitDienstCountsInclusive = true
  /// TL-17 ⚠: the re-integratieverslag term (Wet WIA art. 25 lid 3) is statutory, so a late or
  /// missing verslag is a fout (§13); `false` makes it a waarschuwing, the project's former
  /// reading (UWV gives the employer time to complete).
  public var rivTermIsFout = true
  /// COR-09 / Wet WIA art. 64 lid 6: an aanvraag "binnen vier weken na" a late UWV notice is on
  /// time; read as the notice date plus 28 days.
  public var aanvraagNaKennisgevingDays = 28
  /// COR-10 ⚠: a loonsanctie decided after its latest date (six weeks before the end) is
  /// shortened by the delay (Wet WIA art. 25 lid 14). §13 reads that as the imposed sanction
  /// being shorter (`.sanctie`); the text speaks of "het tijdvak van ten hoogste 52 weken", which
  /// can also be read as the 52-week maximum being shorter (`.maximum`). The maximum reading keeps
  /// the employer's wage duty longer whenever UWV imposed fewer than 52 weeks, so it is the
  /// default; for a full 52 weeks both readings agree.
  public var lateLoonsanctieShortens = LateLoonsanctieReading.maximum

  public enum LateLoonsanctieReading: Sendable, Equatable {
    /// The imposed sanction is shortened by the delay.
    case sanctie
    /// The 52-week maximum is shortened by the delay; a shorter sanction stays as imposed.
    case maximum
  }

  /// CNT-16: insurers and arbodiensten treat this many sick reports within a year as frequent
  /// verzuim and ask for an early consult. A service convention, not law: a warning, and 0
  /// switches it off.
  public var frequentVerzuimReports = 3

  public init() {}

  public static let standard = TimelineRules()

  /// COR-03: no vangnetter gets a 42e-weeksmelding, whichever ground applies; the employer's
  /// "vangnet: yes" is enough, the category is the bedrijfsarts's.
  func isExemptFromMelding42(_ dossier: Verzuimdossier) -> Bool {
    if let category = dossier.bedrijfsartsDossier?.vangnetCategorie {
      return category.isExemptFromMelding42
    }
    return dossier.werknemer.vangnet == true
  }
}
