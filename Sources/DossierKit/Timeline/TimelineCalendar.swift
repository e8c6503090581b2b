import Kalender
import Poortwachter

/// An iCalendar file (RFC 5545) with one all-day event per deadline, for a casemanager's
/// calendar. UIDs are built from the case reference and the rule, so importing a newer file
/// updates the events instead of duplicating them. No names or BSNs: calendars get shared.
public enum TimelineCalendar {
  public static func ics(_ report: TimelineReport) -> String {
    let reference = report.dossier.veiligeReferentie
    var events: [String] = []
    for step in report.timeline.steps {
      guard step.due != nil else { continue }
      if case .notApplicable = step.state { continue }
      events += event(reference: reference, step: step, peildatum: report.timeline.peildatum)
    }
    return calendar(
      name: "Poortwachter \(reference)", product: "dossier timeline", events: events)
  }

  /// A whole calendar around `events` (unfolded lines): CRLF endings, lines folded.
  static func calendar(name: String, product: String, events: [String]) -> String {
    let lines =
      [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dossierkit//\(product)//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))",
      ] + events + ["END:VCALENDAR"]
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// One all-day `VEVENT` for a step with a due date; with a `VALARM` `alarmDays` days before
  /// its start when given. The UID is `<referentie>-<regel>@dossierkit` in every calendar, so
  /// a case's own calendar and the caseload's update the same event.
  static func event(
    reference: String, step: TimelineStep, peildatum: CalendarDate, alarmDays: Int? = nil
  ) -> [String] {
    guard let due = step.due else { return [] }
    let summary = "\(reference): \(step.title)"
    var description =
      "\(step.rule)\(step.step.map { " (\($0.rawValue))" } ?? ""): \(step.title)\nStand op \(peildatum.dutch): \(step.state.dutch)"
    if let note = step.note { description += "\n\(note)" }
    description += "\nBron: \(step.source)"
    var lines = [
      "BEGIN:VEVENT",
      "UID:\(uidPart(reference))-\(uidPart(step.rule.code))@dossierkit",
      "DTSTAMP:\(compact(peildatum))T000000Z",
      "DTSTART;VALUE=DATE:\(compact(due))",
      "DTEND;VALUE=DATE:\(compact(due.adding(days: 1)))",
      "SUMMARY:\(escape(summary))",
      "DESCRIPTION:\(escape(description))",
      "CATEGORIES:Poortwachter",
      "TRANSP:TRANSPARENT",
    ]
    if let alarmDays {
      lines += [
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(escape(summary))",
        "TRIGGER:-P\(alarmDays)D", "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return lines
  }

  /// `20260312`
  static func compact(_ date: CalendarDate) -> String {
    String(date.description.filter { $0 != "-" })
  }

  /// TEXT escaping of RFC 5545 §3.3.11; control characters other than the tab as `<U+001B>`.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n", "\r\n": result += "\\n"
      // Other control characters are not TEXT (§3.3.11): shown, never passed on raw.
      default: result += Referentie.visibleControlCharacters(String(character))
      }
    }
    return result
  }

  private static func uidPart(_ text: String) -> String {
    String(
      text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "_" })
  }

  /// Lines longer than 75 octets are folded (§3.1), never inside a UTF-8 sequence.
  static func fold(_ line: String) -> String {
    var result = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let width = String(scalar).utf8.count
      if octets + width > 75 {
        result += "\r\n "
        octets = 1
      }
      result.unicodeScalars.append(scalar)
      octets += width
    }
    return result
  }
}
