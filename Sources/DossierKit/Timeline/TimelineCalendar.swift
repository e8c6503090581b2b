import Kalender
import Poortwachter

/// An iCalendar file (RFC 5545) with one all-day event per deadline, for a casemanager's
/// calendar. UIDs are built from the case reference and the rule, so importing a newer file
/// updates the events instead of duplicating them. No names or BSNs: calendars get shared.
public enum TimelineCalendar {
  public static func ics(_ report: TimelineReport) -> String {
    let reference = report.dossier.referentie
    let stamp = compact(report.timeline.peildatum) + "T000000Z"
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dossierkit//dossier timeline//NL",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:\(escape("Poortwachter \(reference)"))",
    ]
    for step in report.timeline.steps {
      guard let due = step.due else { continue }
      if case .notApplicable = step.state { continue }
      var description =
        "\(step.rule)\(step.step.map { " (\($0.rawValue))" } ?? ""): \(step.title)\nStand op \(report.timeline.peildatum.dutch): \(step.state.dutch)"
      if let note = step.note { description += "\n\(note)" }
      description += "\nBron: \(step.source)"
      lines += [
        "BEGIN:VEVENT",
        "UID:\(uidPart(reference))-\(uidPart(step.rule.code))@dossierkit",
        "DTSTAMP:\(stamp)",
        "DTSTART;VALUE=DATE:\(compact(due))",
        "DTEND;VALUE=DATE:\(compact(due.adding(days: 1)))",
        "SUMMARY:\(escape("\(reference): \(step.title)"))",
        "DESCRIPTION:\(escape(description))",
        "CATEGORIES:Poortwachter",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// `20260312`
  static func compact(_ date: CalendarDate) -> String {
    String(date.description.filter { $0 != "-" })
  }

  /// TEXT escaping of RFC 5545 §3.3.11.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n", "\r\n": result += "\\n"
      default: result.append(character)
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
