import Kalender

/// The steps whose due date or completion depends on more than one fact of the case.
extension TimelineBuilder {
  /// TL-03: a vangnetter is reported to UWV by the 4th day of incapacity (ZW art. 38a lid 2),
  /// the default (COR-04); the first day after six weeks only for orgaandonatie (ZW 29 lid 2
  /// e), pregnancy-related illness before the verlof (29a lid 1) and the no-riskpolis (29b),
  /// and then no later than the last day of employment (38a lid 3). Illness after the verlof
  /// (29a lid 4) is reported by the 4th day again.
  func vangnetMelding() -> TimelineStep? {
    let category = dossier.bedrijfsartsDossier?.vangnetCategorie
    guard category != nil || dossier.werknemer.vangnet == true else { return nil }
    let d1 = tijdvak.eersteZiektedag
    let fourthDay = (d1.adding(days: 3), "de vierde dag van ongeschiktheid (ZW art. 38a lid 2)")
    let sixWeeks: (CalendarDate, String) = {
      let due = d1.adding(days: 42)
      if let exit = ziekUitDienst?.laatsteWerkdag, exit < due {
        return (exit, "de laatste dag van het dienstverband, vóór zes weken (ZW art. 38a lid 3)")
      }
      return (due, "de eerste dag na zes weken (ZW art. 38a lid 3)")
    }()
    let (due, note): (CalendarDate, String)
    switch category {
    case .orgaandonatie, .noRiskPolis: (due, note) = sixWeeks
    case .zwangerschap:
      if let start = firstSickDayAfterLeave() {
        (due, note) = (
          start.adding(days: 3),
          "ziekte na het bevallingsverlof (ZW art. 29a lid 4): de vierde dag (ZW art. 38a lid 2; COR-04)"
        )
      } else {
        (due, note) = sixWeeks
      }
    case .overig: (due, note) = fourthDay
    case nil:
      (due, note) = (
        fourthDay.0,
        "de grond van het vangnet is niet vastgelegd: de vierde dag, de regel (ZW art. 38a lid 2; COR-04)"
      )
    }
    return step(
      .tl03, due: due, done: dossier.bedrijfsartsDossier?.datumMeldingVangnetUWV, note: note)
  }

  /// The first sick day after a WAZO leave that ended by the reference date, if the tijdvak
  /// has one: illness then falls under ZW art. 29a lid 4, not lid 1.
  private func firstSickDayAfterLeave() -> CalendarDate? {
    let ended = (dossier.wazoVerlof ?? []).filter { $0.totEnMet < peildatum }
    guard let leave = ended.max(by: { $0.totEnMet < $1.totEnMet }) else { return nil }
    let after = leave.totEnMet.adding(days: 1)
    for segment in tijdvak.segments where segment.end.map({ $0 >= after }) ?? true {
      return max(segment.start, after)
    }
    return nil
  }

  /// COR-07: the new oordeel of the bedrijfsarts after a probleemanalyse that found no
  /// dreigend langdurig verzuim: the first bijstelling dated after it.
  func nieuwOordeel() -> BijstellingProbleemanalyse? {
    guard dossier.probleemanalyse?.dreigendLangdurigVerzuim == false else { return nil }
    let after = dossier.probleemanalyse?.datum
    return (dossier.bijstellingenProbleemanalyse ?? [])
      .filter { b in b.datum.map { date in after.map { date > $0 } ?? true } ?? false }
      .min { ($0.datum ?? peildatum) < ($1.datum ?? peildatum) }
  }

  /// COR-07: still sick weeks after an oordeel without dreigend langdurig verzuim, the
  /// bedrijfsarts must judge again "onverwijld" (Regeling procesgang art. 2 lid 3). Due at the
  /// end of the week before `herbeoordelingWarningWeek`.
  func herbeoordelingStep(_ oordeel: BijstellingProbleemanalyse?) -> TimelineStep {
    let warningWeek = rules.herbeoordelingWarningWeek
    return step(
      .cor07, due: tijdvak.date(ofDay: (warningWeek - 1) * 7), done: oordeel?.datum,
      note:
        "waarschuwing vanaf week \(warningWeek), fout vanaf week \(rules.herbeoordelingErrorWeek) (praktijkkeuze)"
    )
  }

  /// TL-05: two weeks after the oordeel that found dreigend langdurig verzuim: the
  /// probleemanalyse, or the new oordeel of COR-07.
  func planStep(herbeoordeling: BijstellingProbleemanalyse?) -> TimelineStep {
    let pa = dossier.probleemanalyse
    let plan = dossier.planVanAanpak
    let basis: CalendarDate?
    let notApplicable: String?
    let note: String
    if pa?.dreigendLangdurigVerzuim == false {
      if let oordeel = herbeoordeling, oordeel.dreigendLangdurigVerzuim != false {
        basis = oordeel.datum
        notApplicable = nil
        note = "twee weken na het nieuwe oordeel van de bedrijfsarts (COR-07)"
      } else {
        basis = nil
        notApplicable = "de bedrijfsarts verwacht geen dreigend langdurig verzuim"
        note = "pas na een oordeel met dreigend langdurig verzuim"
      }
    } else if pa?.geenBenutbareMogelijkheden == true {
      basis = pa?.datum
      notApplicable = "de probleemanalyse ziet geen benutbare mogelijkheden (PA-07)"
      note = "twee weken na de probleemanalyse"
    } else {
      basis = pa?.datum
      notApplicable = nil
      note =
        pa?.datum != nil
        ? "twee weken na de probleemanalyse" : "week 8 (geen probleemanalyse vastgelegd)"
    }
    return step(
      .tl05, due: basis.map { $0.adding(days: 14) } ?? tijdvak.date(ofDay: Dag.plan),
      done: plan?.datum, notApplicable: plan == nil ? notApplicable : nil, note: note)
  }

  /// The first day an eerstejaarsevaluatie counts (COR-05).
  var eerstejaarsFrom: CalendarDate? {
    tijdvak.date(ofDay: (rules.eerstejaarsevaluatieFromWeek - 1) * 7 + 1)
  }

  /// TL-11: "aan het einde van het eerste ziektejaar"; an evaluation before week 46 does not
  /// count (COR-05), so the step stays open.
  func eerstejaarsStep() -> TimelineStep {
    let datum = dossier.eerstejaarsevaluatie?.datum
    let from = eerstejaarsFrom
    let tooEarly = datum.map { date in from.map { date < $0 } ?? false } ?? false
    return step(
      .tl11, due: tijdvak.date(ofDay: Dag.eerstejaars), done: tooEarly ? nil : datum,
      note: tooEarly
        ? "de evaluatie van \(datum?.dutch ?? "") is vóór week \(rules.eerstejaarsevaluatieFromWeek) en telt niet (COR-05)"
        : "venster week \(rules.eerstejaarsevaluatieFromWeek)–52")
  }

  /// TL-18: 11 weeks before the end of the wachttijd (Wet WIA art. 64 lid 3), or within four
  /// weeks of a UWV notice that came after 89 weeks (lid 6), unless the 42e-weeksmelding was
  /// not made before 81 weeks (TL-13).
  func aanvraagStep() -> TimelineStep {
    let regular = eindeWachttijd.map { $0.adding(days: -Dag.aanvraag) }
    var due = regular
    var note = "11 weken vóór het einde van de wachttijd"
    if let notice = dossier.wiaAanvraag?.datumKennisgevingUWV, let end = eindeWachttijd,
      notice > end.adding(days: -Dag.kennisgeving), let regularDue = regular
    {
      let limit = tijdvak.date(ofDay: Dag.melding42Afgrens)
      let melding = dossier.melding42eWeek?.datum
      let meldingInTime: Bool =
        if let melding, let limit { melding <= limit } else { false }
      let meldingMissing = !rules.isExemptFromMelding42(dossier) && !meldingInTime
      if meldingMissing {
        note +=
          "; de kennisgeving van UWV kwam na week 89, maar zonder 42e-weeksmelding vóór week 81 telt dat niet (Wet WIA art. 64 lid 6; TL-13)"
      } else {
        let deemed = notice.adding(days: rules.aanvraagNaKennisgevingDays)
        if deemed > regularDue {
          due = deemed
          note =
            "binnen vier weken na de kennisgeving van UWV van \(notice.dutch), die na week 89 kwam (Wet WIA art. 64 lid 6)"
        }
      }
    }
    return step(.tl18, due: due, done: dossier.wiaAanvraag?.datum, note: note)
  }

  /// TL-24 and CNT-15: leaving employment while sick. The aangifte to UWV is due on the last
  /// working day and done only with its recorded date (COR-08); the re-integratieverslag it
  /// needs is a step of its own.
  func ziekUitDienstSteps() -> [TimelineStep] {
    guard let exit = ziekUitDienst else { return [] }
    let last = exit.laatsteWerkdag
    var steps = [
      step(
        .tl24, due: last, done: dossier.meldingZiekUitDienst?.datum,
        note: "op de laatste werkdag; gedaan alleen met de datum van de melding")
    ]
    // The full set is TL-15…TL-17, due on the last working day; the short form is its own step.
    if exit.needsVerkortVerslag(dossier) {
      steps.append(
        step(
          .cnt15, due: last,
          done: dossier.verkortReintegratieverslag?.datum ?? dossier.reintegratieverslag?.datum,
          note: rules.ziekUitDienstCountsInclusive
            ? "\(exit.dagen) dagen van de eerste ziektedag tot en met de laatste werkdag (vanaf 42: verkort, vanaf 70: volledig)"
            : "\(exit.dagen) dagen tussen eerste ziektedag en laatste werkdag (vanaf 42: verkort, vanaf 70: volledig)"
        ))
    }
    return steps
  }
}
