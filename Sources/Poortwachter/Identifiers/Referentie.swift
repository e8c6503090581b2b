/// The case reference (`referentie`) as a name that travels: in file names, calendar events,
/// reports and messages, shared far more widely than the dossier itself.
///
/// A reference must not carry the employee's BSN: the BSN may be used only where a law
/// requires it (UAVG art. 46, Wabb), and a reference is not such a place (AVG art. 5 lid 1 c,
/// data minimisation). ID-REF reports it; ``Verzuimdossier/veiligeReferentie`` is the form
/// every output shows, whatever the file says.
public enum Referentie {
  /// What ID-REF finds in a reference.
  public enum Problem: Sendable, Equatable {
    /// The employee's own BSN, in any of its written forms (`314579266`, `3145.79.266`).
    case containsBSN
    /// Another nine-digit number that passes the elfproef: possibly someone's BSN.
    case containsElfproefNumber(String)
    /// A control character (a line break, ESC, …): it would break a file name or a calendar
    /// line, or rewrite a terminal.
    case controlCharacter(UInt32)
  }

  /// Every problem of `referentie`, given the employee's BSN as the case holds it.
  public static func problems(_ referentie: String, bsn: String?) -> [Problem] {
    var problems: [Problem] = []
    if let control = referentie.unicodeScalars.first(where: isControl) {
      problems.append(.controlCharacter(control.value))
    }
    let employee = employeeBSN(bsn)
    if let employee, bsnRanges(in: referentie, bsn: employee).isEmpty == false {
      problems.append(.containsBSN)
    }
    for number in nineDigitNumbers(in: referentie)
    where number != employee && Identifier.bsn(number).isValid {
      problems.append(.containsElfproefNumber(number))
    }
    return problems
  }

  /// The reference with the employee's BSN masked (each of its digits an `x`) and control
  /// characters shown as `<U+001B>`: never the BSN, never a character that rewrites a line.
  public static func safe(_ referentie: String, bsn: String?) -> String {
    var scalars = Array(referentie.unicodeScalars)
    if let employee = employeeBSN(bsn) {
      for range in bsnRanges(in: referentie, bsn: employee) {
        for index in range where isDigit(scalars[index]) { scalars[index] = "x" }
      }
    }
    var result = ""
    for scalar in scalars {
      if isControl(scalar) {
        result += "<U+" + hex(scalar.value) + ">"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Text with every control character but the line break and tab shown as `<U+001B>`: for
  /// text that reaches a terminal or a calendar.
  public static func visibleControlCharacters(_ text: String, keepingLineBreaks: Bool = true)
    -> String
  {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) && !(keepingLineBreaks && (scalar == "\n" || scalar == "\t")) {
        result += "<U+" + hex(scalar.value) + ">"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  // MARK: - Finding numbers

  /// The employee's BSN as nine digits, when it is a valid one; an invalid BSN is ID-BSN's.
  private static func employeeBSN(_ bsn: String?) -> String? {
    guard let bsn, case .valid(let normalized) = Identifier.bsn(bsn) else { return nil }
    return normalized
  }

  /// Where the employee's BSN appears, as scalar index ranges: digits in a row, or grouped by
  /// the separators people write numbers with (space, dot, dash, slash, underscore). A BSN
  /// with a leading zero is also found without it.
  private static func bsnRanges(in referentie: String, bsn: String) -> [ClosedRange<Int>] {
    let forms = (bsn.hasPrefix("0") ? [bsn, String(bsn.dropFirst())] : [bsn]).map {
      Array($0.unicodeScalars)
    }
    var ranges: [ClosedRange<Int>] = []
    for group in digitGroups(referentie, separators: " .-/_") {
      let digits = group.map(\.scalar)
      for form in forms where digits.count >= form.count {
        for start in 0...(digits.count - form.count)
        where digits[start..<(start + form.count)].elementsEqual(form) {
          ranges.append(group[start].index...group[start + form.count - 1].index)
        }
      }
    }
    return ranges
  }

  /// Runs of exactly nine digits, written together or grouped by spaces and dots as a BSN is
  /// (`123456782`, `1234.56.782`): longer runs are some other number.
  private static func nineDigitNumbers(in referentie: String) -> [String] {
    digitGroups(referentie, separators: " .").compactMap { group in
      group.count == 9 ? String(String.UnicodeScalarView(group.map(\.scalar))) : nil
    }
  }

  /// Maximal groups of digits in which single separators may stand between digits; each
  /// digit with its scalar index.
  private static func digitGroups(_ text: String, separators: String)
    -> [[(scalar: Unicode.Scalar, index: Int)]]
  {
    let scalars = Array(text.unicodeScalars)
    let separatorSet = Set(separators.unicodeScalars)
    var groups: [[(scalar: Unicode.Scalar, index: Int)]] = []
    var current: [(scalar: Unicode.Scalar, index: Int)] = []
    for (index, scalar) in scalars.enumerated() {
      if isDigit(scalar) {
        current.append((scalar, index))
      } else if separatorSet.contains(scalar), !current.isEmpty, index + 1 < scalars.count,
        isDigit(scalars[index + 1]), current.last?.index == index - 1
      {
        continue
      } else if !current.isEmpty {
        groups.append(current)
        current = []
      }
    }
    if !current.isEmpty { groups.append(current) }
    return groups
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      || scalar.value == 0x2028 || scalar.value == 0x2029
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

extension Verzuimdossier {
  /// The case reference safe to show outside the documents' own BSN fields: in file names,
  /// calendar UIDs and summaries, reports and messages. The `referentie` with the employee's
  /// BSN masked and control characters made visible (``Referentie/safe(_:bsn:)``).
  public var veiligeReferentie: String { Referentie.safe(referentie, bsn: werknemer.bsn) }
}
