/// The choices the law leaves open (POORTWACHTER.md marks them ⚠), made explicit so that a
/// user can see and change them instead of the tool guessing silently.
public struct TimelineRules: Sendable, Equatable {
  /// CNT-01: "binnen zes weken" read as day 42 (`uiterlijk in week 6`, UWV): a probleemanalyse
  /// missing or dated after day 42 is a warning; after day 43 (the literal reading, D1 + 42,
  /// has passed) it is an error.
  public var probleemanalyseWarningDay = 42
  public var probleemanalyseErrorDay = 43
  /// TL-02: the Regeling says "tijdig"; practice and arbodienst contracts say within a week.
  public var arbodienstMeldingDays = 7
  /// TL-07 / BIJ-05: UWV expects contact or evaluation at least every six weeks (guidance).
  public var evaluatieIntervalDays = 42
  /// TL-09 / M42-R2: a vangnetter under ZW art. 29 lid 2 e, f or g needs no
  /// 42e-weeksmelding (ZW art. 38 lid 4). When the bedrijfsarts side records the category,
  /// that decides; otherwise, with this on, the employer's "vangnet: yes" is taken as exempt.
  public var vangnetExemptsMelding42 = true
  /// CNT-16: insurers and arbodiensten treat this many sick reports within a year as frequent
  /// verzuim and ask for an early consult. A service convention, not law: a warning, and 0
  /// switches it off.
  public var frequentVerzuimReports = 3

  public init() {}

  public static let standard = TimelineRules()

  func isExemptFromMelding42(_ dossier: Verzuimdossier) -> Bool {
    if let category = dossier.bedrijfsartsDossier?.vangnetCategorie {
      return category.isExemptFromMelding42
    }
    return dossier.werknemer.vangnet == true && vangnetExemptsMelding42
  }
}
