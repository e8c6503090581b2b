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
    /// Days the decision came after its latest date: the sanction is that much shorter
    /// (art. 25 lid 14).
    public let verkorting: Int
    /// The decision came after the wachttijd ended: no extension at all (art. 25 lid 11).
    public let zonderGevolg: Bool
    /// The extension starts after WAZO leave that runs when it would start (art. 25 lid 9).
    public let beginNaVerlof: CalendarDate?
    /// The last day of wage payment under the sanction.
    public let einde: CalendarDate?
  }

  init?(
    dossier: Verzuimdossier, tijdvak: Ziektetijdvak, peildatum: CalendarDate,
    eindeWachttijd: CalendarDate?, aanvraag: TimelineStep
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
        weken: capped, verkorting: 0, zonderGevolg: true, beginNaVerlof: nil, einde: nil)
      einde = base
      return
    }
    let shortening = decision.map { max(0, $0.days(since: latest)) } ?? 0
    let days = max(0, capped * 7 - shortening)
    let start = base.adding(days: 1)
    let leave = (dossier.wazoVerlof ?? []).first { $0.van <= start && start <= $0.totEnMet }
    let sanctionEnd = (leave?.totEnMet ?? base).adding(days: days)
    let ended = recorded.einddatum.map { min($0, sanctionEnd) } ?? sanctionEnd
    loonsanctie = Sanctie(
      weken: capped, verkorting: shortening, zonderGevolg: false,
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
        if sanctie.verkorting > 0 {
          text +=
            ", \(TimelineStep.days(sanctie.verkorting)) korter door een late beschikking (lid 14)"
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
