import Kalender
import Testing

@testable import Poortwachter

/// Each deadline of POORTWACHTER.md §2 for an uninterrupted case with D1 = 2026-01-05
/// (a Monday), so day n falls on D1 + n − 1.
@Suite struct TimelineTests {
  typealias T = TestCases
  let d1 = T.date("2026-01-05")

  func timeline(
    on peildatum: String = "2026-01-05", configure: (inout Verzuimdossier) -> Void = { _ in }
  ) -> Timeline {
    Timeline(dossier: T.dossier([("2026-01-05", nil)], configure: configure), on: T.date(peildatum))
  }

  func due(_ rule: Regel, _ timeline: Timeline) -> CalendarDate? { timeline.step(rule)?.due }

  @Test("TL-04 probleemanalyse: end of week 6, day 42 (Regeling procesgang art. 2 lid 2)")
  func probleemanalyse() {
    #expect(due(.tl04, timeline()) == d1.adding(days: 41))
  }

  @Test(
    "TL-05 plan van aanpak: two weeks after the probleemanalyse (Regeling procesgang art. 4 lid 1)")
  func planVanAanpak() {
    #expect(due(.tl05, timeline()) == d1.adding(days: 55))
    let withPA = timeline {
      $0.probleemanalyse = Probleemanalyse(
        datum: T.date("2026-02-10"), dreigendLangdurigVerzuim: true)
    }
    #expect(due(.tl05, withPA) == T.date("2026-02-24"))
  }

  @Test("TL-05 lapses when the probleemanalyse finds no usable capacities (vorm art. 2 lid 6)")
  func noPlanWithoutCapacities() {
    let t = timeline {
      $0.probleemanalyse = Probleemanalyse(
        datum: T.date("2026-02-10"), dreigendLangdurigVerzuim: true,
        geenBenutbareMogelijkheden: true)
    }
    guard case .notApplicable = t.step(.tl05)?.state else {
      Issue.record("expected not applicable, got \(String(describing: t.step(.tl05)?.state))")
      return
    }
  }

  @Test("TL-07 evaluation at least every six weeks after the plan (UWV guidance)")
  func evaluatie() {
    let t = timeline(on: "2026-04-01") {
      $0.planVanAanpak = PlanVanAanpak(datum: T.date("2026-02-20"))
    }
    #expect(due(.tl07, t) == T.date("2026-04-03"))
  }

  @Test("TL-09 42e-weeksmelding: the first day after 42 weeks, D1 + 294 (ZW art. 38 lid 1)")
  func melding42() {
    #expect(due(.tl09, timeline()) == d1.adding(days: 294))
    #expect(timeline().step(.tl09)?.ziekteweek == 43)
  }

  @Test("TL-09 does not apply to a vangnetter already reported (ZW art. 38 lid 4)")
  func melding42Vangnet() {
    let t = Timeline(dossier: T.dossier([("2026-01-05", nil)], vangnet: true), on: d1)
    guard case .notApplicable = t.step(.tl09)?.state else {
      Issue.record("expected not applicable")
      return
    }
    #expect(t.step(.tl01)?.due == d1.adding(days: 1))  // ZW art. 38a lid 1: second day
  }

  @Test("TL-11 eerstejaarsevaluatie: end of week 52, D1 + 363 (Regeling procesgang art. 4 lid 2 b)")
  func eerstejaars() {
    #expect(due(.tl11, timeline()) == d1.adding(days: 363))
  }

  @Test("TL-14 UWV letter at 89 weeks (Wet WIA art. 64 lid 2)")
  func briefUWV() {
    #expect(due(.tl14, timeline()) == d1.adding(days: 622))
  }

  @Test(
    "TL-17 re-integratieverslag 13 weeks before the end of the wachttijd, D1 + 636 (Wet WIA art. 25 lid 3)"
  )
  func verslag() {
    #expect(due(.tl17, timeline()) == d1.adding(days: 636))
    #expect(due(.tl15, timeline()) == d1.adding(days: 636))
    #expect(due(.tl16, timeline()) == d1.adding(days: 636))
  }

  @Test(
    "TL-18 WIA-aanvraag 11 weeks before the end of the wachttijd, D1 + 650 (Wet WIA art. 64 lid 3)")
  func aanvraag() {
    #expect(due(.tl18, timeline()) == d1.adding(days: 650))
  }

  @Test("TL-20 loonsanctie decision 6 weeks before the end, D1 + 685 (Wet WIA art. 25 lid 9)")
  func loonsanctieBeschikking() {
    #expect(due(.tl20, timeline()) == d1.adding(days: 685))
  }

  @Test("TL-22 wage payment ends after 104 weeks, D1 + 727 (BW 7:629 lid 1; Wet WIA art. 23 lid 1)")
  func eindeLoondoorbetaling() {
    #expect(due(.tl22, timeline()) == d1.adding(days: 727))
    #expect(timeline().eindeWachttijd == d1.adding(days: 727))
  }

  @Test("TL-22 a loonsanctie extends wage payment by at most 52 weeks (Wet WIA art. 25 lid 9)")
  func loonsanctie() {
    let t = timeline {
      $0.loonsanctie = Loonsanctie(beschikkingsdatum: T.date("2027-11-20"), weken: 60)
    }
    #expect(due(.tl22, t) == d1.adding(days: 727 + 52 * 7))
  }

  @Test(
    "TL-23 voluntary extension moves the RIV and aanvraag terms (Wet WIA art. 24, 25 lid 4, 64 lid 3)"
  )
  func verlenging() {
    let end = T.date("2028-06-30")
    let t = timeline {
      $0.verlengingLoondoorbetaling = VerlengingLoondoorbetaling(
        aanvraagdatum: T.date("2027-09-01"), nieuweEinddatum: end)
    }
    #expect(due(.tl17, t) == end.adding(days: -91))
    #expect(due(.tl18, t) == end.adding(days: -77))
  }

  @Test("TL-24 ziek uit dienst: short RIV between 6 and 10 weeks (ZW art. 38 lid 2; vorm art. 2a)")
  func ziekUitDienst() {
    let t = timeline(on: "2026-03-01") {
      $0.werknemer.dienstverband = Dienstverband(
        soort: .tijdelijk, einddatum: T.date("2026-02-28"), laatsteWerkdag: T.date("2026-02-27"))
    }
    // The earlier of last working day and contract end (COR-08): 27 February. From 5 January
    // to 27 February both included: 27 + 27 = 54 days, six weeks or more, under ten.
    #expect(t.step(.tl24)?.due == T.date("2026-02-27"))
    #expect(t.ziekUitDienst?.dagen == 54)
    #expect(t.step(.cnt15)?.due == T.date("2026-02-27"))
    // Steps due after the last working day lapse.
    guard case .notApplicable = t.step(.tl09)?.state else {
      Issue.record("TL-09 should lapse after leaving employment")
      return
    }
  }

  @Test func statesCountDaysFromTheReferenceDate() {
    let open = timeline(on: "2026-02-10")
    #expect(open.step(.tl04)?.state == .due(inDays: 5))
    let late = timeline(on: "2026-02-20")
    #expect(late.step(.tl04)?.state == .overdue(byDays: 5))
    let done = timeline(on: "2026-02-20") {
      $0.probleemanalyse = Probleemanalyse(
        datum: T.date("2026-02-17"), dreigendLangdurigVerzuim: true)
    }
    #expect(done.step(.tl04)?.state == .done(on: T.date("2026-02-17"), daysLate: 2))
  }

  @Test func aRecoveredCaseHasNoLaterSteps() {
    let t = Timeline(dossier: T.dossier([("2026-01-05", "2026-01-20")]), on: T.date("2026-03-01"))
    guard case .notApplicable(let reason) = t.step(.tl04)?.state else {
      Issue.record("TL-04 should not apply after recovery in week 3")
      return
    }
    #expect(reason.contains("hersteld op 20 januari 2026"))
    #expect(t.ziekteweek == 3)
  }

  @Test(
    "TL-03 vangnetter reported to UWV: 4th day, or the first day after six weeks (ZW art. 38a lid 2–3)"
  )
  func vangnetMelding() {
    let noRisk = timeline {
      $0.bedrijfsartsDossier = BedrijfsartsDossier(vangnetCategorie: .noRiskPolis)
    }
    #expect(due(.tl03, noRisk) == d1.adding(days: 42))
    let other = timeline { $0.bedrijfsartsDossier = BedrijfsartsDossier(vangnetCategorie: .overig) }
    #expect(due(.tl03, other) == d1.adding(days: 3))
    // No vangnet: no TL-03.
    #expect(timeline().step(.tl03) == nil)
    // COR-03: an `overig` vangnetter (ZW 29 lid 2 a–d) has no BW 7:629 wage right, so no
    // 42e-weeksmelding either (ZW art. 38 lid 1).
    #expect(other.step(.tl09)?.state.isNotApplicable == true)
  }

  @Test("TL-10 UWV letter around week 44, TL-12 vervroegde IVA by week 68 (Wet WIA art. 23 lid 6)")
  func informativeDates() {
    #expect(due(.tl10, timeline()) == d1.adding(days: 44 * 7 - 1))
    #expect(due(.tl12, timeline()) == d1.adding(days: 68 * 7 - 1))
  }

  @Test("TL-13 appears only when the 42e-weeksmelding is overdue (Wet WIA art. 64 lid 6)")
  func melding42Limit() {
    #expect(timeline(on: "2026-06-01").step(.tl13) == nil)
    let late = timeline(on: "2026-11-20")
    #expect(late.step(.tl13)?.due == d1.adding(days: 81 * 7 - 1))
  }
}

/// Numbers a hand-written file can hold that no law allows: reported, never trapped on.
@Suite struct ImpossibleNumbersTests {
  typealias T = TestCases

  @Test(arguments: [-5, 53, Int.min, Int.max])
  func loonsanctieOutsideOneToFiftyTwoWeeks(_ weeks: Int) {
    let dossier = T.dossier([("2026-01-05", nil)]) { $0.loonsanctie = Loonsanctie(weken: weeks) }
    let timeline = Timeline(dossier: dossier, on: T.date("2026-02-01"))
    let end = try? #require(timeline.step(.tl22)?.due)
    #expect(end.map { $0 <= T.date("2026-01-05").adding(days: 727 + 52 * 7) } == true)
    let findings = Validator().validate(dossier, on: T.date("2026-02-01"))
    #expect(findings.contains { $0.rule == .tl20 && $0.path == "$.loonsanctie.weken" })
  }

  @Test(arguments: [-1.0, 169.0, 1e300])
  func contractHoursOutsideAWeek(_ hours: Double) {
    let dossier = T.dossier([("2026-01-05", nil)]) { $0.werknemer.contracturenPerWeek = hours }
    let findings = Validator().validate(dossier, on: T.date("2026-01-10"))
    #expect(findings.contains { $0.rule == .wnUren })
  }
}

/// ID-DATE across documents: each comes after the document it rests on.
@Suite struct DocumentOrderTests {
  typealias T = TestCases

  @Test func documentsBeforeWhatTheyRestOnAreFouten() {
    let dossier = T.dossier([("2026-01-05", nil)]) {
      $0.planVanAanpak = PlanVanAanpak(datum: T.date("2026-02-20"))
      $0.evaluaties = [Evaluatie(datum: T.date("2026-02-10"))]
      $0.eerstejaarsevaluatie = Eerstejaarsevaluatie(datum: T.date("2026-02-01"))
      $0.eindevaluatie = Eindevaluatie(datum: T.date("2026-09-01"))
      $0.reintegratieverslag = Reintegratieverslag(datum: T.date("2026-08-01"))
    }
    let paths = Set(
      Validator().validate(dossier, on: T.date("2026-10-01")).filter { $0.rule == .idDate }.map(
        \.path))
    #expect(
      paths.isSuperset(of: [
        "$.evaluaties[0].datum", "$.eerstejaarsevaluatie.datum", "$.reintegratieverslag.datum",
      ]))
  }
}
