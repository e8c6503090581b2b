import Foundation
import Kalender

@testable import Poortwachter

/// The both-ways cases of RuleCoverageTests, one per rule, in catalog order. Dates are worked
/// out by hand from the sample's eerste ziektedag (day n = D1 + n − 1, POORTWACHTER.md §1).
enum RuleCases {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  // Samples (all without findings on their own peildatum):
  // 02: D1 2026-01-05, PA 2026-02-09 (day 36), plan 2026-02-20, evaluation 2026-03-06, on 2026-03-11.
  // 03: D1 2025-04-07, week 45, one bijstelling of PA and of the plan, on 2026-02-11.
  // 05: D1 2024-09-02, every document up to the re-integratieverslag, on 2026-06-03 (week 92);
  //     melding 2025-06-17, EJE 2025-08-11, AO 2026-05-04, EE 2026-05-15, RIV 2026-05-26.
  // 07: vangnetter, no-riskpolis, D1 2026-01-19, reported to UWV 2026-02-25, on 2026-05-06.
  // 08: D1 2026-02-02, last working day 2026-03-31 (57 days: verkort verslag, aangifte to UWV
  //     recorded), on 2026-04-02.
  static let pa = "02-week-10-pa-en-pva.json"
  static let bijstelling = "03-week-45-na-42e-weeksmelding.json"
  static let riv = "05-week-92-reintegratieverslag.json"
  static let vangnet = "07-vangnetter.json"
  static let exit = "08-ziek-uit-dienst-verkort-verslag.json"

  static func sample(
    _ file: String, on: String? = nil, _ change: @escaping @Sendable (inout Verzuimdossier) -> Void
  ) -> RuleVariant {
    RuleVariant(make: { try SampleCases.load(file) }, on: on, change: change)
  }

  static func sample(_ file: String, on: String? = nil) -> RuleVariant {
    sample(file, on: on) { _ in }
  }

  static func built(
    on: String, _ make: @escaping @Sendable () -> Verzuimdossier
  ) -> RuleVariant {
    RuleVariant(make: make, on: on, change: { _ in })
  }

  static func d(_ text: String) -> CalendarDate { TestCases.date(text) }

  static func both(
    _ rule: Regel, _ why: String, fires: RuleVariant, quiet: RuleVariant
  ) -> RuleCase {
    RuleCase(rule: rule, why: why, fires: fires, quiet: quiet)
  }

  static let signed = Ondertekening(naam: "getekend", datum: TestCases.date("2026-06-01"))

  static let all: [RuleCase] = timeline + counting + content + closing + identifiers

  // MARK: - §2 Timeline

  static let timeline: [RuleCase] = [
    both(
      .tl01, "BW 7:629 lid 6: the report is due on D1 (2024-09-02); two days later is late",
      fires: sample(riv) { $0.ziekmelding?.datumMeldingWerkgever = d("2024-09-04") },
      quiet: sample(riv) { $0.ziekmelding?.datumMeldingWerkgever = d("2024-09-02") }),
    both(
      .tl02, "Regeling art. 2 lid 1 read as within 7 days: due D1 + 7 = 2024-09-09",
      fires: sample(riv) { $0.ziekmelding?.datumMeldingArbodienst = d("2024-09-10") },
      quiet: sample(riv) { $0.ziekmelding?.datumMeldingArbodienst = d("2024-09-09") }),
    both(
      .tl03,
      "ZW art. 38a lid 3 (no-riskpolis): the first day after six weeks, D1 + 42 = 2026-03-02",
      fires: sample(vangnet) { $0.bedrijfsartsDossier?.datumMeldingVangnetUWV = d("2026-03-03") },
      quiet: sample(vangnet) { $0.bedrijfsartsDossier?.datumMeldingVangnetUWV = d("2026-03-02") }),
    both(
      .tl04,
      "Regeling art. 2 lid 2: six weeks; day 44 (2026-02-17) is past day 43, day 42 (2026-02-15) is not",
      fires: sample(pa) { $0.probleemanalyse?.datum = d("2026-02-17") },
      quiet: sample(pa) { $0.probleemanalyse?.datum = d("2026-02-15") }),
    both(
      .tl05, "Regeling art. 4 lid 1: the plan two weeks after the PA of 2026-02-09, by 2026-02-23",
      fires: sample(pa) { $0.planVanAanpak = nil },
      quiet: sample(pa)),
    both(
      .tl06,
      "Regeling art. 5: a plan three days late (2026-02-26) with a recorded reason is a motivated deviation; without one it is PVA-06",
      fires: sample(pa) {
        $0.planVanAanpak?.datum = d("2026-02-26")
        $0.planVanAanpak?.motivatieAfwijking = "Werknemer was op vakantie; in overleg uitgesteld."
      },
      quiet: sample(pa) { $0.planVanAanpak?.datum = d("2026-02-26") }),
    both(
      .tl07,
      "UWV: an evaluation at least every six weeks; after the evaluation of 2026-03-06 the next is due 2026-04-17",
      fires: sample(pa, on: "2026-04-18"), quiet: sample(pa, on: "2026-04-17")),
    both(
      .tl09, "ZW art. 38 lid 1: the melding by D1 + 294 = 2025-06-23; none recorded by 2026-06-03",
      fires: sample(riv) { $0.melding42eWeek = nil }, quiet: sample(riv)),
    both(
      .tl10,
      "UWV writes around week 44 (2025-07-06); an employee recovered in week 18 gets no letter",
      fires: sample(riv),
      quiet: sample(riv) { $0.verzuimperiodes[0].hersteldatum = d("2025-01-01") }),
    both(
      .tl11, "Regeling art. 4 lid 2 b: the eerstejaarsevaluatie at week 52 (2025-08-31)",
      fires: sample(riv) { $0.eerstejaarsevaluatie = nil }, quiet: sample(riv)),
    both(
      .tl12, "Wet WIA art. 23 lid 6: week 68 is a date while the case runs, none after recovery",
      fires: sample(riv),
      quiet: sample(riv) { $0.verzuimperiodes[0].hersteldatum = d("2025-01-01") }),
    both(
      .tl13,
      "Wet WIA art. 64 lid 6: the week-81 limit matters only when the 42e-weeksmelding is overdue",
      fires: sample(riv) { $0.melding42eWeek = nil }, quiet: sample(riv)),
    both(
      .tl14, "Wet WIA art. 64 lid 2: UWV's letter at 89 weeks, none after recovery in week 18",
      fires: sample(riv),
      quiet: sample(riv) { $0.verzuimperiodes[0].hersteldatum = d("2025-01-01") }),
    both(
      .tl15,
      "Regeling art. 6 lid 1 i–k: the actueel oordeel is needed once the verslag is due (2026-05-31)",
      fires: sample(riv) { $0.actueelOordeel = nil }, quiet: sample(riv)),
    both(
      .tl16, "Regeling art. 6 lid 1 h: the eindevaluatie is needed once the verslag is due",
      fires: sample(riv) { $0.eindevaluatie = nil }, quiet: sample(riv)),
    both(
      .tl17, "Wet WIA art. 25 lid 3: the employee gets a copy of the verslag",
      fires: sample(riv) { $0.reintegratieverslag?.kopieAanWerknemer = nil }, quiet: sample(riv)),
    both(
      .tl18,
      "Wet WIA art. 64 lid 3: the aanvraag 11 weeks before the end of the wachttijd, by 2026-06-14",
      fires: sample(riv, on: "2026-06-15"), quiet: sample(riv, on: "2026-06-14")),
    both(
      .tl20, "Wet WIA art. 25 lid 9: a loonsanctie lasts at most 52 weeks",
      fires: sample(riv) { $0.loonsanctie = Loonsanctie(weken: 53) },
      quiet: sample(riv) { $0.loonsanctie = Loonsanctie(weken: 52) }),
    both(
      .tl22,
      "BW 7:629 lid 1: wage payment ends after 104 weeks; after recovery there is no end date",
      fires: sample(riv),
      quiet: sample(riv) { $0.verzuimperiodes[0].hersteldatum = d("2025-01-01") }),
    both(
      .tl23,
      "Wet WIA art. 24 lid 3: a new end date at least 13 weeks after the request (2026-06-01 + 91 days = 2026-08-31)",
      fires: sample(riv) {
        $0.verlengingLoondoorbetaling = VerlengingLoondoorbetaling(
          aanvraagdatum: d("2026-06-01"), nieuweEinddatum: d("2026-08-30"),
          ondertekeningWerkgever: signed, ondertekeningWerknemer: signed)
      },
      quiet: sample(riv) {
        $0.verlengingLoondoorbetaling = VerlengingLoondoorbetaling(
          aanvraagdatum: d("2026-06-01"), nieuweEinddatum: d("2026-08-31"),
          ondertekeningWerkgever: signed, ondertekeningWerknemer: signed)
      }),
    both(
      .tl24,
      "ZW art. 38 lid 2 (COR-08): at ziek uit dienst the aangifte is due on the last working day, 2026-03-31; not recorded on 2026-04-02 it is missing, on 2026-03-31 it is still due",
      fires: sample(exit) { $0.meldingZiekUitDienst = nil },
      quiet: sample(exit, on: "2026-03-31") { $0.meldingZiekUitDienst = nil }),
    both(
      .cor07,
      "Regeling art. 2 lid 3 (COR-07): no dreigend langdurig verzuim found, still sick after week 7 (day 49 = 2026-02-22): a new oordeel is due; on day 49 itself not yet",
      fires: sample(pa) { $0.probleemanalyse?.dreigendLangdurigVerzuim = false },
      quiet: sample(pa, on: "2026-02-22") { $0.probleemanalyse?.dreigendLangdurigVerzuim = false }),
  ]

  // MARK: - §3 Counting

  static let counting: [RuleCase] = [
    both(
      .cnt11,
      "BW 7:629 lid 10: around WAZO leave the cause decides the samentelling; not recorded is a warning",
      fires: built(on: "2026-06-01") {
        TestCases.dossier(
          [("2026-01-05", "2026-02-01"), ("2026-05-04", nil)], wazo: [("2026-02-01", "2026-05-03")])
      },
      quiet: built(on: "2026-06-01") {
        TestCases.dossier(
          [("2026-01-05", "2026-02-01"), ("2026-05-04", nil)], wazo: [("2026-02-01", "2026-05-03")]
        ) { $0.verzuimperiodes[1].zelfdeOorzaakAlsVorige = true }
      }),
    both(
      .cnt15,
      "ZW art. 38 lid 2, vorm art. 2a: leaving sick after 57 days needs the short verslag by the last working day, 2026-03-31",
      fires: sample(exit) { $0.verkortReintegratieverslag = nil }, quiet: sample(exit)),
    both(
      .cnt12, "BW 7:629 lid 1: a share of work resumed lies between 0 and 100 %",
      fires: sample(riv) { $0.verzuimperiodes[0].gedeeltelijkHerstel?[0].percentage = 120 },
      quiet: sample(riv) { $0.verzuimperiodes[0].gedeeltelijkHerstel?[0].percentage = 100 }),
    both(
      .cnt16,
      "Practice (§3): three sick reports within the year before 2026-06-01 are frequent verzuim; two are not",
      fires: built(on: "2026-06-01") {
        TestCases.dossier([
          ("2025-07-07", "2025-07-11"), ("2026-01-05", "2026-01-09"), ("2026-05-04", nil),
        ])
      },
      quiet: built(on: "2026-06-01") {
        TestCases.dossier([
          ("2025-05-05", "2025-05-09"), ("2026-01-05", "2026-01-09"), ("2026-05-04", nil),
        ])
      }),
  ]

  // MARK: - §5 Content

  static let content: [RuleCase] = [
    both(
      .docAll02, "vorm art. 2 lid 3: each part names who drew it up, with function",
      fires: sample(riv) { $0.probleemanalyse?.opsteller?.functie = nil }, quiet: sample(riv)),
    both(
      .docAll03, "UWV: every document signed; the eindevaluatie by the werknemer too",
      fires: sample(riv) { $0.eindevaluatie?.ondertekeningWerknemer = nil }, quiet: sample(riv)),
    both(
      .pa01, "Regeling art. 2 lid 2: the PA states whether dreigend langdurig verzuim is expected",
      fires: sample(riv) { $0.probleemanalyse?.dreigendLangdurigVerzuim = nil },
      quiet: sample(riv)),
    both(
      .pa02, "Explanatory notes: the facts and their assessment; spaces alone are not text",
      fires: sample(riv) { $0.probleemanalyse?.feitenEnBeoordeling = "   " }, quiet: sample(riv)),
    both(
      .pa03, "Beoordelingskader: limitations and capacities",
      fires: sample(riv) { $0.probleemanalyse?.beperkingenEnMogelijkheden = nil },
      quiet: sample(riv)),
    both(
      .pa04, "Beoordelingskader: the prognosis",
      fires: sample(riv) { $0.probleemanalyse?.prognose = nil }, quiet: sample(riv)),
    both(
      .pa05, "Beoordelingskader: the non-medical factors",
      fires: sample(riv) { $0.probleemanalyse?.nietMedischeFactoren = nil }, quiet: sample(riv)),
    both(
      .pa06,
      "Beoordelingskader: advice on using the capacities, unless there are none (vorm art. 2 lid 6)",
      fires: sample(riv) { $0.probleemanalyse?.advies = nil },
      quiet: sample(riv) {
        $0.probleemanalyse?.advies = nil
        $0.probleemanalyse?.geenBenutbareMogelijkheden = true
        $0.probleemanalyse?.motiveringGeenMogelijkheden = "Geen benutbare mogelijkheden."
      }),
    both(
      .pa07, "vorm art. 2 lid 6: no usable capacities must be motivated",
      fires: sample(riv) { $0.probleemanalyse?.geenBenutbareMogelijkheden = true },
      quiet: sample(riv) {
        $0.probleemanalyse?.geenBenutbareMogelijkheden = true
        $0.probleemanalyse?.motiveringGeenMogelijkheden = "Geen benutbare mogelijkheden."
      }),
    both(
      .pa08, "vorm art. 2 lid 4: the administrative data name the bedrijfsarts",
      fires: sample(riv) { $0.bedrijfsarts?.naam = nil }, quiet: sample(riv)),
    both(
      .pva01, "Regeling art. 4 lid 2 a: the activities of werkgever and werknemer",
      fires: sample(riv) { $0.planVanAanpak?.activiteiten = [] }, quiet: sample(riv)),
    both(
      .pva02, "Regeling art. 4 lid 2 a: the goal of the activities",
      fires: sample(riv) { $0.planVanAanpak?.einddoel?.omschrijving = nil }, quiet: sample(riv)),
    both(
      .pva03, "Regeling art. 4 lid 2 a: a time frame for the goal",
      fires: sample(riv) { $0.planVanAanpak?.einddoel?.termijn = nil }, quiet: sample(riv)),
    both(
      .pva04, "Regeling art. 4 lid 2 b: agreed evaluation moments",
      fires: sample(riv) { $0.planVanAanpak?.evaluatiemomenten = [] }, quiet: sample(riv)),
    both(
      .pva05, "Regeling art. 4 lid 2 c: the casemanager",
      fires: sample(riv) { $0.planVanAanpak?.casemanager = nil }, quiet: sample(riv)),
    both(
      .pva06, "Regeling art. 4 lid 1: the plan refers to the PA it rests on (2024-10-07)",
      fires: sample(riv) { $0.planVanAanpak?.datumProbleemanalyse = d("2024-10-08") },
      quiet: sample(riv)),
    both(
      .pva07, "Regeling art. 4 lid 1, BW 7:658a lid 3: drawn up together, so signed by both",
      fires: sample(riv) { $0.planVanAanpak?.ondertekeningWerknemer = nil }, quiet: sample(riv)),
    both(
      .pva08, "Regeling art. 4 lid 3: copies to werknemer, casemanager and bedrijfsarts",
      fires: sample(riv) { $0.planVanAanpak?.verzondenAan = ["werknemer", "casemanager"] },
      quiet: sample(riv) {
        $0.planVanAanpak?.verzondenAan = ["Werknemer", "casemanager", "bedrijfsarts"]
      }),
    both(
      .pva09, "UWV's plan form asks the employee's address",
      fires: sample(riv) { $0.werknemer.adres = nil }, quiet: sample(riv)),
    both(
      .pva11, "Regeling art. 4 lid 2 a (2023): a plan of 2024 holds both views",
      fires: sample(riv) { $0.planVanAanpak?.visieWerknemer = nil }, quiet: sample(riv)),
    both(
      .bij01, "Regeling art. 4 lid 4: a bijstelling of the PA gives its reason",
      fires: sample(riv) { $0.bijstellingenProbleemanalyse?[0].reden = nil }, quiet: sample(riv)),
    both(
      .bij03, "Regeling art. 4 lid 5: a bijstelling of the plan gives its reason",
      fires: sample(bijstelling) { $0.bijstellingenPlanVanAanpak?[0].reden = nil },
      quiet: sample(bijstelling)),
    both(
      .bij05, "Regeling art. 3: each evaluation records the progress",
      fires: sample(riv) { $0.evaluaties?[0].voortgang = nil }, quiet: sample(riv)),
    both(
      .eje01, "Regeling art. 4 lid 2 b: the eerstejaarsevaluatie, due 2025-08-31, is there",
      fires: sample(riv) { $0.eerstejaarsevaluatie = nil }, quiet: sample(riv)),
    both(
      .eje02, "Beoordelingskader: a look back on the first year",
      fires: sample(riv) { $0.eerstejaarsevaluatie?.terugblik = nil }, quiet: sample(riv)),
    both(
      .eje03, "Beoordelingskader: whether the re-integration is on course",
      fires: sample(riv) { $0.eerstejaarsevaluatie?.opKoers = nil }, quiet: sample(riv)),
    both(
      .eje04, "Beoordelingskader: an explicit choice of spoor",
      fires: sample(riv) { $0.eerstejaarsevaluatie?.spoor = nil }, quiet: sample(riv)),
    both(
      .eje05, "Regeling art. 4 lid 5: the goal for the second year",
      fires: sample(riv) { $0.eerstejaarsevaluatie?.bijgesteldDoel = nil }, quiet: sample(riv)),
    both(
      .eje07, "Regeling art. 4 lid 2 b (2023): an evaluation of 2025 holds both views",
      fires: sample(riv) { $0.eerstejaarsevaluatie?.visieWerkgever = nil }, quiet: sample(riv)),
    both(
      .m42Item01, "ZW art. 38 lid 1: the melding states the eerste ziektedag, 2024-09-02",
      fires: sample(riv) { $0.melding42eWeek?.eersteZiektedag = d("2024-09-03") },
      quiet: sample(riv) { $0.melding42eWeek?.eersteZiektedag = d("2024-09-02") }),
    both(
      .m42Item04, "UWV forms (inferred): the date of birth",
      fires: sample(riv) { $0.werknemer.geboortedatum = nil }, quiet: sample(riv)),
    both(
      .m42Item05, "UWV forms (inferred): a phone number or an e-mail address of the arbodienst",
      fires: sample(riv) {
        $0.arbodienst?.telefoon = nil
        $0.arbodienst?.email = nil
      },
      quiet: sample(riv) { $0.arbodienst?.email = nil }),
    both(
      .m42Termijn, "ZW art. 38 lid 1: by D1 + 294 = 2025-06-23",
      fires: sample(riv) { $0.melding42eWeek?.datum = d("2025-06-24") },
      quiet: sample(riv) { $0.melding42eWeek?.datum = d("2025-06-23") }),
  ]

  // MARK: - §5.6–5.9 The WIA route and ziek uit dienst

  static let closing: [RuleCase] = [
    both(
      .ao01, "Regeling art. 6 lid 1 j: the course of the incapacity",
      fires: sample(riv) { $0.actueelOordeel?.verloop = nil }, quiet: sample(riv)),
    both(
      .ao02, "Regeling art. 6 lid 1 j: current limitations and capacities",
      fires: sample(riv) { $0.actueelOordeel?.beperkingenEnMogelijkheden = nil },
      quiet: sample(riv)),
    both(
      .ao03, "Regeling art. 6 lid 1 i: the bedrijfsarts on the arbeidsrelatie",
      fires: sample(riv) { $0.actueelOordeel?.kwaliteitArbeidsrelatie = nil },
      quiet: sample(riv)),
    both(
      .ao04, "Regeling art. 6 lid 1 k: the bedrijfsarts on passende arbeid",
      fires: sample(riv) { $0.actueelOordeel?.passendeArbeid = nil }, quiet: sample(riv)),
    both(
      .ee01, "Regeling art. 6 lid 1 h: the execution of the agreements",
      fires: sample(riv) { $0.eindevaluatie?.uitvoeringAfspraken = nil }, quiet: sample(riv)),
    both(
      .ee02, "Regeling art. 6 lid 1 b: the nature of the business",
      fires: sample(riv) { $0.werkgever.aardVanHetBedrijf = nil }, quiet: sample(riv)),
    both(
      .ee03, "Regeling art. 6 lid 1 i: the employer on the arbeidsrelatie",
      fires: sample(riv) { $0.eindevaluatie?.kwaliteitArbeidsrelatie = nil }, quiet: sample(riv)),
    both(
      .ee04, "Regeling art. 6 lid 1 k: the employer on passende arbeid",
      fires: sample(riv) { $0.eindevaluatie?.passendeArbeid = nil }, quiet: sample(riv)),
    both(
      .ee05,
      "UWV: the eindevaluatie (2026-05-15) rests on the actueel oordeel, which may not come after it",
      fires: sample(riv) { $0.actueelOordeel?.datum = d("2026-05-16") },
      quiet: sample(riv) { $0.actueelOordeel?.datum = d("2026-05-15") }),
    both(
      .rivA, "Regeling art. 6 lid 1 a: the employer's loonheffingennummer",
      fires: sample(riv) { $0.werkgever.loonheffingennummer = nil }, quiet: sample(riv)),
    both(
      .rivB, "Regeling art. 6 lid 1 b: the nature of the business",
      fires: sample(riv) { $0.werkgever.aardVanHetBedrijf = nil }, quiet: sample(riv)),
    both(
      .rivC, "Regeling art. 6 lid 1 c: the employee's function",
      fires: sample(riv) { $0.werknemer.functie = nil }, quiet: sample(riv)),
    both(
      .rivD, "Regeling art. 6 lid 1 d: the employee's skills",
      fires: sample(riv) { $0.werknemer.bekwaamheden = nil }, quiet: sample(riv)),
    both(
      .rivF, "Regeling art. 6 lid 1 f: the probleemanalyse",
      fires: sample(riv) { $0.probleemanalyse = nil }, quiet: sample(riv)),
    both(
      .rivG, "Regeling art. 6 lid 1 g: the plan, unless the PA saw no usable capacities",
      fires: sample(riv) { $0.planVanAanpak = nil },
      quiet: sample(riv) {
        $0.planVanAanpak = nil
        $0.probleemanalyse?.geenBenutbareMogelijkheden = true
        $0.probleemanalyse?.motiveringGeenMogelijkheden = "Geen benutbare mogelijkheden."
      }),
    both(
      .rivH, "Regeling art. 6 lid 1 h: the most recent evaluation (eindevaluatie)",
      fires: sample(riv) { $0.eindevaluatie = nil }, quiet: sample(riv)),
    both(
      .rivI, "Regeling art. 6 lid 1 i: the bedrijfsarts's view of the arbeidsrelatie",
      fires: sample(riv) { $0.actueelOordeel?.kwaliteitArbeidsrelatie = nil },
      quiet: sample(riv)),
    both(
      .rivJ, "Regeling art. 6 lid 1 j: the current limitations and capacities",
      fires: sample(riv) { $0.actueelOordeel?.beperkingenEnMogelijkheden = nil },
      quiet: sample(riv)),
    both(
      .rivK, "Regeling art. 6 lid 1 k: the employer's view of passende arbeid",
      fires: sample(riv) { $0.eindevaluatie?.passendeArbeid = nil }, quiet: sample(riv)),
    both(
      .rivL, "Regeling art. 6 lid 1 l: the employee's opinion",
      fires: sample(riv) { $0.oordeelWerknemer = nil }, quiet: sample(riv)),
    both(
      .vriv01,
      "vorm art. 2a lid 1: a short verslag only under 10 weeks; a last working day of 2026-04-30 is 87 days after D1",
      fires: sample(exit, on: "2026-05-04") {
        $0.werknemer.dienstverband?.einddatum = d("2026-04-30")
        $0.werknemer.dienstverband?.laatsteWerkdag = d("2026-04-30")
      },
      quiet: sample(exit)),
    both(
      .vriv02, "vorm art. 2a lid 3 a: the state of affairs",
      fires: sample(exit) { $0.verkortReintegratieverslag?.standVanZaken = nil },
      quiet: sample(exit)),
    both(
      .vriv04, "vorm art. 2a lid 3 c: the employee's opinion",
      fires: sample(exit) { $0.oordeelWerknemer = nil }, quiet: sample(exit)),
    both(
      .vriv06, "ZW art. 38 lid 2: a copy for the employee",
      fires: sample(exit) { $0.verkortReintegratieverslag?.kopieAanWerknemer = nil },
      quiet: sample(exit)),
  ]

  // MARK: - §6–7 Privacy and identifiers

  static let identifiers: [RuleCase] = [
    both(
      .privDeny, "AP §4: no treatment named in a text the employer sees",
      fires: sample(riv) {
        $0.planVanAanpak?.visieWerkgever = "Na de fysiotherapie kan hij weer meer uren werken."
      },
      quiet: sample(riv) {
        $0.planVanAanpak?.visieWerkgever = "Na de werkplekaanpassing kan hij weer meer uren werken."
      }),
    both(
      .idBSN, "Elfproef: 123456789 fails it, 111222333 passes",
      fires: sample(riv) { $0.werknemer.bsn = "123456789" },
      quiet: sample(riv) { $0.werknemer.bsn = "111222333" }),
    both(
      .idLHN, "Belastingdienst: 9 digits, L, 2 digits",
      fires: sample(riv) { $0.werkgever.loonheffingennummer = "123456782X01" },
      quiet: sample(riv) { $0.werkgever.loonheffingennummer = "123456782L01" }),
    both(
      .idRSIN, "The RSIN in a loonheffingennummer passes the elfproef: 123456789 does not",
      fires: sample(riv) { $0.werkgever.loonheffingennummer = "123456789L01" },
      quiet: sample(riv) { $0.werkgever.loonheffingennummer = "123456782L01" }),
    both(
      .idKVK, "Handelsregisterwet: 8 digits",
      fires: sample(riv) { $0.werkgever.kvkNummer = "1234567" },
      quiet: sample(riv) { $0.werkgever.kvkNummer = "12345678" }),
    both(
      .idKVKV, "A vestigingsnummer has 12 digits",
      fires: sample(riv) { $0.werkgever.vestigingsnummer = "00004421987" },
      quiet: sample(riv) { $0.werkgever.vestigingsnummer = "000044219876" }),
    both(
      .idPC, "PostNL: the letter pair SA is not issued",
      fires: sample(riv) { $0.werknemer.adres?.postcode = "5013 SA" },
      quiet: sample(riv) { $0.werknemer.adres?.postcode = "5013 SB" }),
    both(
      .idIBAN, "ISO 13616: modulo 97 of NL91ABNA0417164300 is 1, of …301 not",
      fires: sample(riv) { $0.werkgever.iban = "NL91ABNA0417164301" },
      quiet: sample(riv) { $0.werkgever.iban = "NL91ABNA0417164300" }),
    both(
      .idRef,
      "Wabb/AVG data minimisation: the reference travels into file names, so it may not hold the BSN (627413055); another reference may",
      fires: sample(riv) { $0.referentie = "VGD-627413055" },
      quiet: sample(riv) { $0.referentie = "VGD-2024-0903" }),
    both(
      .idDate, "§7: no document before the eerste ziektedag (2024-09-02)",
      fires: sample(riv) { $0.probleemanalyse?.datum = d("2024-09-01") },
      quiet: sample(riv) { $0.probleemanalyse?.datum = d("2024-09-02") }),
    both(
      .wnUren, "BW 7:610: a week has 168 hours",
      fires: sample(riv) { $0.werknemer.contracturenPerWeek = 169 },
      quiet: sample(riv) { $0.werknemer.contracturenPerWeek = 168 }),
  ]
}
