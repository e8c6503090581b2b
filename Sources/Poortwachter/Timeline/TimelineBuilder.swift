import Kalender

/// Builds a case's timeline steps. Every date the validator checks comes from here (COR-11):
/// the validator reads the steps' states instead of computing its own.
struct TimelineBuilder {
  let dossier: Verzuimdossier
  let tijdvak: Ziektetijdvak
  let peildatum: CalendarDate
  let rules: TimelineRules
  let eindeWachttijd: CalendarDate?
  let ziekUitDienst: ZiekUitDienst?
  let cadans: Evaluatiecadans?
  /// The day after which the employer's steps lapse: recovery, or leaving employment.
  let ending: (date: CalendarDate, reason: String)?
  /// Set by `build()`.
  var loondoorbetaling: Loondoorbetaling? = nil

  init(
    dossier: Verzuimdossier, tijdvak: Ziektetijdvak, peildatum: CalendarDate, rules: TimelineRules
  ) {
    self.dossier = dossier
    self.tijdvak = tijdvak
    self.peildatum = peildatum
    self.rules = rules
    self.eindeWachttijd =
      dossier.verlengingLoondoorbetaling?.nieuweEinddatum ?? tijdvak.date(ofDay: Dag.wachttijd)
    let exit = ZiekUitDienst(dossier, tijdvak, rules: rules)
    self.ziekUitDienst = exit
    let ending: (date: CalendarDate, reason: String)?
    if let exit {
      ending = (exit.laatsteWerkdag, "uit dienst na \(exit.laatsteWerkdag.dutch)")
    } else if let last = tijdvak.lastSickDay {
      ending = (last, "hersteld op \(last.adding(days: 1).dutch)")
    } else {
      ending = nil
    }
    self.ending = ending
    self.cadans = Evaluatiecadans(
      dossier: dossier, tijdvak: tijdvak, peildatum: peildatum, einde: ending?.date,
      interval: rules.evaluatieIntervalDays)
  }

  mutating func build() -> [TimelineStep] {
    var steps: [TimelineStep] = []
    let d1 = tijdvak.eersteZiektedag
    let vangnet = dossier.werknemer.vangnet == true

    steps.append(
      step(
        .tl01, due: vangnet ? d1.adding(days: 1) : d1,
        done: dossier.ziekmelding?.datumMeldingWerkgever,
        note: vangnet ? "vangnetter: uiterlijk op de tweede ziektedag" : nil))

    steps.append(
      step(
        .tl02, due: d1.adding(days: rules.arbodienstMeldingDays),
        done: dossier.ziekmelding?.datumMeldingArbodienst,
        note: "de Regeling zegt 'tijdig'; \(rules.arbodienstMeldingDays) dagen is de praktijk"))

    if let vangnet = vangnetMelding() { steps.append(vangnet) }

    let pa = dossier.probleemanalyse
    let paNotNeeded = pa?.dreigendLangdurigVerzuim == false
    steps.append(
      step(
        .tl04, due: tijdvak.date(ofDay: rules.probleemanalyseWarningDay), done: pa?.datum,
        notApplicable: paNotNeeded
          ? "de bedrijfsarts verwacht geen dreigend langdurig verzuim" : nil,
        note:
          "uiterlijk dag \(rules.probleemanalyseWarningDay) (week 6); na dag \(rules.probleemanalyseErrorDay) een fout (CNT-01)"
      ))

    let herbeoordeling = nieuwOordeel()
    if paNotNeeded { steps.append(herbeoordelingStep(herbeoordeling)) }
    steps.append(planStep(herbeoordeling: herbeoordeling))

    if let cadans {
      let earlier = cadans.gaten.filter { !$0.isOpen }
      let history =
        earlier.isEmpty
        ? ""
        : "; eerder te lang zonder evaluatie: "
          + earlier.map { "\($0.van.dutch) – \($0.tot.dutch) (\($0.ziektedagen) ziektedagen)" }
          .joined(separator: ", ")
      steps.append(
        step(
          .tl07, due: cadans.volgende, done: nil,
          note:
            "laatste evaluatiemoment \((cadans.momenten.last ?? peildatum).dutch); \(rules.evaluatieIntervalDays) ziektedagen, verlof niet meegeteld (COR-02)"
            + history))
    }

    let exempt = rules.isExemptFromMelding42(dossier)
    steps.append(
      step(
        .tl09, due: tijdvak.date(ofDay: Dag.melding42), done: dossier.melding42eWeek?.datum,
        notApplicable: exempt && dossier.melding42eWeek == nil
          ? "vangnetter: geen 42e-weeksmelding (ZW art. 38 lid 1 en 4; COR-03)" : nil,
        note: "uiterlijk de eerste dag na 42 weken ongeschiktheid"))

    steps.append(
      informative(
        .tl10, due: tijdvak.date(ofDay: Dag.briefEerstejaars),
        note: "rond week 44, na de 42e-weeksmelding"))

    steps.append(eerstejaarsStep())

    steps.append(
      informative(
        .tl12, due: tijdvak.date(ofDay: Dag.vervroegdeIVA),
        note:
          "alleen als de bedrijfsarts duurzame volledige arbeidsongeschiktheid verwacht; week 68"))

    // Only once the melding is overdue: before that, the 81-week limit is nobody's concern.
    if let melding = steps.last(where: { $0.rule == .tl09 }), case .overdue = melding.state {
      steps.append(
        informative(
          .tl13, due: tijdvak.date(ofDay: Dag.melding42Afgrens),
          note: "81 weken; de 42e-weeksmelding ontbreekt"))
    }

    steps.append(
      informative(
        .tl14, due: eindeWachttijd.map { $0.adding(days: -Dag.kennisgeving) },
        note: dossier.wiaAanvraag?.datumKennisgevingUWV.map {
          "kennisgeving ontvangen op \($0.dutch)"
        }
          ?? "uiterlijk na 89 weken wachttijd"))

    // The full set is due 13 weeks before the end of the wachttijd, or on the last working day
    // when the employee leaves sick after ten weeks or more (CNT-15), whichever comes first.
    var rivDue = eindeWachttijd.map { $0.adding(days: -Dag.riv) }
    var rivNote = "13 weken vóór het einde van de wachttijd"
    if let exit = ziekUitDienst, exit.needsFullVerslag(dossier),
      rivDue.map({ exit.laatsteWerkdag < $0 }) ?? true
    {
      rivDue = exit.laatsteWerkdag
      rivNote = "ziek uit dienst na \(exit.dagen) dagen: op de laatste werkdag (CNT-15)"
    }
    steps.append(
      step(
        .tl15, due: rivDue, done: dossier.actueelOordeel?.datum, note: "vóór de eindevaluatie"))
    steps.append(
      step(.tl16, due: rivDue, done: dossier.eindevaluatie?.datum))
    steps.append(
      step(.tl17, due: rivDue, done: dossier.reintegratieverslag?.datum, note: rivNote))
    let aanvraag = aanvraagStep()
    steps.append(aanvraag)

    let loon = Loondoorbetaling(
      dossier: dossier, tijdvak: tijdvak, peildatum: peildatum, eindeWachttijd: eindeWachttijd,
      aanvraag: aanvraag, rules: rules)
    loondoorbetaling = loon
    steps.append(
      informative(
        .tl20, due: loon?.uitersteBeschikking,
        note: loon.flatMap { $0.vertraging > 0 ? "zes weken vóór het verlengde einde" : nil }))

    steps.append(contentsOf: ziekUitDienstSteps())
    if let verlenging = dossier.verlengingLoondoorbetaling {
      steps.append(
        informative(
          .tl23, due: verlenging.nieuweEinddatum,
          note: verlenging.aanvraagdatum.map { "aangevraagd op \($0.dutch)" }))
    }
    steps.append(
      informative(
        .tl22, due: loon?.einde,
        note: loon?.toelichting ?? "104 weken"))
    return steps
  }

  // MARK: - Step construction

  /// A deadline of the employer's: the rule's step and title, its state from `done`.
  func step(
    _ rule: Regel, due: CalendarDate?, done: CalendarDate?, notApplicable: String? = nil,
    note: String? = nil
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
      rule: rule, step: rule.step, title: rule.title, due: due, ziekteweek: week, state: state,
      note: note)
  }

  /// A date for the agenda, with no step of the employer's (a UWV letter or decision).
  func informative(_ rule: Regel, due: CalendarDate?, note: String? = nil) -> TimelineStep {
    let state: TimelineStep.State
    if let reason = lapsed(due) {
      state = .notApplicable(reason: reason)
    } else if let due {
      state = .informative(inDays: due.days(since: peildatum))
    } else {
      state = .notApplicable(reason: "niet bereikt")
    }
    return TimelineStep(
      rule: rule, step: nil, title: rule.title, due: due,
      ziekteweek: due.map { tijdvak.ziekteweek(on: $0) }, state: state, note: note)
  }

  /// Why a step no longer applies: the case ended (recovery, leaving) before it fell due.
  func lapsed(_ due: CalendarDate?) -> String? {
    guard let ending else { return nil }
    guard let due else { return ending.reason }
    return due > ending.date ? ending.reason : nil
  }

  func state(due: CalendarDate, done: CalendarDate?) -> TimelineStep.State {
    if let done { return .done(on: done, daysLate: max(0, done.days(since: due))) }
    let days = due.days(since: peildatum)
    return days >= 0 ? .due(inDays: days) : .overdue(byDays: -days)
  }
}
