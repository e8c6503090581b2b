import Foundation
import Kalender
import Poortwachter
import StrictJSON

/// The sample cases' timelines (text and iCalendar) and validation reports, on each case's own
/// peildatum: the domain's behaviour on real files, under review like the documents.
enum CaseSamples {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func render(_ samples: SampleSet) throws -> [String: [UInt8]] {
    var outputs: [String: [UInt8]] = [:]
    for url in samples.inputs(in: "cases") {
      let name = url.deletingPathExtension().lastPathComponent
      let shown = "cases/" + url.lastPathComponent
      let (dossier, peildatum) = try load(url)
      let timeline = Timeline(dossier: dossier, on: peildatum)
      let report = TimelineReport(dossier: dossier, timeline: timeline)
      outputs["tijdlijnen/\(name).txt"] = Array(report.text().utf8)
      outputs["tijdlijnen/\(name).ics"] = Array(TimelineCalendar.ics(report).utf8)
      let findings = Validator().validate(dossier, on: peildatum)
      let validation = ValidationReport.Case(
        file: shown, dossier: dossier, peildatum: peildatum, ziekteweek: timeline.ziekteweek,
        findings: findings)
      outputs["validatie/\(name).txt"] = Array(validation.text().utf8)
      if let pakket = dossier.pakket {
        // The samples' catalogs are in Samples/packages, beside Samples/cases.
        let root = CatalogRoot(folder: samples.folder, shownAs: "Samples")
        let file = try root.catalog(of: pakket, caseFile: url, caseShownAs: shown)
        let (catalog, _) = try PackageDocuments.loadCatalog(file.url, shownAs: file.shownAs)
        do {
          let overzicht = try catalog.kosten(
            for: dossier, timeline: timeline, pakket: pakket.pakket)
          outputs["kosten/\(name).txt"] = Array(KostenReport.text(overzicht).utf8)
        } catch {
          throw Failure(description: "\(shown): \(error)")
        }
      }
      outputs["validatie/\(name).json"] = Array(
        try JSONText.encode(ValidationReport(cases: [validation])).utf8)
    }
    return outputs
  }

  /// A sample case and its pinned reference date.
  static func load(_ url: URL) throws -> (Verzuimdossier, CalendarDate) {
    let shown = "cases/" + url.lastPathComponent
    let data = try FileInput.read(url, shownAs: shown)
    let dossier: Verzuimdossier
    do {
      dossier = try Verzuimdossier.decode(from: data)
    } catch {
      throw Failure(description: "\(shown):\(error.description)")
    }
    guard let peildatum = dossier.peildatum else {
      throw Failure(
        description:
          "\(shown): a sample case needs a peildatum, so that its outputs do not depend on the day")
    }
    return (dossier, peildatum)
  }
}
