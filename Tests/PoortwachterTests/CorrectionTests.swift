import Kalender
import Testing

@testable import Poortwachter

/// The corrections of POORTWACHTER.md §13 (COR-01 … COR-10). Every expected date is worked
/// out by hand from the article in the comment beside it, never copied from the program.
/// Unless a test says otherwise, D1 = Monday 5 January 2026, so sick day n is D1 + (n − 1).
@Suite struct CorrectionTests {
  typealias T = TestCases

  func findings(
    _ dossier: Verzuimdossier, on peildatum: String, rules: TimelineRules = .standard
  ) -> [Finding] {
    Validator(rules: rules).validate(dossier, on: T.date(peildatum))
  }

  func has(_ findings: [Finding], _ code: String, _ severity: Finding.Severity, _ path: String)
    -> Bool
  {
    findings.contains { $0.code == code && $0.severity == severity && $0.path == path }
  }

  // MARK: - COR-01 WAZO bridge

  /// Sick 5 January … 1 February (28 days), bevallingsverlof 2 February … 24 May (16 weeks =
  /// 27 + 31 + 30 + 24 = 112 days), sick again from 25 May.
  func wazoBridge(zelfdeOorzaak: Bool?) -> Verzuimdossier {
    T.dossier(
      [("2026-01-05", "2026-02-02"), ("2026-05-25", nil)], wazo: [("2026-02-02", "2026-05-24")]
    ) { $0.verzuimperiodes[1].zelfdeOorzaakAlsVorige = zelfdeOorzaak }
  }

  @Test("COR-01 cause not recorded: the periods chain and a waarschuwing asks to confirm")
  func wazoBridgeChainsByDefault() {
    let dossier = wazoBridge(zelfdeOorzaak: nil)
    let t = Timeline(dossier: dossier, on: T.date("2026-06-01"))
    #expect(t.tijdvak?.eersteZiektedag == T.date("2026-01-05"))
    // Day 295 = D1 + 294 + the 112 leave days = D1 + 406 = 5 Jan 2027 + 41 = 15 Feb 2027
    // (ZW art. 38 lid 1: the verlof weeks are not counted).
    #expect(t.step(.tl09)?.due == T.date("2027-02-15"))
    // Day 42: 28 sick days before the leave, so 14 more from 25 May: 7 June 2026.
    #expect(t.step(.tl04)?.due == T.date("2026-06-07"))
    #expect(
      has(
        findings(dossier, on: "2026-06-01"), "CNT-11", .waarschuwing,
        "$.verzuimperiodes[1].zelfdeOorzaakAlsVorige"))
  }

  @Test("COR-01 a different cause recorded: a new count from the first day after the leave")
  func wazoBridgeDifferentCause() {
    let dossier = wazoBridge(zelfdeOorzaak: false)
    let t = Timeline(dossier: dossier, on: T.date("2026-06-01"))
    #expect(t.tijdvak?.eersteZiektedag == T.date("2026-05-25"))
    // 25 May 2026 + 294 = 15 Feb 2027 + 28 = 15 March 2027: four weeks later than chained.
    #expect(t.step(.tl09)?.due == T.date("2027-03-15"))
    #expect(!findings(dossier, on: "2026-06-01").contains { $0.code == "CNT-11" })
  }

  @Test("COR-01 the same cause recorded: chained, nothing to confirm")
  func wazoBridgeSameCause() {
    let dossier = wazoBridge(zelfdeOorzaak: true)
    #expect(
      Timeline(dossier: dossier, on: T.date("2026-06-01")).tijdvak?.eersteZiektedag
        == T.date("2026-01-05"))
    #expect(!findings(dossier, on: "2026-06-01").contains { $0.code == "CNT-11" })
  }

  // MARK: - COR-02 cadence in sick days

  /// Sick from 5 January throughout, plan van aanpak on 16 February, verlof 2 March … 21 June
  /// (30 + 30 + 31 + 21 = 112 days).
  func cadenceAcrossLeave() -> Verzuimdossier {
    T.dossier([("2026-01-05", nil)], wazo: [("2026-03-02", "2026-06-21")]) {
      $0.planVanAanpak = PlanVanAanpak(datum: T.date("2026-02-16"))
    }
  }

  @Test("COR-02 the six-week cadence skips the verlof days")
  func cadenceSkipsLeave() {
    // Sick days after the plan before the leave: 17 Feb … 1 Mar = 12 + 1 = 13. The other 29 of
    // the 42 fall after the leave: 22 June + 28 = 20 July. (Calendar days would say 30 March.)
    let open = Timeline(dossier: cadenceAcrossLeave(), on: T.date("2026-07-20"))
    #expect(open.step(.tl07)?.due == T.date("2026-07-20"))
    #expect(open.step(.tl07)?.state == .due(inDays: 0))
    #expect(!findings(cadenceAcrossLeave(), on: "2026-07-20").contains { $0.code == "BIJ-05" })
    // One day later 43 sick days have passed without an evaluation.
    let late = Timeline(dossier: cadenceAcrossLeave(), on: T.date("2026-07-21"))
    #expect(late.step(.tl07)?.state == .overdue(byDays: 1))
    #expect(
      has(findings(cadenceAcrossLeave(), on: "2026-07-21"), "BIJ-05", .waarschuwing, "$.evaluaties")
    )
  }

  @Test("COR-02/COR-11 the eindevaluatie is an evaluation moment in the timeline too")
  func eindevaluatieCountsInTheCadence() {
    let dossier = T.dossier([("2026-01-05", nil)]) {
      $0.planVanAanpak = PlanVanAanpak(datum: T.date("2026-02-16"))
      $0.eindevaluatie = Eindevaluatie(datum: T.date("2026-03-20"))
    }
    // 20 March + 42 = 1 May 2026.
    let t = Timeline(dossier: dossier, on: T.date("2026-04-01"))
    #expect(t.step(.tl07)?.due == T.date("2026-05-01"))
  }

  // MARK: - COR-03 no 42e-weeksmelding for vangnetters

  @Test(
    "COR-03 no 42e-weeksmelding for any vangnetter (ZW 38 lid 1 and 4)",
    arguments: [nil, VangnetCategorie.overig, .orgaandonatie, .zwangerschap, .noRiskPolis])
  func noMelding42ForVangnetters(_ category: VangnetCategorie?) {
    let dossier = T.dossier([("2026-01-05", nil)], vangnet: true) {
      $0.bedrijfsartsDossier = BedrijfsartsDossier(
        vangnetCategorie: category, datumMeldingVangnetUWV: T.date("2026-01-06"))
    }
    // 1 November 2026 is past day 295 (D1 + 294 = 26 October).
    let t = Timeline(dossier: dossier, on: T.date("2026-11-01"))
    #expect(t.step(.tl09)?.state.isNotApplicable == true)
    #expect(!findings(dossier, on: "2026-11-01").contains { $0.code == "M42-R1" })
  }

  @Test("COR-03 an employee with wage right still needs it: fout once day 295 has passed")
  func melding42StillDueWithWage() {
    let dossier = T.dossier([("2026-01-05", nil)])
    #expect(has(findings(dossier, on: "2026-11-01"), "M42-R1", .fout, "$.melding42eWeek"))
    #expect(!findings(dossier, on: "2026-10-26").contains { $0.code == "M42-R1" })
  }

  // MARK: - COR-04 vangnet report by the 4th day

  func vangnetter(
    _ category: VangnetCategorie?, wazo: [(String, String)] = [],
    periode: (String, String?) = ("2026-01-05", nil)
  ) -> Verzuimdossier {
    T.dossier([periode], wazo: wazo, vangnet: true) {
      $0.bedrijfsartsDossier = BedrijfsartsDossier(vangnetCategorie: category)
    }
  }

  @Test("COR-04 the 4th day is the default: no category recorded, or overig (ZW 38a lid 2)")
  func vangnetFourthDay() {
    // 5 January + 3 = 8 January, the 4th day of incapacity.
    for category in [nil, VangnetCategorie.overig] {
      let t = Timeline(dossier: vangnetter(category), on: T.date("2026-01-05"))
      #expect(t.step(.tl03)?.due == T.date("2026-01-08"))
    }
    #expect(
      has(
        findings(vangnetter(nil), on: "2026-01-09"), "TL-03", .fout,
        "$.bedrijfsartsDossier.datumMeldingVangnetUWV"))
    #expect(!findings(vangnetter(nil), on: "2026-01-08").contains { $0.code == "TL-03" })
  }

  @Test("COR-04 six weeks only for 29 lid 2 e, 29a lid 1 and 29b (ZW 38a lid 3)")
  func vangnetSixWeeks() {
    // The first day after six weeks: 5 January + 42 = 16 February.
    for category in [VangnetCategorie.orgaandonatie, .zwangerschap, .noRiskPolis] {
      let t = Timeline(dossier: vangnetter(category), on: T.date("2026-01-05"))
      #expect(t.step(.tl03)?.due == T.date("2026-02-16"))
    }
  }

  @Test("COR-04 within the six weeks the employment ends: by the last day of employment")
  func vangnetSixWeeksEmploymentEnds() {
    var dossier = vangnetter(.noRiskPolis)
    dossier.werknemer.dienstverband = Dienstverband(
      soort: .tijdelijk, einddatum: T.date("2026-01-31"))
    #expect(
      Timeline(dossier: dossier, on: T.date("2026-01-05")).step(.tl03)?.due
        == T.date("2026-01-31"))
  }

  @Test("COR-04 pregnancy-related illness after the verlof (29a lid 4): by the 4th day")
  func vangnetAfterBevallingsverlof() {
    // Verlof 5 January … 26 April 2026 (27 + 28 + 31 + 26 = 112 days); sick from 27 April:
    // the 4th day is 30 April, not 27 April + 42.
    let dossier = vangnetter(
      .zwangerschap, wazo: [("2026-01-05", "2026-04-26")], periode: ("2026-04-27", nil))
    let t = Timeline(dossier: dossier, on: T.date("2026-05-04"))
    #expect(t.step(.tl03)?.due == T.date("2026-04-30"))
    #expect(t.step(.tl03)?.state == .overdue(byDays: 4))
  }

  // MARK: - COR-05 eerstejaarsevaluatie from week 46

  /// An evaluation on day 300 (D1 + 299 = 31 October 2026, week 43).
  func earlyEerstejaars(_ datum: String) -> Verzuimdossier {
    T.dossier([("2026-01-05", nil)]) {
      $0.eerstejaarsevaluatie = Eerstejaarsevaluatie(datum: T.date(datum))
    }
  }

  @Test("COR-05 an evaluation before week 46 does not count; EJE-01 stays open")
  func eerstejaarsTooEarly() {
    let dossier = earlyEerstejaars("2026-10-31")
    // Before day 364 (D1 + 363 = 3 January 2027): the waarschuwing, the step still open.
    let before = Timeline(dossier: dossier, on: T.date("2026-12-01"))
    #expect(before.step(.tl11)?.state == .due(inDays: 33))
    let early = findings(dossier, on: "2026-12-01")
    #expect(has(early, "EJE-01", .waarschuwing, "$.eerstejaarsevaluatie.datum"))
    #expect(!has(early, "EJE-01", .fout, "$.eerstejaarsevaluatie.datum"))
    // After day 364 it is missing: a fout as for no evaluation at all.
    #expect(
      has(findings(dossier, on: "2027-01-10"), "EJE-01", .fout, "$.eerstejaarsevaluatie.datum"))
  }

  @Test("COR-05 from week 46 it counts: day 316 = D1 + 315 = 16 November 2026")
  func eerstejaarsInWindow() {
    let dossier = earlyEerstejaars("2026-11-16")
    let t = Timeline(dossier: dossier, on: T.date("2027-01-10"))
    #expect(t.step(.tl11)?.state == .done(on: T.date("2026-11-16"), daysLate: 0))
    #expect(!findings(dossier, on: "2027-01-10").contains { $0.code == "EJE-01" })
    // One day earlier, day 315 in week 45, it does not.
    #expect(
      has(
        findings(earlyEerstejaars("2026-11-15"), on: "2026-12-01"), "EJE-01", .waarschuwing,
        "$.eerstejaarsevaluatie.datum"))
  }

  // MARK: - COR-06 both views in the eindevaluatie

  @Test("COR-06 an eindevaluatie from July 2023 without a view is EJE-07 (art. 4 lid 2 b)")
  func eindevaluatieNeedsBothViews() {
    let dossier = T.dossier([("2026-01-05", nil)]) {
      $0.eindevaluatie = Eindevaluatie(
        datum: T.date("2026-09-01"), oordeelVerloopWerkgever: "Voortgang volgens plan.")
    }
    let found = findings(dossier, on: "2026-09-02")
    #expect(has(found, "EJE-07", .fout, "$.eindevaluatie.oordeelVerloopWerknemer"))
    #expect(!has(found, "EJE-07", .fout, "$.eindevaluatie.oordeelVerloopWerkgever"))
  }

  // MARK: - COR-07 no dreigend langdurig verzuim, still sick

  func noThreat(configure: (inout Verzuimdossier) -> Void = { _ in }) -> Verzuimdossier {
    T.dossier([("2026-01-05", nil)]) {
      $0.probleemanalyse = Probleemanalyse(
        datum: T.date("2026-02-10"), dreigendLangdurigVerzuim: false)
      configure(&$0)
    }
  }

  @Test("COR-07 still sick: waarschuwing from week 8, fout from week 13")
  func newOordeelNeeded() {
    // Week 8 starts on day 50 = D1 + 49 = 23 February; week 13 on day 85 = D1 + 84 = 30 March.
    let dossier = noThreat()
    #expect(
      Timeline(dossier: dossier, on: T.date("2026-02-22")).step(.cor07)?.due
        == T.date("2026-02-22"))
    #expect(!findings(dossier, on: "2026-02-22").contains { $0.code == "COR-07" })
    #expect(
      has(
        findings(dossier, on: "2026-02-23"), "COR-07", .waarschuwing,
        "$.bijstellingenProbleemanalyse"))
    #expect(
      has(
        findings(dossier, on: "2026-03-29"), "COR-07", .waarschuwing,
        "$.bijstellingenProbleemanalyse"))
    #expect(
      has(findings(dossier, on: "2026-03-30"), "COR-07", .fout, "$.bijstellingenProbleemanalyse"))
  }

  @Test("COR-07 the weeks are a practice choice, configurable in TimelineRules")
  func newOordeelWeeksConfigurable() {
    var rules = TimelineRules()
    rules.herbeoordelingWarningWeek = 10
    rules.herbeoordelingErrorWeek = 12
    // Week 10 starts on day 64 = D1 + 63 = 9 March; week 12 on day 78 = D1 + 77 = 23 March.
    #expect(!findings(noThreat(), on: "2026-03-08", rules: rules).contains { $0.code == "COR-07" })
    #expect(
      has(
        findings(noThreat(), on: "2026-03-09", rules: rules), "COR-07", .waarschuwing,
        "$.bijstellingenProbleemanalyse"))
    #expect(
      has(
        findings(noThreat(), on: "2026-03-23", rules: rules), "COR-07", .fout,
        "$.bijstellingenProbleemanalyse"))
  }

  @Test("COR-07 a new oordeel with dreigend verzuim: the plan is due two weeks later")
  func newOordeelThenPlan() {
    let dossier = noThreat {
      $0.bijstellingenProbleemanalyse = [
        BijstellingProbleemanalyse(datum: T.date("2026-02-20"), dreigendLangdurigVerzuim: true)
      ]
    }
    let t = Timeline(dossier: dossier, on: T.date("2026-03-07"))
    #expect(t.step(.cor07)?.state == .done(on: T.date("2026-02-20"), daysLate: 0))
    // Regeling art. 4 lid 1: 20 February + 14 = 6 March.
    #expect(t.step(.tl05)?.due == T.date("2026-03-06"))
    let found = findings(dossier, on: "2026-03-07")
    #expect(!found.contains { $0.code == "COR-07" })
    #expect(has(found, "PVA-06", .fout, "$.planVanAanpak"))
  }

  @Test("COR-07 recovered before week 8: nothing to judge again")
  func recoveredBeforeWeek8() {
    let dossier = T.dossier([("2026-01-05", "2026-02-20")]) {
      $0.probleemanalyse = Probleemanalyse(
        datum: T.date("2026-02-10"), dreigendLangdurigVerzuim: false)
    }
    #expect(!findings(dossier, on: "2026-04-01").contains { $0.code == "COR-07" })
  }

  // MARK: - COR-08 ziek uit dienst

  func leaving(einddatum: String?, laatsteWerkdag: String? = nil) -> Verzuimdossier {
    T.dossier([("2026-01-05", nil)]) {
      $0.werknemer.dienstverband = Dienstverband(
        soort: .tijdelijk, einddatum: einddatum.map(T.date),
        laatsteWerkdag: laatsteWerkdag.map(T.date))
    }
  }

  @Test("COR-08 the contract's end date alone makes the case ziek uit dienst")
  func contractEndTriggers() {
    let dossier = leaving(einddatum: "2026-03-31")
    let t = Timeline(dossier: dossier, on: T.date("2026-04-02"))
    // 5 January … 31 March both included: 27 + 28 + 31 = 86 days, ten weeks or more.
    #expect(t.ziekUitDienst?.dagen == 86)
    #expect(t.ziekUitDienst?.verslag == .volledig)
    #expect(t.step(.tl24)?.due == T.date("2026-03-31"))
    // The full set is due that day (ZW art. 38 lid 2), not in week 91.
    #expect(t.step(.tl17)?.due == T.date("2026-03-31"))
    #expect(t.step(.tl09)?.state.isNotApplicable == true)
  }

  @Test("COR-08 the aangifte is never gedaan without its own date")
  func aangifteNeedsADate() {
    var dossier = leaving(einddatum: "2026-03-31")
    #expect(
      Timeline(dossier: dossier, on: T.date("2026-04-02")).step(.tl24)?.state
        == .overdue(byDays: 2))
    #expect(has(findings(dossier, on: "2026-04-02"), "TL-24", .fout, "$.meldingZiekUitDienst"))
    dossier.meldingZiekUitDienst = MeldingZiekUitDienst(datum: T.date("2026-03-31"))
    #expect(
      Timeline(dossier: dossier, on: T.date("2026-04-02")).step(.tl24)?.state
        == .done(on: T.date("2026-03-31"), daysLate: 0))
    #expect(!findings(dossier, on: "2026-04-02").contains { $0.code == "TL-24" })
  }

  @Test("COR-08 the earlier of last working day and contract end decides")
  func earlierEndDecides() {
    let t = Timeline(
      dossier: leaving(einddatum: "2026-03-31", laatsteWerkdag: "2026-03-27"),
      on: T.date("2026-03-01"))
    #expect(t.step(.tl24)?.due == T.date("2026-03-27"))
  }

  @Test("COR-08 no 42e-weeksmelding after the employment ended")
  func noMelding42AfterLeaving() {
    // Ended 30 June 2026, before day 295 (26 October).
    let dossier = leaving(einddatum: "2026-06-30")
    let t = Timeline(dossier: dossier, on: T.date("2026-11-01"))
    #expect(t.step(.tl09)?.state == .notApplicable(reason: "uit dienst na 30 juni 2026"))
    #expect(!findings(dossier, on: "2026-11-01").contains { $0.code == "M42-R1" })
  }

  @Test("CNT-15 ⚠ six and ten weeks counted with both days included, or as a difference")
  func ziekUitDienstThresholds() {
    var difference = TimelineRules()
    difference.ziekUitDienstCountsInclusive = false
    // Day 42 = D1 + 41 = 15 February: six weeks of illness on the last working day.
    let sixWeeks = leaving(einddatum: "2026-02-15")
    #expect(
      Timeline(dossier: sixWeeks, on: T.date("2026-02-16")).ziekUitDienst?.verslag == .verkort)
    #expect(
      Timeline(dossier: sixWeeks, on: T.date("2026-02-16"), rules: difference).ziekUitDienst?
        .verslag == .geen)
    // Day 70 = D1 + 69 = 15 March: ten weeks.
    let tenWeeks = leaving(einddatum: "2026-03-15")
    #expect(
      Timeline(dossier: tenWeeks, on: T.date("2026-03-16")).ziekUitDienst?.verslag == .volledig)
    #expect(
      Timeline(dossier: tenWeeks, on: T.date("2026-03-16"), rules: difference).ziekUitDienst?
        .verslag == .verkort)
  }

  // MARK: - COR-09 late WIA-aanvraag

  // D1 5 January 2026: the wachttijd ends on day 728 = D1 + 727 = 2 January 2028; the
  // aanvraag is due 11 weeks before, 2 January 2028 − 77 = 17 October 2027; the loonsanctie
  // decision 6 weeks before, 2 January 2028 − 42 = 21 November 2027; UWV's notice by day 623
  // = D1 + 622 = 19 September 2027.

  func aanvraag(
    _ datum: String?, notice: String? = nil, melding42: String? = "2026-10-20"
  ) -> Verzuimdossier {
    T.dossier([("2026-01-05", nil)]) {
      $0.wiaAanvraag = WiaAanvraag(
        datum: datum.map(T.date), datumKennisgevingUWV: notice.map(T.date))
      $0.melding42eWeek = melding42.map { Melding42eWeek(datum: T.date($0)) }
    }
  }

  @Test("COR-09 a late aanvraag extends wage payment and the loonsanctie term by the delay")
  func lateAanvraagExtends() {
    // Filed 27 October 2027, 10 days after 17 October (BW 7:629 lid 11 a).
    let t = Timeline(dossier: aanvraag("2027-10-27"), on: T.date("2027-11-01"))
    #expect(t.step(.tl18)?.state == .done(on: T.date("2027-10-27"), daysLate: 10))
    // 2 January 2028 + 10 = 12 January 2028; 12 January − 42 = 1 December 2027.
    #expect(t.step(.tl22)?.due == T.date("2028-01-12"))
    #expect(t.step(.tl20)?.due == T.date("2027-12-01"))
    #expect(
      has(findings(aanvraag("2027-10-27"), on: "2027-11-01"), "TL-18", .fout, "$.wiaAanvraag"))
  }

  @Test("COR-09 a missing aanvraag extends wage payment day by day")
  func missingAanvraagExtendsSoFar() {
    // On 1 November 2027 the aanvraag is 15 days overdue: 2 January 2028 + 15 = 17 January.
    let t = Timeline(dossier: aanvraag(nil), on: T.date("2027-11-01"))
    #expect(t.step(.tl22)?.due == T.date("2028-01-17"))
  }

  @Test("COR-09 within four weeks of a notice after week 89 the aanvraag is on time (64 lid 6)")
  func lateNoticeMakesAanvraagTimely() {
    // Notice 1 October 2027, after 19 September: due 1 October + 28 = 29 October 2027.
    let dossier = aanvraag("2027-10-27", notice: "2027-10-01")
    let t = Timeline(dossier: dossier, on: T.date("2027-11-01"))
    #expect(t.step(.tl18)?.due == T.date("2027-10-29"))
    #expect(t.step(.tl18)?.state == .done(on: T.date("2027-10-27"), daysLate: 0))
    #expect(t.step(.tl22)?.due == T.date("2028-01-02"))
    #expect(!findings(dossier, on: "2027-11-01").contains { $0.code == "TL-18" })
  }

  @Test("COR-09 / TL-13 without a 42e-weeksmelding before week 81 the late notice does not help")
  func lateNoticeWithoutMelding42() {
    // Day 567 = D1 + 566 = 25 July 2027; no melding at all, so the regular 17 October stands.
    let dossier = aanvraag("2027-10-27", notice: "2027-10-01", melding42: nil)
    let t = Timeline(dossier: dossier, on: T.date("2027-11-01"))
    #expect(t.step(.tl18)?.due == T.date("2027-10-17"))
    #expect(t.step(.tl18)?.state == .done(on: T.date("2027-10-27"), daysLate: 10))
    // A melding made only on 1 August 2027, after week 81, does not help either.
    let lateMelding = aanvraag("2027-10-27", notice: "2027-10-01", melding42: "2027-08-01")
    #expect(
      Timeline(dossier: lateMelding, on: T.date("2027-11-01")).step(.tl18)?.due
        == T.date("2027-10-17"))
  }

  @Test("COR-09 a notice on time (by week 89) changes nothing")
  func timelyNotice() {
    let t = Timeline(dossier: aanvraag(nil, notice: "2027-09-15"), on: T.date("2027-09-20"))
    #expect(t.step(.tl18)?.due == T.date("2027-10-17"))
  }

  // MARK: - COR-10 loonsanctie timing

  func sanctie(_ decision: String?, weeks: Int = 12, wazo: [(String, String)] = [])
    -> Verzuimdossier
  {
    T.dossier([("2026-01-05", nil)], wazo: wazo) {
      $0.loonsanctie = Loonsanctie(beschikkingsdatum: decision.map(T.date), weken: weeks)
      $0.wiaAanvraag = WiaAanvraag(datum: T.date("2027-10-10"))
    }
  }

  @Test("COR-10 a decision on time: the full sanction after the wachttijd")
  func sanctionOnTime() {
    // 2 January 2028 + 12 × 7 = 84 days: 29 (Jan) + 29 (Feb, leap year) + 26 = 26 March 2028.
    let t = Timeline(dossier: sanctie("2027-11-10"), on: T.date("2027-11-15"))
    #expect(t.step(.tl22)?.due == T.date("2028-03-26"))
  }

  @Test("COR-10 ⚠ a late decision: the 52-week maximum is shorter by the delay (default)")
  func lateDecisionShortensTheMaximum() {
    // Decided 1 December 2027, 10 days after 21 November: the maximum becomes 364 − 10 = 354
    // days, more than the 84 imposed, so the 12 weeks stand: 26 March 2028.
    let twelve = Timeline(dossier: sanctie("2027-12-01"), on: T.date("2027-12-05"))
    #expect(twelve.step(.tl22)?.due == T.date("2028-03-26"))
    #expect(twelve.loondoorbetaling?.loonsanctie?.beschikkingTeLaat == 10)
    // 52 weeks imposed: 354 days after 2 January 2028 (leap year): 21 December 2028.
    let full = Timeline(dossier: sanctie("2027-12-01", weeks: 52), on: T.date("2027-12-05"))
    #expect(full.step(.tl22)?.due == T.date("2028-12-21"))
    #expect(full.loondoorbetaling?.loonsanctie?.verkorting == 10)
  }

  @Test("COR-10 ⚠ the other reading: the imposed sanction is shorter by the delay (§13's words)")
  func lateDecisionShortensTheSanction() {
    var rules = TimelineRules()
    rules.lateLoonsanctieShortens = .sanctie
    // 84 − 10 = 74 days after 2 January 2028: 16 March 2028.
    let t = Timeline(dossier: sanctie("2027-12-01"), on: T.date("2027-12-05"), rules: rules)
    #expect(t.step(.tl22)?.due == T.date("2028-03-16"))
    #expect(t.loondoorbetaling?.loonsanctie?.verkorting == 10)
  }

  @Test("COR-10 a decision after the wachttijd extends nothing (25 lid 11)")
  func sanctionAfterWachttijd() {
    let dossier = sanctie("2028-01-05")
    let t = Timeline(dossier: dossier, on: T.date("2028-01-06"))
    #expect(t.step(.tl22)?.due == T.date("2028-01-02"))
    #expect(
      has(
        findings(dossier, on: "2028-01-06"), "TL-20", .waarschuwing,
        "$.loonsanctie.beschikkingsdatum"))
    #expect(!findings(sanctie("2027-11-10"), on: "2027-11-15").contains { $0.code == "TL-20" })
  }

  @Test("COR-10 WAZO leave running when the sanction starts: it starts after the leave (25 lid 9)")
  func sanctionAfterLeave() {
    // Verlof 3 January … 23 April 2028 (29 + 29 + 31 + 23 = 112 days) starts the day after
    // the wachttijd ends, so day 728 is still 2 January. The 84 days start on 24 April:
    // 23 April + 84 = 16 July 2028.
    let t = Timeline(
      dossier: sanctie("2027-11-10", wazo: [("2028-01-03", "2028-04-23")]),
      on: T.date("2027-11-15"))
    #expect(t.eindeWachttijd == T.date("2028-01-02"))
    #expect(t.step(.tl22)?.due == T.date("2028-07-16"))
  }

  // MARK: - TL-17 ⚠ a late re-integratieverslag

  @Test("TL-17 ⚠ the RIV term is statutory: late is a fout, a waarschuwing only on request")
  func lateVerslag() {
    // Due 13 weeks before 2 January 2028: 2 January − 91 = 3 October 2027; drawn up 10 October.
    let dossier = T.dossier([("2026-01-05", nil)]) {
      $0.reintegratieverslag = Reintegratieverslag(
        datum: T.date("2027-10-10"), kopieAanWerknemer: T.date("2027-10-10"))
    }
    #expect(has(findings(dossier, on: "2027-10-11"), "TL-17", .fout, "$.reintegratieverslag.datum"))
    var rules = TimelineRules()
    rules.rivTermIsFout = false
    #expect(
      has(
        findings(dossier, on: "2027-10-11", rules: rules), "TL-17", .waarschuwing,
        "$.reintegratieverslag.datum"))
  }
}
