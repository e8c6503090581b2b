import Foundation
import Kalender
import Poortwachter

/// The caseload of every sample case on one fixed date, in all five formats: the overview's
/// order, phases, pictures and calendar under review like the documents.
enum CaseloadSamples {
  /// A Wednesday on which the samples show every group of the order: overdue, due within a
  /// week, fouten, the rest, and ended cases.
  static let peildatum = CalendarDate(year: 2026, month: 4, day: 15) ?? CalendarDate(dayNumber: 0)

  static func render(_ samples: SampleSet) throws -> [String: [UInt8]] {
    let caseload = Caseload.load(
      [(samples.folder.appendingPathComponent("cases"), "cases")], on: peildatum, horizon: 14)
    if let first = caseload.unreadable.first {
      throw CaseSamples.Failure(description: first.fout)
    }
    return [
      "caseload/caseload.txt": Array(caseload.text().utf8),
      "caseload/caseload.md": Array(caseload.markdown().utf8),
      "caseload/caseload.html": Array(caseload.html().utf8),
      "caseload/caseload.json": Array(try JSONText.encode(caseload.document).utf8),
      "caseload/caseload.ics": Array(caseload.ics(alarmDays: 3).utf8),
    ]
  }
}
