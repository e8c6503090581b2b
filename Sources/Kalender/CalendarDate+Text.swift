public import StrictJSON

/// Reading and writing dates: ISO `YYYY-MM-DD` in files, Dutch words in documents.
extension CalendarDate: CustomStringConvertible, LosslessStringConvertible {
  /// Parses exactly `YYYY-MM-DD` within ``readableYears``; nil for any other shape, a day
  /// that does not exist, or a year outside the range.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = CalendarDate.digits(bytes[0..<4]), let month = CalendarDate.digits(bytes[5..<7]),
      let day = CalendarDate.digits(bytes[8..<10]), CalendarDate.readableYears.contains(year)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The years a date read from a file or the command line may have: 1900-01-01 …
  /// 2199-12-31. A date outside is a typo (`9999-12-31`, `0202-03-01`), and every deadline
  /// computed from it (up to 104 weeks and a year of extension later) stays a four-digit
  /// year that files, calendars and the tool itself read back.
  public static let readableYears = 1900...2199

  /// `2026-03-12`
  public var description: String {
    let (y, m, d) = (year, month, day)
    return CalendarDate.pad(y, 4) + "-" + CalendarDate.pad(m, 2) + "-" + CalendarDate.pad(d, 2)
  }

  /// Why a text is not a date, in words a casemanager can act on.
  public static func explainInvalid(_ text: String) -> String {
    let bytes = Array(text.utf8)
    if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]),
      let day = digits(bytes[8..<10])
    {
      if !(1...12).contains(month) {
        return "\"\(text)\" has no month \(month); months run 01 to 12"
      }
      if !readableYears.contains(year) {
        return
          "\"\(text)\" is outside the dates this tool reads, \(readableYears.lowerBound)-01-01 to \(readableYears.upperBound)-12-31"
      }
      return
        "\"\(text)\" does not exist: \(dutchMonthNames[month - 1]) \(year) has \(daysIn(month: month, year: year)) days (day \(day) given)"
    }
    return "expected a date as YYYY-MM-DD, found \"\(text)\""
  }

  /// `12 maart 2026`: the form Dutch legal documents use.
  public var dutch: String {
    "\(day) \(CalendarDate.dutchMonthNames[month - 1]) \(year)"
  }

  /// `donderdag 12 maart 2026`
  public var dutchWithWeekday: String {
    "\(CalendarDate.dutchWeekdayNames[weekday - 1]) \(dutch)"
  }

  /// The project's own tables, so that no locale setting can change a document.
  public static let dutchMonthNames = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
  ]
  public static let dutchWeekdayNames = [
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
  ]

  private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}

extension CalendarDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: CalendarDate.explainInvalid(text))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension CalendarDate: JSONSchemaScalar {
  /// Years 1900–2199 only: the dates a dossier can hold; the pattern refuses month 13 and day
  /// 32, the reader also refuses days a month lacks (`2026-02-30`).
  public static let jsonSchema = JSONSchema.string(
    pattern: "^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
    format: "date",
    example: "2026-01-05",
    description: "Datum als JJJJ-MM-DD.")
  public static let jsonSchemaExample = CalendarDate(dayNumber: 20_458)
}
