import Kalender

/// The end of wage payment during illness (TL-22) and what moved it (BW 7:629 lid 11):
/// a late WIA-aanvraag (COR-09) and a loonsanctie (COR-10). A voluntary extension (Wet WIA
/// art. 24) is already in the end of the wachttijd.
public struct Loondoorbetaling: Sendable, Equatable {
  /// The end of the wachttijd (104 weeks, or as voluntarily extended).
  public let eindeWachttijd: CalendarDate
  /// Days the WIA-aanvraag came (or, still missing, is so far) after its term: the wage
  /// period is extended by the delay (BW 7:629 lid 11 a).
  public let vertraging: Int
  /// The latest day for UWV's loonsanctie decision: six weeks before the (extended) end
  /// (Wet WIA art. 25 lid 9–10).
  public let uitersteBeschikking: CalendarDate
  public let loonsanctie: Sanctie?
  public let einde: CalendarDate

  /// A recorded loonsanctie as it takes effect.
  public struct Sanctie: Sendable, Equatable {
    /// The weeks UWV imposed, limited to 52 (Wet WIA art. 25 lid 9).
    public let weken: Int
    /// Days the decision came after its latest date (art. 25 lid 14).
    public let beschikkingTeLaat: Int
    /// Days the sanction is shorter for it, under the reading `lezing` (COR-10 ⚠).
    public let verkorting: Int
    public let lezing: TimelineRules.LateLoonsanctieReading
    /// The decision came after the wachttijd ended: no extension at all (art. 25 lid 11).
    public let zonderGevolg: Bool
    /// The extension starts after WAZO leave that runs when it would start (art. 25 lid 9).
    public let beginNaVerlof: CalendarDate?
    /// The last day of wage payment under the sanction.
    public let einde: CalendarDate?
  }

  init?(
    dossier: Verzuimdossier, tijdvak: Ziektetijdvak, peildatum: CalendarDate,
    eindeWachttijd: CalendarDate?, aanvraag: TimelineStep, rules: TimelineRules
  ) {
    guard let end = eindeWachttijd else { return nil }
    self.eindeWachttijd = end
    let delay: Int =
      switch aanvraag.state {
      case .done(_, let late): late
      case .overdue(let days): days
      default: 0
      }
    vertraging = delay
    let base = end.adding(days: delay)
    let latest = base.adding(days: -Dag.loonsanctie)
    uitersteBeschikking = latest
    guard let recorded = dossier.loonsanctie, let weeks = recorded.weken else {
      loonsanctie = nil
      einde = base
      return
    }
    let capped = min(max(weeks, 0), 52)
    let decision = recorded.beschikkingsdatum
    if let decision, decision > base {
      loonsanctie = Sanctie(
        weken: capped, beschikkingTeLaat: 0, verkorting: 0,
        lezing: rules.lateLoonsanctieShortens, zonderGevolg: true, beginNaVerlof: nil,
        einde: nil)
      einde = base
      return
    }
    let late = decision.map { max(0, $0.days(since: latest)) } ?? 0
    let days: Int =
      switch rules.lateLoonsanctieShortens {
      case .sanctie: max(0, capped * 7 - late)
      case .maximum: max(0, min(capped * 7, 52 * 7 - late))
      }
    let shortening = capped * 7 - days
    let start = base.adding(days: 1)
    let leave = (dossier.wazoVerlof ?? []).first { $0.van <= start && start <= $0.totEnMet }
    let sanctionEnd = (leave?.totEnMet ?? base).adding(days: days)
    let ended = recorded.einddatum.map { min($0, sanctionEnd) } ?? sanctionEnd
    loonsanctie = Sanctie(
      weken: capped, beschikkingTeLaat: late, verkorting: shortening,
      lezing: rules.lateLoonsanctieShortens, zonderGevolg: false,
      beginNaVerlof: leave.map { $0.totEnMet.adding(days: 1) }, einde: ended)
    einde = max(base, ended)
  }

  /// Dutch words for the timeline: what made the end what it is.
  var toelichting: String {
    var parts = ["104 weken"]
    if vertraging > 0 {
      parts.append(
        "verlengd met \(TimelineStep.days(vertraging)) door een late WIA-aanvraag (BW 7:629 lid 11 a)"
      )
    }
    if let sanctie = loonsanctie {
      if sanctie.zonderGevolg {
        parts.append(
          "de loonsanctie is beschikt na het einde van de wachttijd en verlengt niets (Wet WIA art. 25 lid 11)"
        )
      } else {
        var text = "loonsanctie van \(sanctie.weken) weken (Wet WIA art. 25 lid 9)"
        if sanctie.beschikkingTeLaat > 0 {
          let reading =
            sanctie.lezing == .maximum
            ? "het maximum van 52 weken wordt zoveel korter, niet de opgelegde duur"
            : "de opgelegde duur wordt zoveel korter"
          text +=
            ", beschikt \(TimelineStep.days(sanctie.beschikkingTeLaat)) na de uiterste datum: \(TimelineStep.days(sanctie.verkorting)) korter (lid 14; lezing: \(reading))"
        }
        if let begin = sanctie.beginNaVerlof {
          text += ", begint na het verlof op \(begin.dutch)"
        }
        parts.append(text)
      }
    }
    return parts.joined(separator: "; ")
  }
}
