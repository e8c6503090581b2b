import Kalender
import Testing

@testable import Poortwachter

/// COR-11: `dossier timeline` and `dossier validate` never disagree. For every sample case, on
/// its peildatum and on the days around every due date through the case (`referenceDates`),
/// each step of the timeline is late (overdue, or done after its due date) exactly
/// when the validator reports the finding that belongs to it, in the same step.
@Suite struct TimelineValidatorAgreementTests {
  /// A timeline step and the findings the validator reports when it is late: its rules (a
  /// motivated delay is TL-06), and the paths that hold the term (not the document's content).
  struct Term {
    let rule: Regel
    let findings: Set<Regel>
    let paths: Set<String>

    init(_ rule: Regel, _ findings: Set<Regel>, _ paths: Set<String>) {
      self.rule = rule
      self.findings = findings
      self.paths = paths
    }
  }

  static let terms: [Term] = [
    Term(.tl01, [.tl01], ["$.ziekmelding.datumMeldingWerkgever"]),
    Term(.tl02, [.tl02], ["$.ziekmelding.datumMeldingArbodienst"]),
    Term(.tl03, [.tl03], ["$.bedrijfsartsDossier.datumMeldingVangnetUWV"]),
    Term(.tl04, [.tl04, .tl06], ["$.probleemanalyse", "$.probleemanalyse.datum"]),
    Term(.cor07, [.cor07], ["$.bijstellingenProbleemanalyse"]),
    Term(.tl05, [.pva06, .tl06], ["$.planVanAanpak", "$.planVanAanpak.datum"]),
    Term(.tl07, [.bij05], ["$.evaluaties"]),
    Term(.tl09, [.m42Termijn], ["$.melding42eWeek", "$.melding42eWeek.datum"]),
    Term(.tl11, [.eje01], ["$.eerstejaarsevaluatie", "$.eerstejaarsevaluatie.datum"]),
    Term(.tl15, [.tl15], ["$.actueelOordeel", "$.actueelOordeel.datum"]),
    Term(.tl16, [.tl16], ["$.eindevaluatie", "$.eindevaluatie.datum"]),
    Term(.tl17, [.tl17], ["$.reintegratieverslag", "$.reintegratieverslag.datum"]),
    Term(.tl18, [.tl18], ["$.wiaAanvraag"]),
    Term(.tl24, [.tl24], ["$.meldingZiekUitDienst", "$.meldingZiekUitDienst.datum"]),
    Term(
      .cnt15, [.vriv06], ["$.verkortReintegratieverslag", "$.verkortReintegratieverslag.datum"]),
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
        let reported = findings.filter {
          term.paths.contains($0.path) && term.findings.contains($0.rule)
        }
        for finding in reported {
          #expect(finding.step == step.step, "\(file) \(peildatum): \(finding.code) step")
        }
        if step.rule == .tl07 {
          // Earlier gaps are reported too; the open one is what the timeline shows as late.
          let open = timeline.evaluatiecadans?.gaten.contains { $0.isOpen } ?? false
          #expect(open == step.state.isLate, "\(file) \(peildatum): TL-07 \(step.state)")
          #expect(reported.count == timeline.evaluatiecadans?.gaten.count ?? 0)
          continue
        }
        // COR-05: an eerstejaarsevaluatie before week 46 is reported while the step is open.
        let tooEarly = step.rule == .tl11 && step.note?.contains("COR-05") == true
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
    var seen: Set<Regel> = []
    for file in try SampleCases.fileNames() {
      let dossier = try SampleCases.load(file)
      for peildatum in try Self.referenceDates(dossier) {
        seen.formUnion(Timeline(dossier: dossier, on: peildatum).steps.map(\.rule))
      }
    }
    // COR-07 has no sample that reaches it: its agreement is shown in CorrectionTests.
    #expect(Set(Self.terms.map(\.rule)).subtracting(seen).subtracting([.cor07]).isEmpty)
  }
}
