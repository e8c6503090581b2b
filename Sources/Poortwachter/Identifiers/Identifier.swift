/// The Dutch identifiers a dossier carries, checked as POORTWACHTER.md §7 says. Each check
/// returns the normalised form, or why the value is not valid in words a casemanager can act on.
public enum Identifier {
  public enum Check: Sendable, Equatable {
    case valid(normalized: String)
    case invalid(reason: String)

    public var isValid: Bool { if case .valid = self { true } else { false } }
  }

  /// ID-BSN: nine digits (eight get a leading zero), not all zero, passing the 11-proef
  /// 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11).
  public static func bsn(_ text: String) -> Check {
    let digits = strip(text, removing: " .")
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
      return .invalid(reason: "een BSN bestaat alleen uit cijfers")
    }
    let padded = digits.count == 8 ? "0" + digits : digits
    guard padded.count == 9 else {
      return .invalid(reason: "een BSN heeft 9 cijfers, dit zijn er \(digits.count)")
    }
    guard padded.contains(where: { $0 != "0" }) else {
      return .invalid(reason: "een BSN kan niet uit nullen bestaan")
    }
    guard elfproef(padded) else {
      return .invalid(reason: "\(padded) voldoet niet aan de elfproef")
    }
    return .valid(normalized: padded)
  }

  /// ID-RSIN: nine digits with the same 11-proef as the BSN.
  public static func rsin(_ text: String) -> Check {
    let digits = strip(text, removing: " .")
    guard digits.count == 9, digits.allSatisfy(\.isASCIIDigit) else {
      return .invalid(reason: "een RSIN heeft 9 cijfers")
    }
    return elfproef(digits)
      ? .valid(normalized: digits) : .invalid(reason: "\(digits) voldoet niet aan de elfproef")
  }

  /// ID-LHN: `123456782L01`: nine digits, `L`, a two-digit subnummer other than 00 (⚠ an
  /// assumption, see POORTWACHTER.md §7). The 11-proef of the first nine digits is a separate
  /// warning (`loonheffingennummerRSIN`) because sole traders' numbers follow the BSN.
  public static func loonheffingennummer(_ text: String) -> Check {
    let value = strip(text, removing: " .").uppercased()
    let characters = Array(value)
    guard characters.count == 12, characters[0..<9].allSatisfy(\.isASCIIDigit),
      characters[9] == "L",
      characters[10...].allSatisfy(\.isASCIIDigit)
    else {
      return .invalid(
        reason: "een loonheffingennummer heeft de vorm 123456782L01 (9 cijfers, L, 2 cijfers)")
    }
    guard value.suffix(2) != "00" else {
      return .invalid(reason: "het subnummer 00 wordt niet uitgegeven")
    }
    return .valid(normalized: value)
  }

  /// ID-KVK: exactly eight digits; KVK publishes no checksum, so none is applied.
  public static func kvkNummer(_ text: String) -> Check {
    let digits = strip(text, removing: " .")
    guard digits.count == 8, digits.allSatisfy(\.isASCIIDigit) else {
      return .invalid(reason: "een KvK-nummer heeft precies 8 cijfers")
    }
    return .valid(normalized: digits)
  }

  /// ID-KVKV: a vestigingsnummer has exactly twelve digits.
  public static func vestigingsnummer(_ text: String) -> Check {
    let digits = strip(text, removing: " .")
    guard digits.count == 12, digits.allSatisfy(\.isASCIIDigit) else {
      return .invalid(reason: "een vestigingsnummer heeft precies 12 cijfers")
    }
    return .valid(normalized: digits)
  }

  /// ID-PC: `1234 AB`; no leading zero, and the letter pairs SA, SD and SS are not issued.
  public static func postcode(_ text: String) -> Check {
    var value = strip(text, removing: " -").uppercased()
    if value.hasPrefix("NL"), value.count == 8 { value.removeFirst(2) }
    let characters = Array(value)
    guard characters.count == 6, characters[0...3].allSatisfy(\.isASCIIDigit), characters[0] != "0",
      characters[4...].allSatisfy({ ("A"..."Z").contains($0) })
    else { return .invalid(reason: "een postcode heeft de vorm 1234 AB") }
    let letters = String(characters[4...])
    guard !["SA", "SD", "SS"].contains(letters) else {
      return .invalid(reason: "de lettercombinatie \(letters) wordt in postcodes niet gebruikt")
    }
    return .valid(normalized: String(characters[0...3]) + " " + letters)
  }

  /// ID-IBAN: ISO 13616 mod 97-10; a Dutch IBAN has 18 characters (NL, 2 check digits, 4
  /// letters of the bank, 10 digits).
  public static func iban(_ text: String) -> Check {
    let value = strip(text, removing: " ").uppercased()
    let characters = Array(value)
    guard characters.count >= 15, characters.count <= 34,
      characters.allSatisfy({ $0.isASCIIDigit || ("A"..."Z").contains($0) }),
      characters[0...1].allSatisfy({ ("A"..."Z").contains($0) }),
      characters[2...3].allSatisfy(\.isASCIIDigit)
    else {
      return .invalid(
        reason: "een IBAN begint met een landcode en twee controlecijfers, zoals NL91ABNA0417164300"
      )
    }
    if value.hasPrefix("NL") {
      guard characters.count == 18, characters[4...7].allSatisfy({ ("A"..."Z").contains($0) }),
        characters[8...].allSatisfy(\.isASCIIDigit)
      else {
        return .invalid(
          reason: "een Nederlands IBAN heeft 18 tekens: NL, 2 cijfers, 4 letters, 10 cijfers")
      }
    }
    var remainder = 0
    for character in characters[4...] + characters[0..<4] {
      guard let scalar = character.unicodeScalars.first else { continue }
      let number = character.isASCIIDigit ? Int(scalar.value) - 48 : Int(scalar.value) - 55
      remainder = (number >= 10 ? remainder * 100 + number : remainder * 10 + number) % 97
    }
    return remainder == 1
      ? .valid(normalized: value) : .invalid(reason: "de controlecijfers van dit IBAN kloppen niet")
  }

  static func elfproef(_ nineDigits: String) -> Bool {
    var sum = 0
    for (index, character) in nineDigits.enumerated() {
      guard let digit = character.wholeNumberValue else { return false }
      sum += index == 8 ? -digit : (9 - index) * digit
    }
    return sum % 11 == 0
  }

  private static func strip(_ text: String, removing characters: String) -> String {
    String(text.filter { !characters.contains($0) })
  }
}
