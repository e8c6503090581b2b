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

    let noPlan = paNotNeeded || pa?.geenBenutbareMogelijkheden == true
    let planDue = pa?.datum.map { $0.adding(days: 14) } ?? tijdvak.date(ofDay: Dag.plan)
    let plan = dossier.planVanAanpak
    steps.append(
      step(
        .tl05, due: planDue, done: plan?.datum,
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
          .tl07, due: last.adding(days: rules.evaluatieIntervalDays), done: nil,
          note: "laatste evaluatiemoment \(last.dutch)"))
    }

    let exempt = rules.isExemptFromMelding42(dossier)
    steps.append(
      step(
        .tl09, due: tijdvak.date(ofDay: Dag.melding42), done: dossier.melding42eWeek?.datum,
        notApplicable: exempt && dossier.melding42eWeek == nil
          ? "vangnetter, al bij UWV gemeld (ZW art. 38 lid 4)" : nil,
        note: "uiterlijk de eerste dag na 42 weken ongeschiktheid"))

    steps.append(
      informative(
        .tl10, due: tijdvak.date(ofDay: Dag.briefEerstejaars),
        note: "rond week 44, na de 42e-weeksmelding"))

    steps.append(
      step(
        .tl11, due: tijdvak.date(ofDay: Dag.eerstejaars),
        done: dossier.eerstejaarsevaluatie?.datum))

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
        .tl14, due: tijdvak.date(ofDay: Dag.briefUWV),
        note: "uiterlijk na 89 weken wachttijd"))

    let rivDue = eindeWachttijd.map { $0.adding(days: -Dag.riv) }
    steps.append(
      step(
        .tl15, due: rivDue, done: dossier.actueelOordeel?.datum, note: "vóór de eindevaluatie"))
    steps.append(
      step(.tl16, due: rivDue, done: dossier.eindevaluatie?.datum))
    steps.append(
      step(
        .tl17, due: rivDue, done: dossier.reintegratieverslag?.datum,
        note: "13 weken vóór het einde van de wachttijd"))
    steps.append(
      step(
        .tl18, due: eindeWachttijd.map { $0.adding(days: -Dag.aanvraag) },
        done: dossier.wiaAanvraag?.datum, note: "11 weken vóór het einde van de wachttijd"))
    steps.append(
      informative(.tl20, due: eindeWachttijd.map { $0.adding(days: -Dag.loonsanctie) }))

    if let ziekUitDienst = ziekUitDienstStep() { steps.append(ziekUitDienst) }
    if let verlenging = dossier.verlengingLoondoorbetaling {
      steps.append(
        informative(
          .tl23, due: verlenging.nieuweEinddatum,
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
      .tl03, due: due, done: dossier.bedrijfsartsDossier?.datumMeldingVangnetUWV, note: note)
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
    return informative(.tl22, due: end, note: note)
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
      rule: .tl24, step: Regel.tl24.step, title: "\(Regel.tl24.title): \(what)",
      due: laatsteWerkdag, ziekteweek: tijdvak.ziekteweek(on: laatsteWerkdag),
      state: state(due: laatsteWerkdag, done: done),
      note: "\(exit.dagen) dagen tussen eerste ziektedag en laatste werkdag")
  }

  /// A deadline of the employer's: the rule's step and title, its state from `done`.
  private func step(
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
  private func informative(_ rule: Regel, due: CalendarDate?, note: String? = nil) -> TimelineStep {
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
