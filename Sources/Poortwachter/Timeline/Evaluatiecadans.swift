import Kalender

/// The evaluation cadence of a plan van aanpak (TL-07, BIJ-05): one computation that the
/// timeline shows and the validator reports from (COR-11), so the two cannot disagree.
///
/// UWV expects an evaluation at least every six weeks. The weeks are counted in sick days
/// (COR-02): days of WAZO leave, and fit days between chained periods, are no days of
/// incapacity and do not count.
public struct Evaluatiecadans: Sendable, Equatable {
  /// A stretch between two evaluation moments (or from the last one to the reference date)
  /// holding more sick days than the interval allows.
  public struct Gat: Sendable, Equatable {
    public let van: CalendarDate
    public let tot: CalendarDate
    /// Counted sick days after `van` up to and including `tot`.
    public let ziektedagen: Int
    /// The gap still runs on the reference date: no evaluation since `van`.
    public let isOpen: Bool
  }

  /// The plan's date and every later evaluation moment up to the reference date, sorted: the
  /// evaluaties, plan bijstellingen, the eerstejaarsevaluatie and the eindevaluatie.
  public let momenten: [CalendarDate]
  /// The next evaluation is due by this date: `interval` sick days after the last moment; nil
  /// when the case ends before that day is reached.
  public let volgende: CalendarDate?
  public let gaten: [Gat]

  init?(
    dossier: Verzuimdossier, tijdvak: Ziektetijdvak, peildatum: CalendarDate,
    einde: CalendarDate?, interval: Int
  ) {
    guard let plan = dossier.planVanAanpak?.datum else { return nil }
    let later =
      (dossier.evaluaties ?? []).compactMap(\.datum)
      + (dossier.bijstellingenPlanVanAanpak ?? []).compactMap(\.datum)
      + [dossier.eerstejaarsevaluatie?.datum, dossier.eindevaluatie?.datum].compactMap { $0 }
    let moments = Array(Set([plan] + later.filter { $0 >= plan && $0 <= peildatum })).sorted()
    momenten = moments
    let last = moments.last ?? plan
    let lastCount = tijdvak.dayCount(through: last)
    volgende = tijdvak.date(ofDay: lastCount + interval + 1).map { $0.adding(days: -1) }
    let end = min(peildatum, einde ?? peildatum)
    var gaps: [Gat] = []
    var stops = moments.map { ($0, false) }
    if end > last { stops.append((end, true)) }
    for (from, to) in zip(stops, stops.dropFirst()) {
      let days = tijdvak.dayCount(through: to.0) - tijdvak.dayCount(through: from.0)
      if days > interval {
        gaps.append(Gat(van: from.0, tot: to.0, ziektedagen: days, isOpen: to.1))
      }
    }
    gaten = gaps
  }
}
