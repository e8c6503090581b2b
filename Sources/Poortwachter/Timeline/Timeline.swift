import Kalender

/// A case's deadlines on a reference date: every step of POORTWACHTER.md §2 with its due date,
/// ziekteweek and state. The reference date is always an input, never the clock.
public struct Timeline: Sendable, Equatable {
  public let peildatum: CalendarDate
  /// The chained periods the deadlines count from; nil before the first ziektedag.
  public let tijdvak: Ziektetijdvak?
  public let steps: [TimelineStep]

  /// The ziekteweek on the reference date (0 before D1).
  public var ziekteweek: Int { tijdvak?.ziekteweek(on: peildatum) ?? 0 }

  /// The last day of the wachttijd (104 weeks, Wet WIA art. 23 lid 1), or of a voluntarily
  /// extended one (art. 24).
  public let eindeWachttijd: CalendarDate?

  /// The employee left while sick (CNT-15), if so.
  public let ziekUitDienst: ZiekUitDienst?

  /// The evaluation cadence since the plan van aanpak (TL-07, BIJ-05), if there is a plan.
  public let evaluatiecadans: Evaluatiecadans?

  /// The end of wage payment (TL-22) and what moved it: a late WIA-aanvraag, a loonsanctie.
  public let loondoorbetaling: Loondoorbetaling?

  /// The last day the employer's re-integration steps run: the last sick day, or the last
  /// working day of an employee who left while sick; nil while the case runs.
  public var eindeWerkgeversstappen: CalendarDate? {
    ziekUitDienst?.laatsteWerkdag ?? tijdvak?.lastSickDay
  }

  public init(dossier: Verzuimdossier, on peildatum: CalendarDate, rules: TimelineRules = .standard)
  {
    self.peildatum = peildatum
    let tijdvak = Ziektetijdvak.current(
      periodes: dossier.verzuimperiodes, wazoVerlof: dossier.wazoVerlof ?? [], on: peildatum)
    self.tijdvak = tijdvak
    guard let tijdvak else {
      self.steps = []
      self.eindeWachttijd = nil
      self.ziekUitDienst = nil
      self.evaluatiecadans = nil
      self.loondoorbetaling = nil
      return
    }
    var builder = TimelineBuilder(
      dossier: dossier, tijdvak: tijdvak, peildatum: peildatum, rules: rules)
    self.eindeWachttijd = builder.eindeWachttijd
    self.ziekUitDienst = builder.ziekUitDienst
    self.evaluatiecadans = builder.cadans
    self.steps = builder.build()
    self.loondoorbetaling = builder.loondoorbetaling
  }

  public func step(_ rule: Regel) -> TimelineStep? { steps.first { $0.rule == rule } }
}

/// The day numbers of §1 (day n = D1 + n − 1 in an uninterrupted case).
enum Dag {
  static let plan = 56
  /// TL-10: UWV writes about the re-integration duties and the eerstejaarsevaluatie around week 44.
  static let briefEerstejaars = 44 * 7
  /// TL-12: a shortened wachttijd ends 10 weeks after the request at the earliest and by week 78.
  static let vervroegdeIVA = 68 * 7
  /// TL-13: Wet WIA art. 64 lid 6, 81 weeks.
  static let melding42Afgrens = 81 * 7
  static let melding42 = 295
  static let eerstejaars = 364
  static let briefUWV = 623
  static let wachttijd = 728
  /// Wet WIA art. 64 lid 2: UWV's notice after 89 weeks, 15 weeks before the end of the
  /// wachttijd (day 623 of 728).
  static let kennisgeving = 105
  /// Wet WIA art. 25 lid 3: 13 weeks before the end of the wachttijd.
  static let riv = 91
  /// Wet WIA art. 64 lid 3: 11 weeks before the end of the wachttijd.
  static let aanvraag = 77
  /// Wet WIA art. 25 lid 9: 6 weeks before the end of the wachttijd.
  static let loonsanctie = 42
}
