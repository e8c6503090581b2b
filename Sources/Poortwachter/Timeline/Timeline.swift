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
      return
    }
    var builder = TimelineBuilder(
      dossier: dossier, tijdvak: tijdvak, peildatum: peildatum, rules: rules)
    self.eindeWachttijd = builder.eindeWachttijd
    self.ziekUitDienst = builder.ziekUitDienst
    self.steps = builder.build()
  }

  public func step(_ rule: String) -> TimelineStep? { steps.first { $0.rule == rule } }
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
  /// Wet WIA art. 25 lid 3: 13 weeks before the end of the wachttijd.
  static let riv = 91
  /// Wet WIA art. 64 lid 3: 11 weeks before the end of the wachttijd.
  static let aanvraag = 77
  /// Wet WIA art. 25 lid 9: 6 weeks before the end of the wachttijd.
  static let loonsanctie = 42
}

struct TimelineBuilder {
  let dossier: Verzuimdossier
  let tijdvak: Ziektetijdvak
  let peildatum: CalendarDate
  let rules: TimelineRules
  let eindeWachttijd: CalendarDate?
  let ziekUitDienst: ZiekUitDienst?
  /// The day after which the employer's steps lapse: recovery, or leaving employment.
  let ending: (date: CalendarDate, reason: String)?

  init(
    dossier: Verzuimdossier, tijdvak: Ziektetijdvak, peildatum: CalendarDate, rules: TimelineRules
  ) {
    self.dossier = dossier
    self.tijdvak = tijdvak
    self.peildatum = peildatum
    self.rules = rules
    self.eindeWachttijd =
      dossier.verlengingLoondoorbetaling?.nieuweEinddatum ?? tijdvak.date(ofDay: Dag.wachttijd)
    let exit = ZiekUitDienst(dossier, tijdvak)
    self.ziekUitDienst = exit
    if let exit {
      ending = (exit.laatsteWerkdag, "uit dienst na \(exit.laatsteWerkdag.dutch)")
    } else if let last = tijdvak.lastSickDay {
      ending = (last, "hersteld op \(last.adding(days: 1).dutch)")
    } else {
      ending = nil
    }
  }

  mutating func build() -> [TimelineStep] {
    var steps: [TimelineStep] = []
    let d1 = tijdvak.eersteZiektedag
    let vangnet = dossier.werknemer.vangnet == true

    steps.append(
      step(
        "TL-01", "S1", "Ziekmelding door de werknemer bij de werkgever",
        due: vangnet ? d1.adding(days: 1) : d1, done: dossier.ziekmelding?.datumMeldingWerkgever,
        source: vangnet ? "ZW art. 38a lid 1" : "BW 7:629 lid 6 (verzuimvoorschriften)",
        note: vangnet ? "vangnetter: uiterlijk op de tweede ziektedag" : nil))

    steps.append(
      step(
        "TL-02", "S2", "Ziekmelding bij bedrijfsarts of arbodienst",
        due: d1.adding(days: rules.arbodienstMeldingDays),
        done: dossier.ziekmelding?.datumMeldingArbodienst,
        source: "Regeling procesgang art. 2 lid 1",
        note: "de Regeling zegt 'tijdig'; \(rules.arbodienstMeldingDays) dagen is de praktijk"))

    if let vangnet = vangnetMelding() { steps.append(vangnet) }

    let pa = dossier.probleemanalyse
    let paNotNeeded = pa?.dreigendLangdurigVerzuim == false
    steps.append(
      step(
        "TL-04", "S3", "Probleemanalyse door de bedrijfsarts",
        due: tijdvak.date(ofDay: rules.probleemanalyseWarningDay), done: pa?.datum,
        source: "Regeling procesgang art. 2 lid 2–3",
        notApplicable: paNotNeeded
          ? "de bedrijfsarts verwacht geen dreigend langdurig verzuim" : nil,
        note:
          "uiterlijk dag \(rules.probleemanalyseWarningDay) (week 6); na dag \(rules.probleemanalyseErrorDay) een fout (CNT-01)"
      ))

    let noPlan = paNotNeeded || pa?.geenBenutbareMogelijkheden == true
    let planDue = pa?.datum.map { $0.adding(days: 14) } ?? tijdvak.date(ofDay: Dag.plan)
    let plan = dossier.planVanAanpak
    steps.append(
      step(
        "TL-05", "S4", "Plan van aanpak", due: planDue, done: plan?.datum,
        source: "Regeling procesgang art. 4 lid 1; Wet WIA art. 25 lid 2",
        notApplicable: noPlan && plan == nil
          ? "de probleemanalyse ziet geen benutbare mogelijkheden (PA-07)" : nil,
        note: pa?.datum != nil
          ? "twee weken na de probleemanalyse" : "week 8 (geen probleemanalyse vastgelegd)"))

    if let planDate = plan?.datum {
      let records =
        [planDate] + (dossier.evaluaties ?? []).compactMap(\.datum)
        + (dossier.bijstellingenPlanVanAanpak ?? []).compactMap(\.datum)
        + [dossier.eerstejaarsevaluatie?.datum].compactMap { $0 }
      let last = records.filter { $0 <= peildatum }.max() ?? planDate
      steps.append(
        step(
          "TL-07", "S5", "Evaluatie van het plan van aanpak",
          due: last.adding(days: rules.evaluatieIntervalDays),
          done: nil,
          source: "Regeling procesgang art. 4 lid 2 b; UWV: ten minste eens per zes weken",
          note: "laatste evaluatiemoment \(last.dutch)"))
    }

    let exempt = rules.isExemptFromMelding42(dossier)
    steps.append(
      step(
        "TL-09", "S6", "Ziekmelding langdurig zieke werknemer aan UWV (42e week)",
        due: tijdvak.date(ofDay: Dag.melding42), done: dossier.melding42eWeek?.datum,
        source: "ZW art. 38 lid 1",
        notApplicable: exempt && dossier.melding42eWeek == nil
          ? "vangnetter, al bij UWV gemeld (ZW art. 38 lid 4)" : nil,
        note: "uiterlijk de eerste dag na 42 weken ongeschiktheid"))

    steps.append(
      informative(
        "TL-10", "UWV schrijft over de re-integratie en de eerstejaarsevaluatie",
        due: tijdvak.date(ofDay: Dag.briefEerstejaars), source: "UWV, langdurige ziekte melden",
        note: "rond week 44, na de 42e-weeksmelding"))

    steps.append(
      step(
        "TL-11", "S7", "Eerstejaarsevaluatie", due: tijdvak.date(ofDay: Dag.eerstejaars),
        done: dossier.eerstejaarsevaluatie?.datum,
        source: "Regeling procesgang art. 4 lid 2 b, art. 6 lid 1 h"))

    steps.append(
      informative(
        "TL-12", "Laatste week voor een aanvraag van een vervroegde IVA-uitkering",
        due: tijdvak.date(ofDay: Dag.vervroegdeIVA), source: "Wet WIA art. 23 lid 6, art. 66",
        note:
          "alleen als de bedrijfsarts duurzame volledige arbeidsongeschiktheid verwacht; week 68"))

    // Only once the melding is overdue: before that, the 81-week limit is nobody's concern.
    if let melding = steps.last(where: { $0.rule == "TL-09" }), case .overdue = melding.state {
      steps.append(
        informative(
          "TL-13",
          "Zonder 42e-weeksmelding maakt een late UWV-brief een late WIA-aanvraag niet meer tijdig",
          due: tijdvak.date(ofDay: Dag.melding42Afgrens), source: "Wet WIA art. 64 lid 6",
          note: "81 weken; de 42e-weeksmelding ontbreekt"))
    }

    steps.append(
      informative(
        "TL-14", "UWV informeert de werknemer over de WIA-aanvraag",
        due: tijdvak.date(ofDay: Dag.briefUWV), source: "Wet WIA art. 64 lid 2",
        note: "uiterlijk na 89 weken wachttijd"))

    let rivDue = eindeWachttijd.map { $0.adding(days: -Dag.riv) }
    steps.append(
      step(
        "TL-15", "S8", "Actueel oordeel van de bedrijfsarts", due: rivDue,
        done: dossier.actueelOordeel?.datum,
        source: "Regeling procesgang art. 6 lid 1 i–k", note: "vóór de eindevaluatie"))
    steps.append(
      step(
        "TL-16", "S9", "Eindevaluatie", due: rivDue, done: dossier.eindevaluatie?.datum,
        source: "Regeling procesgang art. 6 lid 1 h"))
    steps.append(
      step(
        "TL-17", "S10", "Re-integratieverslag opgesteld, kopie aan de werknemer", due: rivDue,
        done: dossier.reintegratieverslag?.datum, source: "Wet WIA art. 25 lid 3",
        note: "13 weken vóór het einde van de wachttijd"))
    steps.append(
      step(
        "TL-18", "S11", "WIA-aanvraag door de werknemer",
        due: eindeWachttijd.map { $0.adding(days: -Dag.aanvraag) },
        done: dossier.wiaAanvraag?.datum,
        source: "Wet WIA art. 64 lid 3, art. 65", note: "11 weken vóór het einde van de wachttijd"))
    steps.append(
      informative(
        "TL-20", "Uiterste datum beschikking loonsanctie UWV",
        due: eindeWachttijd.map { $0.adding(days: -Dag.loonsanctie) },
        source: "Wet WIA art. 25 lid 9–11"))

    if let ziekUitDienst = ziekUitDienstStep() { steps.append(ziekUitDienst) }
    if let verlenging = dossier.verlengingLoondoorbetaling {
      steps.append(
        informative(
          "TL-23", "Vrijwillige verlenging loondoorbetaling", due: verlenging.nieuweEinddatum,
          source: "Wet WIA art. 24",
          note: verlenging.aanvraagdatum.map { "aangevraagd op \($0.dutch)" }))
    }
    steps.append(eindeLoondoorbetaling())
    return steps
  }

  /// TL-03: the arbodienst reports a vangnetter to UWV; when depends on the category, which only
  /// the bedrijfsarts side knows (ZW art. 38a lid 2–3).
  private func vangnetMelding() -> TimelineStep? {
    guard let category = dossier.bedrijfsartsDossier?.vangnetCategorie else { return nil }
    let d1 = tijdvak.eersteZiektedag
    let (due, note): (CalendarDate, String) =
      switch category {
      case .orgaandonatie, .zwangerschap, .noRiskPolis:
        (d1.adding(days: 42), "de eerste dag na zes weken (ZW art. 38a lid 3)")
      case .overig: (d1.adding(days: 3), "de vierde dag van ongeschiktheid (ZW art. 38a lid 2)")
      }
    return step(
      "TL-03", "S1", "Ziekmelding vangnetter bij UWV (via de arbodienst)", due: due,
      done: dossier.bedrijfsartsDossier?.datumMeldingVangnetUWV, source: "ZW art. 38, 38a, 38b",
      note: note)
  }

  private func eindeLoondoorbetaling() -> TimelineStep {
    var end = eindeWachttijd
    var note = "104 weken"
    if dossier.verlengingLoondoorbetaling?.nieuweEinddatum != nil {
      note = "verlengd (Wet WIA art. 24)"
    }
    if let sanctie = dossier.loonsanctie, let recorded = sanctie.weken, let base = end {
      // Wet WIA art. 25 lid 9: at most 52 weeks; a figure outside 0…52 is reported by validation.
      let weeks = min(max(recorded, 0), 52)
      let sanctionEnd = base.adding(days: weeks * 7)
      end = min(sanctie.einddatum ?? sanctionEnd, sanctionEnd)
      note += "; loonsanctie van \(weeks) weken (Wet WIA art. 25 lid 9)"
    }
    return informative(
      "TL-22", "Einde loondoorbetaling bij ziekte", due: end,
      source: "BW 7:629 lid 1, lid 11; Wet WIA art. 23 lid 1", note: note)
  }

  private func ziekUitDienstStep() -> TimelineStep? {
    guard let exit = ziekUitDienst else { return nil }
    let laatsteWerkdag = exit.laatsteWerkdag
    let (what, done): (String, CalendarDate?) =
      switch exit.verslag {
      case .geen: ("ziekmelding bij UWV; geen re-integratieverslag nodig", laatsteWerkdag)
      case .verkort:
        (
          "ziekmelding bij UWV en verkort re-integratieverslag",
          dossier.verkortReintegratieverslag?.datum
        )
      case .volledig:
        ("ziekmelding bij UWV en volledig re-integratieverslag", dossier.reintegratieverslag?.datum)
      }
    return TimelineStep(
      rule: "TL-24", step: "S12", title: "Ziek uit dienst: \(what)", due: laatsteWerkdag,
      ziekteweek: tijdvak.ziekteweek(on: laatsteWerkdag),
      state: state(due: laatsteWerkdag, done: done), source: "ZW art. 38 lid 2; CNT-15",
      note: "\(exit.dagen) dagen tussen eerste ziektedag en laatste werkdag")
  }

  private func step(
    _ rule: String, _ stepID: String, _ title: String, due: CalendarDate?, done: CalendarDate?,
    source: String, notApplicable: String? = nil, note: String? = nil
  ) -> TimelineStep {
    let week = due.map { tijdvak.ziekteweek(on: $0) }
    let state: TimelineStep.State
    if let notApplicable, done == nil {
      state = .notApplicable(reason: notApplicable)
    } else if done == nil, let reason = lapsed(due) {
      state = .notApplicable(reason: reason)
    } else if let due {
      state = self.state(due: due, done: done)
    } else if let done {
      state = .done(on: done, daysLate: 0)
    } else {
      state = .notApplicable(reason: ending?.reason ?? "niet bereikt")
    }
    return TimelineStep(
      rule: rule, step: stepID, title: title, due: due, ziekteweek: week, state: state,
      source: source, note: note)
  }

  private func informative(
    _ rule: String, _ title: String, due: CalendarDate?, source: String, note: String? = nil
  ) -> TimelineStep {
    let state: TimelineStep.State
    if let reason = lapsed(due) {
      state = .notApplicable(reason: reason)
    } else if let due {
      state = .informative(inDays: due.days(since: peildatum))
    } else {
      state = .notApplicable(reason: "niet bereikt")
    }
    return TimelineStep(
      rule: rule, step: nil, title: title, due: due,
      ziekteweek: due.map { tijdvak.ziekteweek(on: $0) },
      state: state, source: source, note: note)
  }

  /// Why a step no longer applies: the case ended (recovery, leaving) before it fell due.
  private func lapsed(_ due: CalendarDate?) -> String? {
    guard let ending else { return nil }
    guard let due else { return ending.reason }
    return due > ending.date ? ending.reason : nil
  }

  private func state(due: CalendarDate, done: CalendarDate?) -> TimelineStep.State {
    if let done { return .done(on: done, daysLate: max(0, done.days(since: due))) }
    let days = due.days(since: peildatum)
    return days >= 0 ? .due(inDays: days) : .overdue(byDays: -days)
  }
}
