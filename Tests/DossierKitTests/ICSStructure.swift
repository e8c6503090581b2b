import Foundation

/// A small structural check of iCalendar text (RFC 5545), enough for tests: CRLF line endings
/// (§3.1), content lines of at most 75 octets (§3.1), BEGIN/END properly nested, the required
/// properties of VCALENDAR (§3.6: PRODID, VERSION), VEVENT (§3.6.1: UID, DTSTAMP, DTSTART) and
/// VALARM (§3.6.6: ACTION, TRIGGER, and DESCRIPTION for DISPLAY), and unique UIDs.
/// Not a full parser; it reports every problem it meets.
enum ICSStructure {
  static func problems(in text: String) -> [String] {
    var problems: [String] = []
    let bytes = Array(text.utf8)
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if index == 0 || bytes[index - 1] != 0x0D {
        problems.append("a bare LF at offset \(index)")
        break
      }
    }
    guard text.hasSuffix("\r\n") else { return problems + ["does not end with CRLF"] }
    // "\r\n" is one Character in Swift: dropLast() removes the final line ending.
    let physical = text.dropLast().components(separatedBy: "\r\n")
    for (number, line) in physical.enumerated() where line.utf8.count > 75 {
      problems.append("line \(number + 1) has \(line.utf8.count) octets")
    }
    // Unfold: a line starting with a space or tab continues the previous one.
    var lines: [String] = []
    for line in physical {
      if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
        lines[lines.count - 1] += line.dropFirst()
      } else {
        lines.append(line)
      }
    }
    var stack: [(name: String, properties: [String: String])] = []
    var uids: Set<String> = []
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else {
        problems.append("no colon in \"\(line)\"")
        continue
      }
      let name = String(line[..<colon].prefix { $0 != ";" })
      let value = String(line[line.index(after: colon)...])
      if name == "BEGIN" {
        if stack.isEmpty && value != "VCALENDAR" {
          problems.append("BEGIN:\(value) outside VCALENDAR")
        }
        stack.append((value, [:]))
      } else if name == "END" {
        guard let top = stack.popLast(), top.name == value else {
          problems.append("END:\(value) does not close the open component")
          return problems
        }
        let required: [String] =
          switch value {
          case "VCALENDAR": ["PRODID", "VERSION"]
          case "VEVENT": ["UID", "DTSTAMP", "DTSTART"]
          case "VALARM":
            top.properties["ACTION"] == "DISPLAY"
              ? ["ACTION", "TRIGGER", "DESCRIPTION"] : ["ACTION", "TRIGGER"]
          default: []
          }
        for property in required where top.properties[property] == nil {
          problems.append("\(value) without \(property)")
        }
        if value == "VEVENT", let uid = top.properties["UID"], !uids.insert(uid).inserted {
          problems.append("UID \(uid) twice")
        }
      } else if stack.isEmpty {
        problems.append("\(name) outside VCALENDAR")
      } else {
        stack[stack.count - 1].properties[name] = value
      }
    }
    if !stack.isEmpty { problems.append("unclosed: \(stack.map(\.name).joined(separator: ", "))") }
    return problems
  }
}
