import Foundation
import Kalender
import Testing

@testable import Poortwachter

/// The sample cases in `Samples/cases`: each is decoded, validated on its own peildatum and
/// compared with the findings the law leads us to expect for that scenario. The expectations
/// are written by hand from POORTWACHTER.md, not copied from validator output.
@Suite struct SampleCaseTests {
  // MARK: - Expected findings per case

  /// Case file name → the findings (code, severity, path) the scenario must produce.
  static let expectations: [String: [Expected]] = [
    // Recovered on day 17: no probleemanalyse is due (TL-04 falls after recovery), reports on time.
    "01-hersteld-week-3.json": [],
    // PA on day 36, PvA eleven days later, complete, evaluated: nothing to report.
    "02-week-10-pa-en-pva.json": [],
    "03-week-45-na-42e-weeksmelding.json": [],
    "04-week-60-na-eerstejaarsevaluatie.json": [],
    "05-week-92-reintegratieverslag.json": [],
    "06-samentelling-terugval.json": [],
    "07-vangnetter.json": [],
    "08-ziek-uit-dienst-verkort-verslag.json": [],
    // COR-01: sick before and after the bevallingsverlof, cause after the leave not recorded:
    // the periods chain (the earlier deadlines) and the bedrijfsarts is asked to confirm.
    "10-wazo-brug.json": [
      Expected(.cnt11, .waarschuwing, "$.verzuimperiodes[1].zelfdeOorzaakAlsVorige")
    ],
    // COR-03/04: reported to UWV on the 3rd day of illness after the verlof; no
    // 42e-weeksmelding for a vangnetter.
    "11-vangnetter-na-bevallingsverlof.json": [],
    // COR-08: the contract's end alone ends the employment; aangifte and verkort verslag on time.
    "12-ziek-uit-dienst-einde-contract.json": [],
    // COR-09: the aanvraag came on 19 June 2026, five days after 14 June (Wet WIA art. 64 lid 3).
    "13-wia-aanvraag-te-laat.json": [Expected(.tl18, .fout, "$.wiaAanvraag")],
    // COR-10: a loonsanctie is UWV's decision, not a shortcoming the validator reports.
    "14-loonsanctie.json": [],
    // Every mistake the brief plants, each judged by the rule it breaks:
    "09-dossier-met-fouten.json": [
      // ID-BSN: 123456789 fails the 11-proef (9+16+21+24+25+24+21+16−9 = 147, 147 mod 11 = 4).
      Expected(.idBSN, .fout, "$.werknemer.bsn"),
      // ID-LHN: eight digits before the L; the pattern needs nine.
      Expected(.idLHN, .fout, "$.werkgever.loonheffingennummer"),
      // ID-PC: the letter pair SA is not issued.
      Expected(.idPC, .fout, "$.werknemer.adres.postcode"),
      // PVA-06 / TL-05: PA 10 February, so the plan was due 24 February (Regeling art. 4 lid 1);
      // dated 9 March with no motivatieAfwijking (art. 5), so an error, not a warning.
      Expected(.pva06, .fout, "$.planVanAanpak.datum"),
      // PVA-05: no casemanager named (Regeling art. 4 lid 2 c).
      Expected(.pva05, .fout, "$.planVanAanpak.casemanager"),
      // PVA-07: drawn up in agreement with the employee, so both sign; the employee did not.
      Expected(.pva07, .fout, "$.planVanAanpak.ondertekeningWerknemer.naam"),
      Expected(.pva07, .fout, "$.planVanAanpak.ondertekeningWerknemer.datum"),
      // PRIV-DENY: a treatment ("fysiotherapie") in the employer's plan (AP beleidsregels §4).
      Expected(.privDeny, .fout, "$.planVanAanpak.activiteiten[0].omschrijving"),
      // PVA-08: copies go to werknemer, casemanager and bedrijfsarts (art. 4 lid 3); with no
      // casemanager there is no copy to one. Guidance-level, so a warning.
      Expected(.pva08, .waarschuwing, "$.planVanAanpak.verzondenAan"),
    ],
  ]

  // MARK: - Every case

  @Test func everyCaseFileHasExpectations() throws {
    let files = try SampleCases.fileNames()
    #expect(!files.isEmpty, "no case files found in \(SampleCases.folder.path)")
    #expect(Set(files) == Set(Self.expectations.keys))
  }

  @Test(arguments: expectations.keys.sorted())
  func findingsMatchTheLaw(_ file: String) throws {
    let dossier = try SampleCases.load(file)
    let peildatum = try #require(dossier.peildatum, "\(file) sets no peildatum")
    let findings = Validator().validate(dossier, on: peildatum)
    let actual = findings.map { Expected($0.rule, $0.severity, $0.path) }.sorted()
    let expected = try #require(Self.expectations[file]).sorted()
    #expect(
      actual == expected,
      "\(file):\n\(findings.map { "  \($0.code) \($0.severity.rawValue) \($0.path): \($0.message)" }.joined(separator: "\n"))"
    )
  }

  // MARK: - Timeline facts per case

  @Test func case01RecoveredInWeek3() throws {
    let (dossier, timeline) = try SampleCases.timeline("01-hersteld-week-3.json")
    #expect(timeline.ziekteweek == 3)
    #expect(timeline.tijdvak?.isOpen == false)
    #expect(timeline.tijdvak?.lastSickDay == CalendarDate("2026-03-17"))
    #expect(timeline.step(.tl04)?.state.isNotApplicable == true)
    #expect(timeline.step(.tl05)?.state.isNotApplicable == true)
    #expect(timeline.step(.tl09)?.state.isNotApplicable == true)
    #expect(dossier.probleemanalyse == nil)
  }

  @Test func case02PlanOnTime() throws {
    let (_, timeline) = try SampleCases.timeline("02-week-10-pa-en-pva.json")
    #expect(timeline.ziekteweek == 10)
    #expect(timeline.step(.tl04)?.state == .done(on: try date("2026-02-09"), daysLate: 0))
    // Two weeks after the probleemanalyse (Regeling procesgang art. 4 lid 1).
    #expect(timeline.step(.tl05)?.due == (try date("2026-02-23")))
    #expect(timeline.step(.tl05)?.state == .done(on: try date("2026-02-20"), daysLate: 0))
    #expect(timeline.step(.tl09)?.due == (try date("2026-10-26")))
  }

  @Test func case03MeldingDoneAfterWeek42() throws {
    let (_, timeline) = try SampleCases.timeline("03-week-45-na-42e-weeksmelding.json")
    #expect(timeline.ziekteweek == 45)
    // Day 295 = D1 + 294 (ZW art. 38 lid 1); reported on day 289, so on time.
    #expect(timeline.step(.tl09)?.due == (try date("2026-01-26")))
    #expect(timeline.step(.tl09)?.state == .done(on: try date("2026-01-20"), daysLate: 0))
    // The eerstejaarsevaluatie is not due yet: end of week 52 = D1 + 363.
    #expect(timeline.step(.tl11)?.state == .due(inDays: 53))
  }

  @Test func case04EerstejaarsevaluatieDone() throws {
    let (dossier, timeline) = try SampleCases.timeline("04-week-60-na-eerstejaarsevaluatie.json")
    #expect(timeline.ziekteweek == 60)
    #expect(timeline.step(.tl11)?.due == (try date("2026-01-11")))
    #expect(timeline.step(.tl11)?.state == .done(on: try date("2025-12-15"), daysLate: 0))
    #expect(timeline.step(.tl09)?.state.isDone == true)
    #expect(dossier.eerstejaarsevaluatie?.spoor == .spoor1)
  }

  @Test func case05ReintegratieverslagBeforeWeek91() throws {
    let (dossier, timeline) = try SampleCases.timeline("05-week-92-reintegratieverslag.json")
    #expect(timeline.ziekteweek == 92)
    // Wachttijd: 104 weeks, last day D1 + 727 (Wet WIA art. 23 lid 1).
    #expect(timeline.eindeWachttijd == (try date("2026-08-30")))
    // RIV 13 weeks before the end (art. 25 lid 3), aanvraag 11 weeks before (art. 64 lid 3).
    #expect(timeline.step(.tl17)?.due == (try date("2026-05-31")))
    #expect(timeline.step(.tl17)?.state == .done(on: try date("2026-05-26"), daysLate: 0))
    #expect(timeline.step(.tl15)?.state == .done(on: try date("2026-05-04"), daysLate: 0))
    #expect(timeline.step(.tl16)?.state == .done(on: try date("2026-05-15"), daysLate: 0))
    #expect(timeline.step(.tl18)?.due == (try date("2026-06-14")))
    #expect(timeline.step(.tl18)?.state == .due(inDays: 11))
    #expect(dossier.wiaAanvraag == nil)
    #expect(dossier.eerstejaarsevaluatie?.spoor == .spoor1En2)
    #expect(dossier.reintegratieverslag?.kopieAanWerknemer != nil)
  }

  @Test func case06PeriodsTwentyDaysApartCountAsOne() throws {
    let (_, timeline) = try SampleCases.timeline("06-samentelling-terugval.json")
    let tijdvak = try #require(timeline.tijdvak)
    // 20 fit days < 4 weeks: one tijdvak, D1 stays the first period's start (CNT-10).
    #expect(tijdvak.eersteZiektedag == (try date("2026-01-12")))
    #expect(tijdvak.segments.count == 2)
    #expect(tijdvak.periodIndices == [0, 1])
    // Only sick days count: 23 + 51 = 74 days on 15 April, week 11 (not week 14).
    #expect(tijdvak.dayCount(through: try date("2026-04-15")) == 74)
    #expect(timeline.ziekteweek == 11)
    // Counted day 42 falls in the second period: 2026-02-24 + 18 days.
    #expect(timeline.step(.tl04)?.due == (try date("2026-03-14")))
    #expect(timeline.step(.tl09)?.due == (try date("2026-11-22")))
  }

  @Test func case07VangnetterNeedsNo42eWeeksmelding() throws {
    let (dossier, timeline) = try SampleCases.timeline("07-vangnetter.json")
    #expect(timeline.ziekteweek == 16)
    // ZW art. 38a lid 1: a vangnetter reports sick by the second day.
    #expect(timeline.step(.tl01)?.due == (try date("2026-01-20")))
    // ZW art. 38 lid 4: a 29b (no-riskpolis, art. 29 lid 2 g) case needs no 42e-weeksmelding.
    #expect(timeline.step(.tl09)?.state.isNotApplicable == true)
    // The category is the bedrijfsarts's; the employer side only knows "vangnet: yes".
    #expect(dossier.werknemer.vangnet == true)
    #expect(dossier.bedrijfsartsDossier?.vangnetCategorie == .noRiskPolis)
  }

  @Test func case08ZiekUitDienstWithVerkortVerslag() throws {
    let (_, timeline) = try SampleCases.timeline("08-ziek-uit-dienst-verkort-verslag.json")
    #expect(timeline.ziekteweek == 9)
    // The aangifte to UWV on the last working day (ZW art. 38 lid 2), done with its own date
    // (COR-08).
    let aangifte = try #require(timeline.step(.tl24))
    #expect(aangifte.due == (try date("2026-03-31")))
    #expect(aangifte.state == .done(on: try date("2026-03-31"), daysLate: 0))
    // 2 February … 31 March 2026 both included: 27 + 31 = 58 days, at least 42 and under 70,
    // so the short form, due the same day.
    #expect(timeline.ziekUitDienst?.dagen == 58)
    let verslag = try #require(timeline.step(.cnt15))
    #expect(verslag.due == (try date("2026-03-31")))
    #expect(verslag.state == .done(on: try date("2026-03-27"), daysLate: 0))
    // The employer's later steps lapse with the employment.
    #expect(timeline.step(.tl09)?.state.isNotApplicable == true)
    #expect(timeline.step(.tl17)?.state.isNotApplicable == true)
  }

  @Test func case09PlanThirteenDaysLate() throws {
    let (_, timeline) = try SampleCases.timeline("09-dossier-met-fouten.json")
    #expect(timeline.ziekteweek == 11)
    #expect(timeline.step(.tl05)?.due == (try date("2026-02-24")))
    #expect(timeline.step(.tl05)?.state == .done(on: try date("2026-03-09"), daysLate: 13))
  }

  @Test func case07ContractEndMakesTheVangnetterLeaveSick() throws {
    let (_, timeline) = try SampleCases.timeline("07-vangnetter.json")
    // COR-08: the temporary contract ends on 30 November 2026, while still sick: the aangifte
    // and the full set fall due that day (19 January … 30 November both included: 13 + 28 +
    // 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 316 days, ten weeks or more).
    #expect(timeline.ziekUitDienst?.dagen == 316)
    #expect(timeline.step(.tl24)?.due == (try date("2026-11-30")))
    #expect(timeline.step(.tl17)?.due == (try date("2026-11-30")))
    #expect(timeline.step(.tl11)?.state.isNotApplicable == true)
  }

  @Test func case10WazoBridgeChains() throws {
    let (_, timeline) = try SampleCases.timeline("10-wazo-brug.json")
    // 28 sick days before the verlof (5 Jan … 1 Feb), 31 after it (25 May … 24 June): week 9.
    #expect(timeline.tijdvak?.eersteZiektedag == (try date("2026-01-05")))
    #expect(timeline.ziekteweek == 9)
    // Day 42 = 14th sick day after the leave: 25 May + 13 = 7 June.
    #expect(timeline.step(.tl04)?.due == (try date("2026-06-07")))
    // Day 295 = D1 + 294 + 112 leave days = 15 February 2027.
    #expect(timeline.step(.tl09)?.due == (try date("2027-02-15")))
  }

  @Test func case11VangnetterAfterBevallingsverlof() throws {
    let (_, timeline) = try SampleCases.timeline("11-vangnetter-na-bevallingsverlof.json")
    // Verlof 1 December 2025 … 22 March 2026 (31 + 31 + 28 + 22 = 112 days), sick from 23
    // March. ZW art. 29a lid 4: illness after the verlof, reported by the 4th day: 23 March + 3
    // = 26 March, not 23 March + 42.
    #expect(timeline.step(.tl03)?.due == (try date("2026-03-26")))
    #expect(timeline.step(.tl03)?.state == .done(on: try date("2026-03-25"), daysLate: 0))
    #expect(timeline.step(.tl09)?.state.isNotApplicable == true)
  }

  @Test func case12ContractEndWithoutLastWorkingDay() throws {
    let (dossier, timeline) = try SampleCases.timeline("12-ziek-uit-dienst-einde-contract.json")
    #expect(dossier.werknemer.dienstverband?.laatsteWerkdag == nil)
    // 2 March … 30 April both included: 30 + 30 = 60 days: the short form.
    #expect(timeline.ziekUitDienst?.dagen == 60)
    #expect(timeline.step(.tl24)?.state == .done(on: try date("2026-04-30"), daysLate: 0))
    #expect(timeline.step(.cnt15)?.state == .done(on: try date("2026-04-28"), daysLate: 0))
  }

  @Test func case13LateAanvraagExtendsWagePayment() throws {
    let (_, timeline) = try SampleCases.timeline("13-wia-aanvraag-te-laat.json")
    // D1 2 September 2024: wachttijd ends 30 August 2026; aanvraag due 30 August − 77 =
    // 14 June; filed 19 June, 5 days late (BW 7:629 lid 11 a): wage until 4 September, the
    // loonsanctie decision by 4 September − 42 = 24 July 2026.
    #expect(timeline.step(.tl18)?.state == .done(on: try date("2026-06-19"), daysLate: 5))
    #expect(timeline.step(.tl22)?.due == (try date("2026-09-04")))
    #expect(timeline.step(.tl20)?.due == (try date("2026-07-24")))
  }

  @Test func case14LoonsanctieShortenedByALateDecision() throws {
    let (_, timeline) = try SampleCases.timeline("14-loonsanctie.json")
    // Latest decision 30 August 2026 − 42 = 19 July; decided 24 July, 5 days late, so 52 × 7
    // − 5 = 359 days after 30 August 2026 (Wet WIA art. 25 lid 14): 24 August 2027.
    #expect(timeline.loondoorbetaling?.loonsanctie?.verkorting == 5)
    #expect(timeline.step(.tl22)?.due == (try date("2027-08-24")))
  }

  // MARK: - Variations on the samples where the validator disagrees with the law

  /// EJE-07 rests on the amended Regeling (Stcrt. 2023, 13931), in force 1 July 2023: the
  /// documents dated before it need no visie.
  @Test func eerstejaarsevaluatieBeforeJuly2023NeedsNoVisie() throws {
    var dossier = try SampleCases.load("04-week-60-na-eerstejaarsevaluatie.json")
    // Only the document date matters to EJE-07; the date also falls before D1 here (ID-DATE),
    // which this test does not look at.
    dossier.eerstejaarsevaluatie?.datum = try date("2023-06-15")
    dossier.eerstejaarsevaluatie?.visieWerkgever = nil
    dossier.eerstejaarsevaluatie?.visieWerknemer = nil
    let findings = Validator().validate(dossier, on: try #require(dossier.peildatum))
    #expect(!findings.contains { $0.rule == .eje07 })
  }

  /// Since 1 July 2023 every evaluation holds the views of werkgever and werknemer (Regeling
  /// procesgang art. 4 lid 2 b; POORTWACHTER.md EJE-07 "also in periodic evaluations").
  @Test func periodicEvaluationWithoutVisieIsReported() throws {
    var dossier = try SampleCases.load("02-week-10-pa-en-pva.json")
    dossier.evaluaties?[0].visieWerkgever = nil
    dossier.evaluaties?[0].visieWerknemer = nil
    let findings = Validator().validate(dossier, on: try #require(dossier.peildatum))
    #expect(
      findings.contains { $0.rule == .eje07 && $0.path == "$.evaluaties[0].visieWerkgever" })
    #expect(
      findings.contains { $0.rule == .eje07 && $0.path == "$.evaluaties[0].visieWerknemer" })
  }

  /// Leaving employment after ten weeks needs a full re-integratieverslag on the last working
  /// day (CNT-15), but not an eerstejaarsevaluatie: week 52 was never reached in employment.
  @Test func ziekUitDienstAfterTenWeeksNeedsNoEerstejaarsevaluatie() throws {
    var dossier = try SampleCases.load("08-ziek-uit-dienst-verkort-verslag.json")
    let last = try date("2026-04-13")  // 70 days after D1
    dossier.werknemer.dienstverband?.einddatum = last
    dossier.werknemer.dienstverband?.laatsteWerkdag = last
    let findings = Validator().validate(dossier, on: try date("2026-04-15"))
    #expect(findings.contains { $0.rule == .vriv01 })
    #expect(!findings.contains { $0.path == "$.eerstejaarsevaluatie" })
  }

  /// After the last working day the employer no longer evaluates (the steps lapse), so no
  /// six-week cadence warning should run on past the exit.
  @Test func noEvaluationCadenceAfterLeaving() throws {
    let dossier = try SampleCases.load("08-ziek-uit-dienst-verkort-verslag.json")
    let findings = Validator().validate(dossier, on: try date("2026-06-30"))
    #expect(!findings.contains { $0.rule == .bij05 })
  }
}

// MARK: - Support

/// One expected finding: what the law says must be reported, and where.
struct Expected: Hashable, Comparable, CustomStringConvertible {
  let rule: Regel
  let severity: Finding.Severity
  let path: String

  init(_ rule: Regel, _ severity: Finding.Severity, _ path: String) {
    self.rule = rule
    self.severity = severity
    self.path = path
  }

  static func < (lhs: Expected, rhs: Expected) -> Bool {
    (lhs.path, lhs.rule.code, lhs.severity.rawValue) < (
      rhs.path, rhs.rule.code, rhs.severity.rawValue
    )
  }

  var description: String { "\(rule) \(severity.rawValue) \(path)" }
}

enum SampleCases {
  /// `Samples/cases` at the repository root: three folders up from this file.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples").appendingPathComponent("cases")

  static func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json")
    }.sorted()
  }

  static func load(_ file: String) throws -> Verzuimdossier {
    let data = try Data(contentsOf: folder.appendingPathComponent(file))
    // The product's own strict reading: a misspelt key in a sample must fail here too.
    return try Verzuimdossier.decode(from: data)
  }

  static func timeline(_ file: String) throws -> (Verzuimdossier, Timeline) {
    let dossier = try load(file)
    let peildatum = try #require(dossier.peildatum)
    return (dossier, Timeline(dossier: dossier, on: peildatum))
  }
}

struct InvalidDate: Error { let text: String }

func date(_ text: String) throws -> CalendarDate {
  guard let date = CalendarDate(text) else { throw InvalidDate(text: text) }
  return date
}

/// CNT-16 and M42-04/05: practice rules, warnings only.
@Suite struct PracticeRuleTests {
  typealias T = TestCases

  @Test func threeSickReportsInAYearAreFrequentVerzuim() {
    let dossier = T.dossier([
      ("2025-06-02", "2025-06-05"), ("2025-10-06", "2025-10-08"), ("2026-02-02", nil),
    ])
    let findings = Validator().validate(dossier, on: T.date("2026-02-10"))
    #expect(findings.contains { $0.rule == .cnt16 && $0.severity == .waarschuwing })
    var rules = TimelineRules()
    rules.frequentVerzuimReports = 0
    #expect(
      !Validator(rules: rules).validate(dossier, on: T.date("2026-02-10")).contains {
        $0.rule == .cnt16
      })
    #expect(
      !Validator().validate(dossier, on: T.date("2026-07-01")).contains { $0.rule == .cnt16 })
  }

  @Test func melding42WarnsAboutInferredFields() {
    let dossier = T.dossier([("2026-01-05", nil)]) {
      $0.melding42eWeek = Melding42eWeek(
        datum: T.date("2026-10-20"), eersteZiektedag: T.date("2026-01-05"))
    }
    let findings = Validator().validate(dossier, on: T.date("2026-10-25"), steps: [.s6])
    #expect(findings.contains { $0.rule == .m42Item04 && $0.severity == .waarschuwing })
    #expect(findings.contains { $0.rule == .m42Item05 && $0.severity == .waarschuwing })
    #expect(!findings.contains { $0.severity == .fout })
  }
}
