import Foundation
import Kalender
import Poortwachter

/// The sample SIVI messages (`Samples/sivi/*.xml`) imported together: the case files, the
/// import report and each case's timeline on the day of the newest message, under review
/// like every other output.
enum SiviSamples {
  static func render(_ samples: SampleSet) throws -> [String: [UInt8]] {
    let folder = samples.folder.appendingPathComponent("sivi")
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".xml") }.sorted()
    guard !names.isEmpty else { return [:] }
    var berichten: [SiviBericht] = []
    for name in names {
      let data = try FileInput.read(folder.appendingPathComponent(name), shownAs: "sivi/" + name)
      berichten.append(try SiviBericht.read(data, file: "sivi/" + name))
    }
    let sivi = try SiviImport(berichten)
    let cases = try sivi.cases()
    // The newest message's day: what the messages together describe.
    let peildatum = berichten.map(\.aanmaakdatum).max() ?? CalendarDate(dayNumber: 0)
    var outputs: [String: [UInt8]] = [:]
    var report = SiviImportReport.read(sivi)
    var controles: [SiviControle] = []
    for imported in cases {
      outputs["sivi/\(imported.fileName)"] = Array(try imported.dossier.encodedCaseFile())
      let timeline = Timeline(dossier: imported.dossier, on: peildatum)
      outputs["sivi/\(imported.dossier.referentie).tijdlijn.txt"] = Array(
        TimelineReport(dossier: imported.dossier, timeline: timeline).text().utf8)
      report += SiviImportReport.written(imported, path: "sivi/" + imported.fileName)
      controles += imported.controles
    }
    report += SiviImportReport.leftOut(sivi) + SiviImportReport.checks(controles)
    outputs["sivi/import.txt"] = Array(report.utf8)
    return outputs
  }
}
