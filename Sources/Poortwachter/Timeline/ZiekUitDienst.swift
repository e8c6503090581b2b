import Kalender

/// CNT-15: the employee leaves employment while still sick, and the re-integratieverslag that
/// asks for on the last working day (ZW art. 38 lid 2; vorm-beleidsregel art. 2a).
public struct ZiekUitDienst: Sendable, Equatable {
  public enum Verslag: Sendable, Equatable {
    /// Under six weeks: the ziekmelding to UWV only.
    case geen
    /// Six to ten weeks: the verkort re-integratieverslag.
    case verkort
    /// Ten weeks or more: the full set.
    case volledig
  }

  public let laatsteWerkdag: CalendarDate
  /// Calendar days between the eerste ziektedag and the last working day: UWV speaks of the
  /// time between the two dates, not of counted sick days.
  public let dagen: Int

  public var verslag: Verslag {
    switch dagen {
    case ..<42: .geen
    case ..<70: .verkort
    default: .volledig
    }
  }

  /// The exit of a dossier within a tijdvak, if the last working day falls while sick.
  init?(_ dossier: Verzuimdossier, _ tijdvak: Ziektetijdvak) {
    guard let laatste = dossier.werknemer.dienstverband?.laatsteWerkdag,
      laatste >= tijdvak.eersteZiektedag, tijdvak.lastSickDay.map({ laatste <= $0 }) ?? true
    else { return nil }
    laatsteWerkdag = laatste
    dagen = laatste.days(since: tijdvak.eersteZiektedag)
  }
}
