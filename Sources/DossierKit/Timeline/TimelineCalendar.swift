import Kalender
import Poortwachter

/// An iCalendar file (RFC 5545) with one all-day event per deadline, for a casemanager's
/// calendar. UIDs are built from the case reference and the rule, so importing a newer file
/// updates the events instead of duplicating them. No names or BSNs: calendars get shared.
public enum TimelineCalendar {
  public static func ics(_ report: TimelineReport) -> String {
    let reference = report.dossier.veiligeReferentie
    var events = ""
    for step in report.timeline.steps {
      guard step.due != nil else { continue }
      if case .notApplicable = step.state { continue }
      appendEvent(
        to: &events, reference: reference, step: step, peildatum: report.timeline.peildatum)
    }
    return calendar(
      name: "Poortwachter \(reference)", product: "dossier timeline", events: events)
  }

  /// A whole calendar around `events` (content lines already folded and CRLF-terminated).
  static func calendar(name: String, product: String, events: String) -> String {
    var text = ""
    for line in [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dossierkit//\(product)//NL",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))",
    ] {
      append(line, to: &text)
    }
    text += events
    append("END:VCALENDAR", to: &text)
    return text
  }

  /// Appends one all-day `VEVENT` for a step with a due date, folded, CRLF-terminated; with a
  /// `VALARM` `alarmDays` days before its start when given. The UID is
  /// `<referentie>-<regel>@dossierkit` in every calendar, so a case's own calendar and the
  /// caseload's update the same event.
  static func appendEvent(
    to text: inout String, reference: String, step: TimelineStep, peildatum: CalendarDate,
    alarmDays: Int? = nil
  ) {
    guard let due = step.due else { return }
    let summary = escape("\(reference): \(step.title)")
    var description =
      "\(step.rule)\(step.step.map { " (\($0.rawValue))" } ?? ""): \(step.title)\nStand op \(peildatum.dutch): \(step.state.dutch)"
    if let note = step.note { description += "\n\(note)" }
    description += "\nBron: \(step.source)"
    append("BEGIN:VEVENT", to: &text)
    append("UID:\(uidPart(reference))-\(uidPart(step.rule.code))@dossierkit", to: &text)
    append("DTSTAMP:\(compact(peildatum))T000000Z", to: &text)
    append("DTSTART;VALUE=DATE:\(compact(due))", to: &text)
    append("DTEND;VALUE=DATE:\(compact(due.adding(days: 1)))", to: &text)
    append("SUMMARY:" + summary, to: &text)
    append("DESCRIPTION:\(escape(description))", to: &text)
    append("CATEGORIES:Poortwachter", to: &text)
    append("TRANSP:TRANSPARENT", to: &text)
    if let alarmDays {
      append("BEGIN:VALARM", to: &text)
      append("ACTION:DISPLAY", to: &text)
      append("DESCRIPTION:" + summary, to: &text)
      append("TRIGGER:-P\(alarmDays)D", to: &text)
      append("END:VALARM", to: &text)
    }
    append("END:VEVENT", to: &text)
  }

  /// One content line, folded (§3.1), with its CRLF.
  private static func append(_ line: String, to text: inout String) {
    text += fold(line)
    text += "\r\n"
  }

  /// `20260312`
  static func compact(_ date: CalendarDate) -> String {
    String(date.description.filter { $0 != "-" })
  }

  /// TEXT escaping of RFC 5545 §3.3.11; control characters other than the tab as `<U+001B>`.
  static func escape(_ text: String) -> String {
    // Most texts need nothing: a caseload escapes hundreds of thousands of them.
    guard text.utf8.contains(where: needsEscaping) else { return text }
    // Bytes, not Characters: every byte replaced or inserted is ASCII, and multi-byte
    // sequences pass whole unless they encode a control character.
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    // `<U+001B>`, as Referentie.visibleControlCharacters shows a control character.
    func visible(_ value: UInt32) {
      let digits = String(value, radix: 16, uppercase: true)
      result += Array("<U+\(String(repeating: "0", count: 4 - digits.count) + digits)>".utf8)
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      switch byte {
      case 0x5C, 0x3B, 0x2C: result += [0x5C, byte]  // \ ; ,
      case 0x0A: result += [0x5C, 0x6E]
      case 0x0D where next == 0x0A:
        result += [0x5C, 0x6E]
        index += 1
      case 0x09: result.append(byte)
      case 0x00..<0x20, 0x7F: visible(UInt32(byte))
      case 0xC2 where (0x80...0x9F).contains(next):  // C1 controls
        visible(UInt32(next))
        index += 1
      case 0xE2
      where next == 0x80 && index + 2 < bytes.count
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):  // line, paragraph separator
        visible(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
        index += 2
      default: result.append(byte)
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Bytes that may need escaping: TEXT specials, controls, and lead bytes of C1 controls and
  /// of U+2028/U+2029 (the escaping loop decides on the whole sequence).
  private static func needsEscaping(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x5C || byte == 0x3B || byte == 0x2C || byte == 0x7F || byte == 0xC2
      || byte == 0xE2
  }

  private static func uidPart(_ text: String) -> String {
    String(
      text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "_" })
  }

  /// Lines longer than 75 octets are folded (§3.1), never inside a UTF-8 sequence.
  static func fold(_ line: String) -> String {
    if line.utf8.count <= 75 { return line }
    var result: [UInt8] = []
    result.reserveCapacity(line.utf8.count + line.utf8.count / 25)
    var octets = 0
    var scalarStart = 0
    let bytes = Array(line.utf8)
    while scalarStart < bytes.count {
      // A scalar is its lead byte and the continuation bytes (10xxxxxx) after it.
      var scalarEnd = scalarStart + 1
      while scalarEnd < bytes.count, bytes[scalarEnd] & 0xC0 == 0x80 { scalarEnd += 1 }
      let width = scalarEnd - scalarStart
      if octets + width > 75 {
        result += [0x0D, 0x0A, 0x20]
        octets = 1
      }
      result += bytes[scalarStart..<scalarEnd]
      octets += width
      scalarStart = scalarEnd
    }
    return String(decoding: result, as: UTF8.self)
  }
}
