import DossierKit
import Foundation
import Kalender
import Poortwachter
import StrictJSON

/// Parse + timeline + validation of generated case files, the work `dossier validate` does
/// per file, without disk I/O: files are generated in memory first, then timed.
struct CaseBenchmark {
  var count: Int

  func run() throws -> [String] {
    let files = (0..<count).map(Self.caseFile)
    let bytes = files.reduce(0) { $0 + $1.count }
    var findings = 0
    let (_, seconds) = try timeOnce {
      for data in files { findings += try Self.check(data) }
    }
    // What `dossier validate` does with many files: one file per core at a time.
    let (counts, parallelSeconds) = timeOnce { files.concurrentMap { (try? Self.check($0)) ?? -1 } }
    var decoded: [Verzuimdossier] = []
    let (_, decodeSeconds) = try timeOnce {
      decoded = try files.map { try Verzuimdossier.decode(from: $0) }
    }
    let (_, timelineSeconds) = timeOnce {
      for d in decoded { _ = Timeline(dossier: d, on: d.peildatum ?? CalendarDate(dayNumber: 0)) }
    }
    let (_, foundationSeconds) = timeOnce {
      for f in files { _ = try? JSONDecoder().decode(Verzuimdossier.self, from: f) }
    }
    let (_, parseSeconds) = timeOnce { for f in files { _ = try? JSONParser.parse(f) } }
    return [
      "phase=compare foundation_decode_s=\(String(format: "%.3f", foundationSeconds)) strict_parse_only_s=\(String(format: "%.3f", parseSeconds))",
      "phase=parts decode_s=\(String(format: "%.3f", decodeSeconds)) timeline_s=\(String(format: "%.3f", timelineSeconds))",
      "phase=validate cases=\(count) seconds=\(String(format: "%.3f", seconds)) cases_per_s=\(Int(Double(count) / seconds)) mb=\(String(format: "%.1f", Double(bytes) / 1_048_576)) findings_and_steps=\(findings)",
      "phase=validate-parallel cores=\(ProcessInfo.processInfo.activeProcessorCount) seconds=\(String(format: "%.3f", parallelSeconds)) cases_per_s=\(Int(Double(count) / parallelSeconds)) same_result=\(counts.reduce(0, +) == findings)",
    ]
  }

  /// Parse, timeline and validation of one file: the findings and steps it yields.
  static func check(_ data: Data) throws -> Int {
    let dossier = try Verzuimdossier.decode(from: data)
    let peildatum = dossier.peildatum ?? CalendarDate(dayNumber: 0)
    let timeline = Timeline(dossier: dossier, on: peildatum)
    return Validator().validate(dossier, on: peildatum).count + timeline.steps.count
  }

  /// A varied, complete-looking case: its stage (week 3 to week 95) follows from the index.
  static func caseFile(_ index: Int) -> Data {
    let d1 =
      CalendarDate(year: 2024, month: 1, day: 1)?.adding(days: index % 700)
      ?? CalendarDate(dayNumber: 0)
    let week = 3 + (index * 7) % 93
    let peildatum = d1.adding(days: week * 7)
    let on = { (day: Int) in d1.adding(days: day).description }
    var documents: [String] = []
    if week >= 6 {
      documents.append(
        #""probleemanalyse": {"datum": "\#(on(35))", "opsteller": {"naam": "A. Arts", "functie": "bedrijfsarts"}, "dreigendLangdurigVerzuim": true, "feitenEnBeoordeling": "Verloop besproken.", "beperkingenEnMogelijkheden": "Geen zwaar tilwerk, wel licht werk vier uur per dag.", "prognose": "Gedeeltelijke hervatting binnen acht weken verwacht.", "nietMedischeFactoren": "Reistijd en werkdruk spelen mee.", "advies": "Start met aangepast werk."}"#
      )
    }
    if week >= 8 {
      documents.append(
        #""planVanAanpak": {"datum": "\#(on(48))", "opsteller": {"naam": "C. Casus", "functie": "casemanager"}, "datumProbleemanalyse": "\#(on(35))", "einddoel": {"omschrijving": "Terugkeer in eigen functie", "termijn": "binnen zes maanden"}, "activiteiten": [{"omschrijving": "Aangepast werk", "wie": "werkgever", "planning": "vanaf week 9"}], "evaluatiemomenten": ["\#(on(90))", "\#(on(132))"], "casemanager": "C. Casus", "visieWerkgever": "Haalbaar.", "visieWerknemer": "Eens.", "ondertekeningWerkgever": {"naam": "W. Gever", "datum": "\#(on(48))"}, "ondertekeningWerknemer": {"naam": "N. Nemer", "datum": "\#(on(48))"}, "verzondenAan": ["werknemer", "casemanager", "bedrijfsarts"]}"#
      )
      let evaluations = (1...max(1, (week - 8) / 6)).map { n in
        #"{"datum": "\#(on(48 + n * 40))", "opsteller": {"naam": "C. Casus", "functie": "casemanager"}, "voortgang": "Volgens plan.", "visieWerkgever": "Tevreden.", "visieWerknemer": "Gaat goed."}"#
      }
      documents.append(#""evaluaties": [\#(evaluations.joined(separator: ", "))]"#)
    }
    if week >= 43 {
      documents.append(
        #""melding42eWeek": {"datum": "\#(on(290))", "eersteZiektedag": "\#(on(0))", "kanaal": "verzuimmelder"}"#
      )
    }
    if week >= 53 {
      documents.append(
        #""eerstejaarsevaluatie": {"datum": "\#(on(355))", "opsteller": {"naam": "C. Casus", "functie": "casemanager"}, "terugblik": "Opbouw verliep trager dan gepland.", "opKoers": false, "toelichtingKoers": "Urenopbouw stagneert.", "spoor": "spoor1En2", "bijgesteldDoel": "Passend werk elders binnen een jaar.", "visieWerkgever": "Tweede spoor starten.", "visieWerknemer": "Akkoord.", "ondertekeningWerkgever": {"naam": "W. Gever", "datum": "\#(on(355))"}, "ondertekeningWerknemer": {"naam": "N. Nemer", "datum": "\#(on(355))"}}"#
      )
    }
    if week >= 92 {
      documents.append(
        #""actueelOordeel": {"datum": "\#(on(610))", "opsteller": {"naam": "A. Arts", "functie": "bedrijfsarts"}, "verloop": "Langzaam herstel.", "beperkingenEnMogelijkheden": "Licht werk, 24 uur.", "kwaliteitArbeidsrelatie": "Goed.", "passendeArbeid": "Beperkt aanwezig."}"#
      )
      documents.append(
        #""eindevaluatie": {"datum": "\#(on(620))", "opsteller": {"naam": "C. Casus", "functie": "casemanager"}, "uitvoeringAfspraken": "Afspraken nagekomen.", "standVanZaken": "24 uur passend werk.", "kwaliteitArbeidsrelatie": "Goed.", "passendeArbeid": "Niet meer dan 24 uur.", "ondertekeningWerkgever": {"naam": "W. Gever", "datum": "\#(on(620))"}, "ondertekeningWerknemer": {"naam": "N. Nemer", "datum": "\#(on(620))"}}"#
      )
      documents.append(
        #""oordeelWerknemer": {"datum": "\#(on(625))", "eensMetVerslag": true, "ondertekening": {"naam": "N. Nemer", "datum": "\#(on(625))"}}"#
      )
      documents.append(
        #""reintegratieverslag": {"datum": "\#(on(628))", "opsteller": {"naam": "C. Casus", "functie": "casemanager"}, "kopieAanWerknemer": "\#(on(628))"}"#
      )
    }
    let bsn = ["111222333", "123456782", "012345672"][index % 3]
    let text = """
      {
        "referentie": "VZ-BENCH-\(index)",
        "peildatum": "\(peildatum)",
        "werkgever": {"naam": "Bedrijf \(index) B.V.", "kvkNummer": "1234\(String(format: "%04d", index % 10_000))", "loonheffingennummer": "123456782L01", "adres": {"straat": "Dorpsstraat", "huisnummer": "\(index % 200 + 1)", "postcode": "1234 AB", "plaats": "Ergens"}, "aardVanHetBedrijf": "Groothandel"},
        "werknemer": {"naam": "Werknemer \(index)", "bsn": "\(bsn)", "geboortedatum": "1980-05-17", "functie": "medewerker", "bekwaamheden": "vakopleiding", "adres": {"postcode": "2345 BC"}, "dienstverband": {"soort": "vast", "ingangsdatum": "2015-01-01"}},
        "arbodienst": {"naam": "Arbo Test"},
        "bedrijfsarts": {"naam": "A. Arts"},
        "verzuimperiodes": [{"eersteZiektedag": "\(d1)"}],
        "ziekmelding": {"datumMeldingWerkgever": "\(d1)", "datumMeldingArbodienst": "\(on(1))"}\(documents.isEmpty ? "" : ",\n  " + documents.joined(separator: ",\n  "))
      }
      """
    return Data(text.utf8)
  }
}

extension CaseBenchmark {
  /// Writes a few generated cases to a folder, to look at them with `dossier validate`.
  static func write(count: Int, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      try caseFile(index).write(to: folder.appendingPathComponent("case-\(index).json"))
    }
  }
}
