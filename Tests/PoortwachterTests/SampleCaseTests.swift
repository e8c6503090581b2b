import Foundation
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
    // Every mistake the brief plants, each judged by the rule it breaks:
    "09-dossier-met-fouten.json": [
      // ID-BSN: 123456789 fails the 11-proef (9+16+21+24+25+24+21+16−9 = 147, 147 mod 11 = 4).
      Expected("ID-BSN", .fout, "$.werknemer.bsn"),
      // ID-LHN: eight digits before the L; the pattern needs nine.
      Expected("ID-LHN", .fout, "$.werkgever.loonheffingennummer"),
      // ID-PC: the letter pair SA is not issued.
      Expected("ID-PC", .fout, "$.werknemer.adres.postcode"),
      // PVA-06 / TL-05: PA 10 February, so the plan was due 24 February (Regeling art. 4 lid 1);
      // dated 9 March with no motivatieAfwijking (art. 5), so an error, not a warning.
      Expected("PVA-06", .fout, "$.planVanAanpak.datum"),
      // PVA-05: no casemanager named (Regeling art. 4 lid 2 c).
      Expected("PVA-05", .fout, "$.planVanAanpak.casemanager"),
      // PVA-07: drawn up in agreement with the employee, so both sign; the employee did not.
      Expected("PVA-07", .fout, "$.planVanAanpak.ondertekeningWerknemer.naam"),
      Expected("PVA-07", .fout, "$.planVanAanpak.ondertekeningWerknemer.datum"),
      // PRIV-DENY: a treatment ("fysiotherapie") in the employer's plan (AP beleidsregels §4).
      Expected("PRIV-DENY", .fout, "$.planVanAanpak.activiteiten[0].omschrijving"),
      // PVA-08: copies go to werknemer, casemanager and bedrijfsarts (art. 4 lid 3); with no
      // casemanager there is no copy to one. Guidance-level, so a warning.
      Expected("PVA-08", .waarschuwing, "$.planVanAanpak.verzondenAan"),
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
    let actual = findings.map { Expected($0.code, $0.severity, $0.path) }.sorted()
    let expected = try #require(Self.expectations[file]).sorted()
    #expect(
      actual == expected,
      "\(file):\n\(findings.map { "  \($0.code) \($0.severity.rawValue) \($0.path): \($0.message)" }.joined(separator: "\n"))")
  }

  // MARK: - Timeline facts per case

  @Test func case01RecoveredInWeek3() throws {
    let (dossier, timeline) = try SampleCases.timeline("01-hersteld-week-3.json")
    #expect(timeline.ziekteweek == 3)
    #expect(timeline.tijdvak?.isOpen == false)
    #expect(timeline.tijdvak?.lastSickDay == CalendarDate("2026-03-17"))
    #expect(timeline.step("TL-04")?.state.isNotApplicable == true)
    #expect(timeline.step("TL-05")?.state.isNotApplicable == true)
    #expect(timeline.step("TL-09")?.state.isNotApplicable == true)
    #expect(dossier.probleemanalyse == nil)
  }

  @Test func case02PlanOnTime() throws {
    let (_, timeline) = try SampleCases.timeline("02-week-10-pa-en-pva.json")
    #expect(timeline.ziekteweek == 10)
    #expect(timeline.step("TL-04")?.state == .done(on: try date("2026-02-09"), daysLate: 0))
    // Two weeks after the probleemanalyse (Regeling procesgang art. 4 lid 1).
    #expect(timeline.step("TL-05")?.due == (try date("2026-02-23")))
    #expect(timeline.step("TL-05")?.state == .done(on: try date("2026-02-20"), daysLate: 0))
    #expect(timeline.step("TL-09")?.due == (try date("2026-10-26")))
  }
}

// MARK: - Support

/// One expected finding: what the law says must be reported, and where.
struct Expected: Hashable, Comparable, CustomStringConvertible {
  let code: String
  let severity: Finding.Severity
  let path: String

  init(_ code: String, _ severity: Finding.Severity, _ path: String) {
    self.code = code
    self.severity = severity
    self.path = path
  }

  static func < (lhs: Expected, rhs: Expected) -> Bool {
    (lhs.path, lhs.code, lhs.severity.rawValue) < (rhs.path, rhs.code, rhs.severity.rawValue)
  }

  var description: String { "\(code) \(severity.rawValue) \(path)" }
}

enum SampleCases {
  /// `Samples/cases` at the repository root: three folders up from this file.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples").appendingPathComponent("cases")

  static func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
  }

  static func load(_ file: String) throws -> Verzuimdossier {
    let data = try Data(contentsOf: folder.appendingPathComponent(file))
    return try JSONDecoder().decode(Verzuimdossier.self, from: data)
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

extension TimelineStep.State {
  var isNotApplicable: Bool { if case .notApplicable = self { true } else { false } }
  var isDone: Bool { if case .done = self { true } else { false } }
}
