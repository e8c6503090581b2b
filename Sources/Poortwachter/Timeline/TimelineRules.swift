/// The choices the law leaves open (POORTWACHTER.md marks them ⚠), made explicit so that a
/// user can see and change them instead of the tool guessing silently.
public struct TimelineRules: Sendable, Equatable {
  /// CNT-01: "binnen zes weken" read as day 42 (`uiterlijk in week 6`, UWV) gives a warning
  /// after that day; the literal reading, D1 + 42, is when a missing probleemanalyse becomes
  /// an error.
  public var probleemanalyseWarningDay = 42
  public var probleemanalyseErrorDay = 43
  /// TL-02: the Regeling says "tijdig"; practice and arbodienst contracts say within a week.
  public var arbodienstMeldingDays = 7
  /// TL-07 / BIJ-05: UWV expects contact or evaluation at least every six weeks (guidance).
  public var evaluatieIntervalDays = 42
  /// TL-09 / M42-R2: a vangnetter already reported to UWV needs no 42e-weeksmelding
  /// (ZW art. 38 lid 4). The employer only knows "vangnet: yes"; with this on, that suffices.
  public var vangnetExemptsMelding42 = true

  public init() {}

  public static let standard = TimelineRules()
}
