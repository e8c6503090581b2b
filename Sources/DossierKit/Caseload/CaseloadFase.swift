import Kalender
public import Poortwachter

/// Where a case stands in the Poortwachter process on the reference date, in the words a
/// casemanager uses ("plan van aanpak loopt", "tweede ziektejaar").
///
/// Derived from the timeline and the documents the dossier holds, never stored: the phase
/// of a case follows from its dates.
public enum CaseloadFase: String, Sendable, Encodable, CaseIterable {
  /// No verzuimperiode starts on or before the reference date.
  case geenVerzuim = "geen-verzuim"
  /// Ziekmelding done or due, the probleemanalyse not yet there (weeks 1–6).
  case ziekgemeld
  /// The probleemanalyse is there, the plan van aanpak not yet (Regeling procesgang art. 4).
  case planVolgt = "plan-volgt"
  /// The probleemanalyse expects no long-term absence or sees no usable possibilities, so no
  /// plan van aanpak is due (the timeline's plan step does not apply).
  case geenPlanNodig = "geen-plan-nodig"
  /// The first year of the plan van aanpak, until week 52.
  case planLoopt = "plan-loopt"
  /// Weeks 53 until the re-integratieverslag is due (13 weeks before the end of the wachttijd).
  case tweedeJaar = "tweede-jaar"
  /// The last 13 weeks: actueel oordeel, eindevaluatie, re-integratieverslag, WIA-aanvraag.
  case wiaAanvraag = "wia-aanvraag"
  /// Past week 104 in a voluntarily extended wachttijd (Wet WIA art. 24).
  case verlengd
  /// Past the end of the wachttijd (and of any extension): loondoorbetaling has ended.
  case wachttijdVoorbij = "wachttijd-voorbij"
  /// Recovered before the reference date.
  case hersteld
  /// Left employment while sick (CNT-15), before the reference date.
  case uitDienst = "uit-dienst"

  /// The words of the overview.
  public var dutch: String {
    switch self {
    case .geenVerzuim: "geen verzuim"
    case .ziekgemeld: "ziekgemeld, probleemanalyse volgt"
    case .planVolgt: "plan van aanpak volgt"
    case .geenPlanNodig: "geen plan van aanpak nodig"
    case .planLoopt: "plan van aanpak loopt"
    case .tweedeJaar: "tweede ziektejaar"
    case .wiaAanvraag: "afronding en WIA-aanvraag"
    case .verlengd: "verlengde wachttijd"
    case .wachttijdVoorbij: "wachttijd voorbij"
    case .hersteld: "hersteld"
    case .uitDienst: "uit dienst"
    }
  }

  /// A case the employer no longer acts on (its remaining steps lapsed): listed last unless a
  /// step is still overdue.
  public var isClosed: Bool {
    switch self {
    case .geenVerzuim, .wachttijdVoorbij, .hersteld, .uitDienst: true
    default: false
    }
  }

  /// The phase of `dossier` on the timeline's reference date.
  public init(dossier: Verzuimdossier, timeline: Timeline) {
    let peildatum = timeline.peildatum
    guard let tijdvak = timeline.tijdvak else {
      self = .geenVerzuim
      return
    }
    if let exit = timeline.ziekUitDienst, exit.laatsteWerkdag < peildatum {
      self = .uitDienst
    } else if let last = tijdvak.lastSickDay, last < peildatum {
      self = .hersteld
    } else if let einde = timeline.eindeWachttijd, peildatum > einde {
      self = .wachttijdVoorbij
    } else if let week104 = tijdvak.date(ofDay: 728), peildatum > week104 {
      self = .verlengd
    } else if let einde = timeline.eindeWachttijd, peildatum >= einde.adding(days: -91) {
      self = .wiaAanvraag
    } else if timeline.ziekteweek > 52 {
      self = .tweedeJaar
    } else if dossier.planVanAanpak?.datum != nil {
      self = .planLoopt
    } else if dossier.probleemanalyse?.datum != nil {
      if case .notApplicable = timeline.step(.tl05)?.state {
        self = .geenPlanNodig
      } else {
        self = .planVolgt
      }
    } else {
      self = .ziekgemeld
    }
  }
}
