import Kalender

/// CNT-15: the employee leaves employment while still sick, and the re-integratieverslag that
/// asks for on the last working day (ZW art. 38 lid 2; vorm-beleidsregel art. 2a).
///
/// COR-08: the end of the employment triggers it however it is recorded: the last working day
/// or the contract's end date, whichever comes first while the employee is sick.
public struct ZiekUitDienst: Sendable, Equatable {
  public enum Verslag: Sendable, Equatable {
    /// Under six weeks: the ziekmelding to UWV only.
    case geen
    /// Six to ten weeks: the verkort re-integratieverslag.
    case verkort
    /// Ten weeks or more: the full set.
    case volledig
  }

  /// The day the employment ends for Poortwachter: the recorded last working day, or the
  /// contract's end date when that is earlier or the only one recorded. The aangifte to UWV
  /// and any re-integratieverslag are due that day; the employer's steps end with it.
  public let laatsteWerkdag: CalendarDate
  /// Calendar days from the eerste ziektedag to the last working day, counted as
  /// `TimelineRules.ziekUitDienstCountsInclusive` says (both days included by default): UWV
  /// speaks of the time between the two dates, not of counted sick days.
  public let dagen: Int

  public var verslag: Verslag {
    switch dagen {
    case ..<42: .geen
    case ..<70: .verkort
    default: .volledig
    }
  }

  /// The exit of a dossier within a tijdvak, if the employment ends while sick.
  init?(_ dossier: Verzuimdossier, _ tijdvak: Ziektetijdvak, rules: TimelineRules = .standard) {
    let dienstverband = dossier.werknemer.dienstverband
    let lastSickDay = tijdvak.lastSickDay
    let ends = [dienstverband?.laatsteWerkdag, dienstverband?.einddatum].compactMap { $0 }.filter {
      end in end >= tijdvak.eersteZiektedag && (lastSickDay.map { end <= $0 } ?? true)
    }
    guard let end = ends.min() else { return nil }
    laatsteWerkdag = end
    dagen = end.days(since: tijdvak.eersteZiektedag) + (rules.ziekUitDienstCountsInclusive ? 1 : 0)
  }

  /// The short form is allowed under ten weeks, or when the bedrijfsarts expected no dreigend
  /// langdurig verzuim (vorm-beleidsregel art. 2a lid 1); an eigenrisicodrager ZW owes no
  /// verslag at all (ZW art. 38 lid 2).
  public func needsVerkortVerslag(_ dossier: Verzuimdossier) -> Bool {
    guard dossier.werkgever.eigenRisicodragerZW != true else { return false }
    return verslag == .verkort
      || (verslag == .volledig && dossier.probleemanalyse?.dreigendLangdurigVerzuim == false)
  }

  /// Ten weeks or more, with dreigend langdurig verzuim: the full re-integratieverslag, with
  /// actueel oordeel and eindevaluatie, on the last working day.
  public func needsFullVerslag(_ dossier: Verzuimdossier) -> Bool {
    dossier.werkgever.eigenRisicodragerZW != true && verslag == .volledig
      && dossier.probleemanalyse?.dreigendLangdurigVerzuim != false
  }
}
