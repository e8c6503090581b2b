import Foundation
import Kalender
import Testing

@testable import Kalender

@Suite struct CalendarDateTests {
  @Test(arguments: [
    "1970-01-01", "2024-02-29", "2026-12-31", "2000-02-29", "1999-12-31", "1900-01-01",
    "2199-12-31",
  ])
  func roundTripsISOText(_ text: String) throws {
    let date = try #require(CalendarDate(text))
    #expect(date.description == text)
    #expect(CalendarDate(dayNumber: date.dayNumber) == date)
  }

  @Test(arguments: [
    "2026-02-29", "2026-02-30", "2100-02-29", "2026-13-01", "2026-04-31", "2026-1-01", "26-01-01",
    "2026/01/01", "", "2026-01-01T00:00",
  ])
  func refusesDaysThatDoNotExist(_ text: String) {
    #expect(CalendarDate(text) == nil)
  }

  /// Dates read from files and the command line stay within 1900–2199, so that every date
  /// computed from them (up to 104 weeks and a year later) is written back with four digits.
  @Test(arguments: ["1899-12-31", "2200-01-01", "9999-12-31", "0001-01-01", "0000-01-01"])
  func refusesYearsOutsideTheReadableRange(_ text: String) {
    #expect(CalendarDate(text) == nil)
    #expect(
      CalendarDate.explainInvalid(text)
        == "\"\(text)\" is outside the dates this tool reads, 1900-01-01 to 2199-12-31")
  }

  @Test func explainsAnImpossibleDate() {
    #expect(
      CalendarDate.explainInvalid("2026-02-30")
        == "\"2026-02-30\" does not exist: februari 2026 has 28 days (day 30 given)")
    #expect(
      CalendarDate.explainInvalid("12-03-2026")
        == "expected a date as YYYY-MM-DD, found \"12-03-2026\"")
  }

  @Test func countsDaysAcrossYearAndLeapBoundaries() throws {
    let newYearsEve = try #require(CalendarDate("2025-12-31"))
    #expect(newYearsEve.adding(days: 1).description == "2026-01-01")
    let leap = try #require(CalendarDate("2024-02-28"))
    #expect(leap.adding(days: 1).description == "2024-02-29")
    #expect(leap.adding(days: 2).description == "2024-03-01")
    #expect(try #require(CalendarDate("2025-03-01")).days(since: leap) == 367)
    // 104 weeks = 728 days from a D1 of 2025-01-06 ends the wachttijd on day 728.
    #expect(try #require(CalendarDate("2025-01-06")).adding(days: 727).description == "2027-01-03")
  }

  @Test func knowsWeekdays() throws {
    #expect(try #require(CalendarDate("1970-01-01")).weekday == 4)
    #expect(try #require(CalendarDate("2026-11-25")).weekday == 3)
    #expect(try #require(CalendarDate("2026-11-29")).isWeekend)
    #expect(try #require(CalendarDate("1969-12-29")).weekday == 1)
  }

  @Test func speaksDutch() throws {
    #expect(try #require(CalendarDate("2026-03-12")).dutch == "12 maart 2026")
    #expect(try #require(CalendarDate("2026-03-12")).dutchWithWeekday == "donderdag 12 maart 2026")
    #expect(try #require(CalendarDate("2026-10-01")).dutch == "1 oktober 2026")
  }

  @Test func decodesAndEncodesAsISOText() throws {
    struct Holder: Codable { var datum: CalendarDate }
    let holder = try JSONDecoder().decode(Holder.self, from: Data(#"{"datum":"2026-03-12"}"#.utf8))
    #expect(holder.datum.dutch == "12 maart 2026")
    #expect(
      String(decoding: try JSONEncoder().encode(holder), as: UTF8.self)
        == #"{"datum":"2026-03-12"}"#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Holder.self, from: Data(#"{"datum":"2026-02-30"}"#.utf8))
    }
  }
}
