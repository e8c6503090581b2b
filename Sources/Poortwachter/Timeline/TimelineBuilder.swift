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
          "TL-07", "S5", "Evaluatie van het plan van aanpak", due: cadans.volgende, done: nil,
          source: "Regeling procesgang art. 4 lid 2 b; UWV: ten minste eens per zes weken",
          note:
            "laatste evaluatiemoment \((cadans.momenten.last ?? peildatum).dutch); \(rules.evaluatieIntervalDays) ziektedagen, verlof niet meegeteld (COR-02)"
            + history))
    }

    let exempt = rules.isExemptFromMelding42(dossier)
    steps.append(
      step(
        "TL-09", "S6", "Ziekmelding langdurig zieke werknemer aan UWV (42e week)",
        due: tijdvak.date(ofDay: Dag.melding42), done: dossier.melding42eWeek?.datum,
        source: "ZW art. 38 lid 1",
        notApplicable: exempt && dossier.melding42eWeek == nil
          ? "vangnetter: geen 42e-weeksmelding (ZW art. 38 lid 1 en 4; COR-03)" : nil,
        note: "uiterlijk de eerste dag na 42 weken ongeschiktheid"))

    steps.append(
      informative(
        "TL-10", "UWV schrijft over de re-integratie en de eerstejaarsevaluatie",
        due: tijdvak.date(ofDay: Dag.briefEerstejaars), source: "UWV, langdurige ziekte melden",
        note: "rond week 44, na de 42e-weeksmelding"))

    steps.append(eerstejaarsStep())

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
        due: eindeWachttijd.map { $0.adding(days: -Dag.kennisgeving) },
        source: "Wet WIA art. 64 lid 2",
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
        done: dossier.reintegratieverslag?.datum, source: "Wet WIA art. 25 lid 3; ZW art. 38 lid 2",
        note: rivNote))
    let aanvraag = aanvraagStep()
    steps.append(aanvraag)

    let loon = Loondoorbetaling(
      dossier: dossier, tijdvak: tijdvak, peildatum: peildatum, eindeWachttijd: eindeWachttijd,
      aanvraag: aanvraag)
    loondoorbetaling = loon
    steps.append(
      informative(
        "TL-20", "Uiterste datum beschikking loonsanctie UWV",
        due: loon?.uitersteBeschikking, source: "Wet WIA art. 25 lid 9–11",
        note: loon.flatMap { $0.vertraging > 0 ? "zes weken vóór het verlengde einde" : nil }))

    steps.append(contentsOf: ziekUitDienstSteps())
    if let verlenging = dossier.verlengingLoondoorbetaling {
      steps.append(
        informative(
          "TL-23", "Vrijwillige verlenging loondoorbetaling", due: verlenging.nieuweEinddatum,
          source: "Wet WIA art. 24",
          note: verlenging.aanvraagdatum.map { "aangevraagd op \($0.dutch)" }))
    }
    steps.append(
      informative(
        "TL-22", "Einde loondoorbetaling bij ziekte", due: loon?.einde,
        source: "BW 7:629 lid 1, lid 11; Wet WIA art. 23 lid 1, art. 25 lid 9",
        note: loon?.toelichting ?? "104 weken"))
    return steps
  }

  // MARK: - Step construction

  func step(
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

  func informative(
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
