import Foundation
import Kalender
import Poortwachter
import Templating
import Testing

@testable import DossierKit

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
private let samples = repository.appendingPathComponent("Samples")
private let peildatum = CalendarDate(year: 2026, month: 6, day: 1) ?? CalendarDate(dayNumber: 0)

/// A minimal case: melding at werkgever and arbodienst on time, the given periods, nothing else.
private func caseJSON(
  _ referentie: String, d1: String, hersteld: String? = nil, bsn: String = "111222333"
) -> String {
  let end = hersteld.map { #", "hersteldatum": "\#($0)""# } ?? ""
  return """
    {
      "referentie": "\(referentie)",
      "werkgever": {"naam": "Testbedrijf B.V.", "loonheffingennummer": "123456782L01"},
      "werknemer": {"naam": "T. Tester", "bsn": "\(bsn)", "functie": "monteur"},
      "verzuimperiodes": [{"eersteZiektedag": "\(d1)"\(end)}],
      "ziekmelding": {"datumMeldingWerkgever": "\(d1)", "datumMeldingArbodienst": "\(d1)"}
    }
    """
}

private func entry(_ json: String, horizon: Int = 14) throws -> CaseloadEntry {
  guard case .dossier(let dossier) = CaseloadInput.read(Data(json.utf8), shownAs: "t.json") else {
    throw CaseloadTestError.notACase
  }
  return CaseloadEntry(bestand: "t.json", dossier: dossier, on: peildatum, horizon: horizon)
}

private enum CaseloadTestError: Error { case notACase }

private func folder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "caseload-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

private func write(_ text: String, _ name: String, in folder: URL) throws {
  let url = folder.appendingPathComponent(name)
  try FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(text.utf8).write(to: url)
}

@Suite("Caseload")
struct CaseloadTests {
  // The probleemanalyse (TL-04) is due on sick day 42, D1 + 41 in an unbroken period
  // (Regeling procesgang art. 2 lid 2); the peildatum is 1 June 2026.
  @Test(
    "overdue first by days late, then due soonest, then fouten, then the rest; ended cases last")
  func order() throws {
    let entries = try [
      // D1 = 2 April: recovered on 22 May, TL-04 was due 13 May: 19 days late, stays on top.
      entry(caseJSON("HERSTELD-TE-LAAT", d1: "2026-04-02", hersteld: "2026-05-22")),
      entry(caseJSON("HERSTELD", d1: "2026-05-12", hersteld: "2026-05-17")),
      entry(caseJSON("REST", d1: "2026-05-31")),
      entry(caseJSON("FOUTEN", d1: "2026-05-30", bsn: "123456789")),
      entry(caseJSON("BINNENKORT", d1: "2026-04-24")),  // TL-04 due 4 June: in 3 days
      entry(caseJSON("VIJF-TE-LAAT", d1: "2026-04-16")),  // TL-04 due 27 May
      entry(caseJSON("VEERTIG-TE-LAAT", d1: "2026-03-12")),  // TL-04 due 22 April
    ]
    let caseload = Caseload(peildatum: peildatum, horizon: 14, entries: entries)
    #expect(
      caseload.entries.map(\.referentie) == [
        "VEERTIG-TE-LAAT", "HERSTELD-TE-LAAT", "VIJF-TE-LAAT", "BINNENKORT", "FOUTEN", "REST",
        "HERSTELD",
      ])
    let first = try #require(caseload.entries.first)
    #expect(first.overdueSteps.first?.daysLate == 40)
    #expect(caseload.entries[1].mostDaysLate == 19)
    #expect(caseload.entries[1].fase == .hersteld)
    #expect(caseload.entries[3].nextStep?.daysLeft == 3)
    #expect(caseload.entries[4].fouten > 0)
    #expect(caseload.entries[6].fase == .hersteld)
    #expect(caseload.entries[6].openSteps.isEmpty)
    let totals = caseload.totals
    #expect(totals.dossiers == 7)
    #expect(totals.teLaat == 3)
  }

  @Test("the terminal text shows control characters from a case instead of passing them on")
  func controlCharacters() throws {
    let json = caseJSON("ESC-1", d1: "2026-05-20").replacingOccurrences(
      of: "T. Tester", with: "T. \\u001b[2JTester")
    let caseload = Caseload(peildatum: peildatum, horizon: 14, entries: [try entry(json)])
    #expect(caseload.text().contains("T. <U+001B>[2JTester"))
    #expect(!caseload.text().contains("\u{1B}"))
  }

  @Test("steps due beyond the horizon are open but not due soon")
  func horizon() throws {
    let far = try entry(caseJSON("VER", d1: "2026-05-10"), horizon: 14)  // TL-04 due 20 June
    #expect(far.nextStep?.daysLeft == 19)
    #expect(far.dueSoonSteps.isEmpty)
    let wide = try entry(caseJSON("VER", d1: "2026-05-10"), horizon: 19)
    #expect(wide.dueSoonSteps.first?.daysLeft == 19)
  }

  @Test("folders are searched recursively; JSON that is not a case is skipped with a note")
  func skipsNonCases() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write(caseJSON("A-1", d1: "2026-05-20"), "a.json", in: root)
    try write(caseJSON("B-1", d1: "2026-05-20"), "team/noord/b.json", in: root)
    try write(#"{"sleutel": "catalogus", "pakketten": []}"#, "catalogus.json", in: root)
    try write("[1, 2]", "lijst.json", in: root)
    try write("geen json", "notities.txt", in: root)
    try write(caseJSON("VERBORGEN", d1: "2026-05-20"), ".oud/c.json", in: root)
    let caseload = Caseload.load([(root, "zaken")], on: peildatum, horizon: 14)
    #expect(
      caseload.entries.map(\.bestand).sorted() == ["zaken/a.json", "zaken/team/noord/b.json"])
    #expect(
      caseload.skipped == [
        .init(
          bestand: "zaken/catalogus.json",
          reden: "not a case file (no \"verzuimperiodes\" or \"werknemer\")"),
        .init(bestand: "zaken/lijst.json", reden: "not a case file (not a JSON object)"),
      ])
    #expect(caseload.unreadable.isEmpty)
  }

  @Test("a file that cannot be used is listed with its place; the others are still shown")
  func unreadableFiles() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write(caseJSON("GOED", d1: "2026-05-20"), "1-goed.json", in: root)
    try write(
      caseJSON("TYPO", d1: "2026-05-20").replacingOccurrences(
        of: "\"eersteZiektedag\"", with: "\"eersteZiekedag\""), "2-typo.json", in: root)
    try write("{\"referentie\": ", "3-kapot.json", in: root)
    try write(caseJSON("GOED", d1: "2026-05-21"), "4-dubbel.json", in: root)
    let caseload = Caseload.load(
      [(root, "zaken"), (root.appendingPathComponent("weg.json"), "weg.json")], on: peildatum,
      horizon: 14)
    #expect(caseload.entries.map(\.referentie) == ["GOED"])
    #expect(
      caseload.unreadable.map(\.fout) == [
        "zaken/2-typo.json:5:24: $.verzuimperiodes[0].eersteZiekedag: unknown key \"eersteZiekedag\"; did you mean \"eersteZiektedag\"?",
        "zaken/3-kapot.json:1:16: $.referentie: unexpected end of input",
        "zaken/4-dubbel.json: $.referentie: \"GOED\" is also the referentie of zaken/1-goed.json; each case needs its own",
        "weg.json: no such file or folder",
      ])
    #expect(caseload.totals.onleesbaar == 4)
    #expect(caseload.text().contains("1 dossier: "))
    #expect(caseload.html().contains("Onleesbare bestanden"))
  }

  @Test("a file named twice, directly and through its folder, is read once")
  func namedTwice() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write(caseJSON("EEN", d1: "2026-05-20"), "een.json", in: root)
    let caseload = Caseload.load(
      [(root, "zaken"), (root.appendingPathComponent("een.json"), "zaken/een.json")],
      on: peildatum, horizon: 14)
    #expect(caseload.entries.count == 1)
    #expect(caseload.unreadable.isEmpty)
  }

  @Test("the calendar is RFC 5545: CRLF, folded lines, nesting, required properties, unique UIDs")
  func calendarStructure() throws {
    let caseload = Caseload.load(
      [(samples.appendingPathComponent("cases"), "cases")],
      on: CalendarDate(year: 2026, month: 4, day: 15)!, horizon: 14)
    let ics = caseload.ics(alarmDays: 3)
    #expect(ICSStructure.problems(in: ics) == [])
    let events = ics.components(separatedBy: "BEGIN:VEVENT").count - 1
    #expect(events == caseload.entries.reduce(0) { $0 + $1.openSteps.count })
    #expect(events > 0)
    #expect(ics.components(separatedBy: "TRIGGER:-P3D\r\n").count - 1 == events)
    // No BSN and no name of any sample employee.
    for url in try FileManager.default.contentsOfDirectory(
      at: samples.appendingPathComponent("cases"), includingPropertiesForKeys: nil)
    {
      let dossier = try Verzuimdossier.decode(from: Data(contentsOf: url))
      if let bsn = dossier.werknemer.bsn { #expect(!ics.contains(bsn)) }
      if let naam = dossier.werknemer.naam { #expect(!ics.contains(naam)) }
    }
  }

  @Test("each case's own calendar (dossier timeline --format ics) passes the same check")
  func timelineCalendars() throws {
    for url in try FileManager.default.contentsOfDirectory(
      at: samples.appendingPathComponent("cases"), includingPropertiesForKeys: nil)
    where url.pathExtension == "json" {
      let dossier = try Verzuimdossier.decode(from: Data(contentsOf: url))
      let timeline = Timeline(dossier: dossier, on: try #require(dossier.peildatum))
      let ics = TimelineCalendar.ics(TimelineReport(dossier: dossier, timeline: timeline))
      #expect(ICSStructure.problems(in: ics) == [], "\(url.lastPathComponent)")
    }
  }

  @Test("calendar text: escaped per RFC 5545 §3.3.11, folded at 75 octets between scalars")
  func calendarText() {
    #expect(TimelineCalendar.escape("a;b,c\\d\ne\r\nf") == "a\\;b\\,c\\\\d\\ne\\nf")
    #expect(
      TimelineCalendar.escape("a\u{1B}b\rc\u{85}d\u{2028}e\tf–g")
        == "a<U+001B>b<U+000D>c<U+0085>d<U+2028>e\tf–g")
    let line = "DESCRIPTION:" + String(repeating: "é", count: 40)  // 12 + 80 octets
    let folded = TimelineCalendar.fold(line)
    let parts = folded.components(separatedBy: "\r\n ")
    #expect(parts.count == 2)
    #expect(parts[0].utf8.count == 74)  // the next é (2 octets) would make 76
    #expect(parts.joined() == line)
  }

  @Test("the structure check finds what RFC 5545 forbids")
  func calendarCheckFails() {
    #expect(
      ICSStructure.problems(in: "BEGIN:VCALENDAR\nEND:VCALENDAR\n").first
        == "a bare LF at offset 15")
    let long =
      "BEGIN:VCALENDAR\r\nPRODID:x\r\nVERSION:2.0\r\nX:\(String(repeating: "a", count: 80))\r\nEND:VCALENDAR\r\n"
    #expect(ICSStructure.problems(in: long) == ["line 4 has 82 octets"])
    let event =
      "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n"
    let twice = "BEGIN:VCALENDAR\r\nPRODID:x\r\nVERSION:2.0\r\n\(event)\(event)END:VCALENDAR\r\n"
    #expect(ICSStructure.problems(in: twice) == ["UID a twice"])
    #expect(
      ICSStructure.problems(
        in: "BEGIN:VCALENDAR\r\nPRODID:x\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")
        == ["END:VCALENDAR does not close the open component"])
  }

  @Test("the HTML page is well-formed HTML5 with a timeline picture per case")
  func htmlStructure() throws {
    let caseload = Caseload.load(
      [(samples.appendingPathComponent("cases"), "cases")],
      on: CalendarDate(year: 2026, month: 4, day: 15)!, horizon: 14)
    let html = caseload.html()
    #expect(HTMLStructure.problems(in: html) == [])
    #expect(
      html.components(separatedBy: "<svg class=\"tijdlijn\"").count - 1 == caseload.entries.count)
    // Every applicable step with a date is a marker with its own title.
    for (index, entry) in caseload.entries.enumerated() {
      let id = "dossier-\(index + 1)"
      let start = try #require(html.range(of: "<section class=\"dossier\" id=\"\(id)\""))
      let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
      let section = html[start.lowerBound..<end.upperBound]
      let markers = entry.timeline.steps.filter {
        if case .notApplicable = $0.state { return false }
        return $0.due != nil
      }
      for step in markers {
        #expect(section.contains("<title>\(step.rule) "), "\(entry.referentie) \(step.rule)")
      }
      #expect(section.contains("aria-labelledby=\"\(id)-tijdlijn-titel \(id)-tijdlijn-uitleg\""))
    }
    #expect(!html.contains("111222333"))
  }

  @Test("phases follow the case's dates")
  func phases() throws {
    #expect(try entry(caseJSON("P", d1: "2026-05-20")).fase == .ziekgemeld)
    #expect(try entry(caseJSON("P", d1: "2025-03-01")).fase == .tweedeJaar)  // week 66
    #expect(try entry(caseJSON("P", d1: "2024-08-01")).fase == .wiaAanvraag)  // week 96
    #expect(try entry(caseJSON("P", d1: "2024-05-01")).fase == .wachttijdVoorbij)
    #expect(try entry(caseJSON("P", d1: "2026-05-01", hersteld: "2026-05-10")).fase == .hersteld)
    #expect(try entry(caseJSON("P", d1: "2026-07-01")).fase == .geenVerzuim)
    let pa =
      #""probleemanalyse": {"datum": "2026-05-25", "dreigendLangdurigVerzuim": DREIGEND}, "ziekmelding":"#
    let withPA = caseJSON("P", d1: "2026-05-01").replacingOccurrences(
      of: #""ziekmelding":"#, with: pa)
    #expect(
      try entry(withPA.replacingOccurrences(of: "DREIGEND", with: "true")).fase == .planVolgt)
    #expect(
      try entry(withPA.replacingOccurrences(of: "DREIGEND", with: "false")).fase == .geenPlanNodig)
  }
}

/// The overview escapes in Swift; it must escape exactly as the template engine does.
@Suite("Caseload escaping")
struct CaseloadEscapingTests {
  struct Value: Encodable { var v: String }

  static let tricky = [
    "Bakkerij Koster V.O.F.", "Verhoeven & Bakker", "<b>vet</b>", "a|b", "*x* _y_ `z`", "- lijst",
    "+ plus", "= kop", "12. punt", "3) haakje", "1a. geen lijst", "# kop", "[link](x)",
    "~doorhalen~",
    "regel\nnieuw", "regel\r\nnieuw", "\\pad", "Yıldız", "O'Brien \"citaat\"", "", "gewoon 42",
  ]

  @Test("Markdown escaping matches {{value}} in a .md template", arguments: tricky)
  func markdown(_ text: String) throws {
    let template = try Template("{{v}}", name: "x.md.mustache")
    let expected = try template.render(TemplateValue(encoding: Value(v: text)), options: .strict)
    #expect(MarkdownEscaping.escape(text) == expected)
  }

  @Test("HTML escaping matches {{value}} in an .html template", arguments: tricky)
  func html(_ text: String) throws {
    let template = try Template("{{v}}", name: "x.html.mustache")
    let expected = try template.render(TemplateValue(encoding: Value(v: text)), options: .strict)
    let caseload = Caseload(
      peildatum: CalendarDate(year: 2026, month: 1, day: 1)!, horizon: 14, entries: [])
    #expect(caseload.h(text) == expected)
  }
}
