import Kalender
import Testing

@testable import Poortwachter

/// COR-11: `dossier timeline` and `dossier validate` never disagree. For every sample case, on
/// its peildatum and on the days around every due date through the case (`referenceDates`),
/// each step of the timeline is late (overdue, or done after its due date) exactly
/// when the validator reports the finding that belongs to it, in the same step.
@Suite struct TimelineValidatorAgreementTests {
  /// A timeline step and the finding the validator reports when it is late: the codes, and
  /// the paths that hold the term (not the document's content).
  struct Term {
    let rule: String
    let code: String
    let paths: Set<String>
  }

  static let terms: [Term] = [
    Term(rule: "TL-01", code: "TL-01", paths: ["$.ziekmelding.datumMeldingWerkgever"]),
    Term(rule: "TL-02", code: "TL-02", paths: ["$.ziekmelding.datumMeldingArbodienst"]),
    Term(rule: "TL-03", code: "TL-03", paths: ["$.bedrijfsartsDossier.datumMeldingVangnetUWV"]),
    Term(rule: "TL-04", code: "TL-04", paths: ["$.probleemanalyse", "$.probleemanalyse.datum"]),
    Term(rule: "COR-07", code: "COR-07", paths: ["$.bijstellingenProbleemanalyse"]),
    Term(rule: "TL-05", code: "PVA-06", paths: ["$.planVanAanpak", "$.planVanAanpak.datum"]),
    Term(rule: "TL-07", code: "BIJ-05", paths: ["$.evaluaties"]),
    Term(rule: "TL-09", code: "M42-R1", paths: ["$.melding42eWeek", "$.melding42eWeek.datum"]),
    Term(
      rule: "TL-11", code: "EJE-01",
      paths: ["$.eerstejaarsevaluatie", "$.eerstejaarsevaluatie.datum"]),
    Term(rule: "TL-15", code: "TL-15", paths: ["$.actueelOordeel", "$.actueelOordeel.datum"]),
    Term(rule: "TL-16", code: "TL-16", paths: ["$.eindevaluatie", "$.eindevaluatie.datum"]),
    Term(
      rule: "TL-17", code: "TL-17",
      paths: ["$.reintegratieverslag", "$.reintegratieverslag.datum"]),
    Term(rule: "TL-18", code: "TL-18", paths: ["$.wiaAanvraag"]),
    Term(
      rule: "TL-24", code: "TL-24",
      paths: ["$.meldingZiekUitDienst", "$.meldingZiekUitDienst.datum"]),
    Term(
      rule: "CNT-15", code: "VRIV-06",
      paths: ["$.verkortReintegratieverslag", "$.verkortReintegratieverslag.datum"]),
  ]

  /// The sample's peildatum, every seventh day from the first sick day to 60 days after it,
  /// and the day before, of and after every due date those timelines show: where a step
  /// turns late.
  static func referenceDates(_ dossier: Verzuimdossier) throws -> [CalendarDate] {
    let peildatum = try #require(dossier.peildatum)
    let first = dossier.verzuimperiodes.map(\.eersteZiektedag).min() ?? peildatum
    let last = peildatum.adding(days: 60)
    let weekly = stride(from: 0, through: last.days(since: first), by: 7).map {
      first.adding(days: $0)
    }
    var dates = Set([peildatum] + weekly)
    for date in weekly {
      for due in Timeline(dossier: dossier, on: date).steps.compactMap(\.due) {
        dates.formUnion([due.adding(days: -1), due, due.adding(days: 1)])
      }
    }
    return dates.filter { $0 >= first && $0 <= last }.sorted()
  }

  @Test(arguments: try SampleCases.fileNames())
  func timelineAndValidatorAgree(_ file: String) throws {
    let dossier = try SampleCases.load(file)
    for peildatum in try Self.referenceDates(dossier) {
      let timeline = Timeline(dossier: dossier, on: peildatum)
      let findings = Validator().validate(dossier, on: peildatum)
      for step in timeline.steps where step.step != nil {
        let term = try #require(
          Self.terms.first { $0.rule == step.rule },
          "\(file): timeline step \(step.rule) has no validator finding to agree with")
        let reported = findings.filter { term.paths.contains($0.path) && $0.code == term.code }
        for finding in reported {
          #expect(finding.step.rawValue == step.step, "\(file) \(peildatum): \(finding.code) step")
        }
        if step.rule == "TL-07" {
          // Earlier gaps are reported too; the open one is what the timeline shows as late.
          let open = timeline.evaluatiecadans?.gaten.contains { $0.isOpen } ?? false
          #expect(open == step.state.isLate, "\(file) \(peildatum): TL-07 \(step.state)")
          #expect(reported.count == timeline.evaluatiecadans?.gaten.count ?? 0)
          continue
        }
        // COR-05: an eerstejaarsevaluatie before week 46 is reported while the step is open.
        let tooEarly = step.rule == "TL-11" && step.note?.contains("COR-05") == true
        #expect(
          step.state.isLate == !reported.isEmpty || (tooEarly && !reported.isEmpty),
          """
          \(file) on \(peildatum): timeline \(step.rule) is \(step.state.dutch), \
          validator: \(reported.map { "\($0.code) \($0.severity.rawValue) \($0.message)" })
          """)
      }
    }
  }

  /// Nothing in the table that no timeline step carries: the table and the timeline move
  /// together.
  @Test func everyTermBelongsToATimelineStep() throws {
    var seen: Set<String> = []
    for file in try SampleCases.fileNames() {
      let dossier = try SampleCases.load(file)
      for peildatum in try Self.referenceDates(dossier) {
        seen.formUnion(Timeline(dossier: dossier, on: peildatum).steps.map(\.rule))
      }
    }
    // COR-07 has no sample that reaches it: its agreement is shown in CorrectionTests.
    #expect(Set(Self.terms.map(\.rule)).subtracting(seen).subtracting(["COR-07"]).isEmpty)
  }
}
