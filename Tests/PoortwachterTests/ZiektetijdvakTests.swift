import Kalender
import Testing

@testable import Poortwachter

/// CNT-10 (BW 7:629 lid 10; Wet WIA art. 23 lid 3; ZW art. 38 lid 1): periods less than four
/// weeks apart add up; only sick days count. CNT-11: WAZO leave is left out.
@Suite struct ZiektetijdvakTests {
  typealias T = TestCases

  /// A first period 2026-01-05 … 2026-01-30 (26 sick days), recovery on 2026-01-31, then a
  /// relapse after `gap` fit days.
  func twoPeriods(gap: Int) -> [Ziektetijdvak] {
    let herstel = T.date("2026-01-31")
    let relapse = herstel.adding(days: gap)
    return Ziektetijdvak.all(periodes: [
      Verzuimperiode(eersteZiektedag: T.date("2026-01-05"), hersteldatum: herstel),
      Verzuimperiode(eersteZiektedag: relapse),
    ])
  }

  @Test func aGapOf27DaysChains() {
    let tijdvakken = twoPeriods(gap: 27)
    #expect(tijdvakken.count == 1)
    #expect(tijdvakken[0].eersteZiektedag == T.date("2026-01-05"))
  }

  @Test func aGapOf28DaysStartsANewCount() {
    let tijdvakken = twoPeriods(gap: 28)
    #expect(tijdvakken.count == 2)
    #expect(tijdvakken[1].eersteZiektedag == T.date("2026-02-28"))
  }

  @Test func aGapOf29DaysStartsANewCount() {
    #expect(twoPeriods(gap: 29).count == 2)
  }

  @Test func fitDaysBetweenChainedPeriodsDoNotCount() throws {
    let tijdvak = try #require(twoPeriods(gap: 10).first)
    // 26 sick days in the first period; day 27 is the first day of the relapse.
    #expect(tijdvak.date(ofDay: 26) == T.date("2026-01-30"))
    #expect(tijdvak.date(ofDay: 27) == T.date("2026-02-10"))
    #expect(tijdvak.dayCount(through: T.date("2026-02-09")) == 26)
    #expect(tijdvak.ziekteweek(on: T.date("2026-02-10")) == 4)
    // The 42e-weeksmelding moves back by the 10 fit days: D1 + 294 + 10.
    #expect(tijdvak.date(ofDay: 295) == T.date("2026-01-05").adding(days: 304))
  }

  @Test func chainingAcrossTheYearBoundary() {
    let tijdvakken = Ziektetijdvak.all(periodes: [
      Verzuimperiode(eersteZiektedag: T.date("2025-12-01"), hersteldatum: T.date("2025-12-20")),
      Verzuimperiode(eersteZiektedag: T.date("2026-01-16")),  // 27 fit days: 20 Dec … 15 Jan
    ])
    #expect(tijdvakken.count == 1)
    #expect(tijdvakken[0].date(ofDay: 20) == T.date("2026-01-16"))
  }

  @Test func leapDayIsAnOrdinaryDay() {
    let tijdvak = Ziektetijdvak.all(periodes: [
      Verzuimperiode(eersteZiektedag: T.date("2028-02-01"))
    ])[0]
    #expect(tijdvak.date(ofDay: 29) == T.date("2028-02-29"))
    #expect(tijdvak.date(ofDay: 30) == T.date("2028-03-01"))
    // Leap gap: recovery 2028-02-01, relapse 2028-02-29 is 28 fit days: a new count.
    let split = Ziektetijdvak.all(periodes: [
      Verzuimperiode(eersteZiektedag: T.date("2028-01-10"), hersteldatum: T.date("2028-02-01")),
      Verzuimperiode(eersteZiektedag: T.date("2028-02-29")),
    ])
    #expect(split.count == 2)
  }

  @Test func wazoLeaveIsLeftOutOfTheCount() throws {
    // Sick from 2026-01-05, leave 2026-02-02 … 2026-05-24 inside the sick period.
    let tijdvak = try #require(
      Ziektetijdvak.all(
        periodes: [Verzuimperiode(eersteZiektedag: T.date("2026-01-05"))],
        wazoVerlof: [WazoVerlof(van: T.date("2026-02-02"), totEnMet: T.date("2026-05-24"))]
      ).first)
    #expect(tijdvak.dayCount(through: T.date("2026-02-01")) == 28)
    #expect(tijdvak.dayCount(through: T.date("2026-05-24")) == 28)
    #expect(tijdvak.date(ofDay: 29) == T.date("2026-05-25"))
  }

  /// COR-01 (BW 7:629 lid 10; Wet WIA art. 23 lid 3 sub 2°): across the verlof the periods
  /// chain "tenzij" the later incapacity cannot stem from the same cause.
  @Test func acrossWazoLeavePeriodsChainUnlessADifferentCauseIsRecorded() {
    let before = Verzuimperiode(
      eersteZiektedag: T.date("2026-01-05"), hersteldatum: T.date("2026-02-02"))
    var after = Verzuimperiode(eersteZiektedag: T.date("2026-05-25"))
    let leave = [WazoVerlof(van: T.date("2026-02-02"), totEnMet: T.date("2026-05-24"))]
    // Not recorded: chain, the earlier deadlines.
    #expect(Ziektetijdvak.all(periodes: [before, after], wazoVerlof: leave).count == 1)
    after.zelfdeOorzaakAlsVorige = true
    #expect(Ziektetijdvak.all(periodes: [before, after], wazoVerlof: leave).count == 1)
    after.zelfdeOorzaakAlsVorige = false
    #expect(Ziektetijdvak.all(periodes: [before, after], wazoVerlof: leave).count == 2)
  }

  /// The four-week limb chains whatever the cause: a recorded different cause only stops the
  /// WAZO bridge (Wet WIA art. 23 lid 3 puts the "tenzij" under the WAZO limb alone).
  @Test func aDifferentCauseDoesNotStopTheFourWeekLimb() {
    var relapse = Verzuimperiode(eersteZiektedag: T.date("2026-02-20"))
    relapse.zelfdeOorzaakAlsVorige = false
    let tijdvakken = Ziektetijdvak.all(periodes: [
      Verzuimperiode(eersteZiektedag: T.date("2026-01-05"), hersteldatum: T.date("2026-02-02")),
      relapse,
    ])
    #expect(tijdvakken.count == 1)
  }

  @Test func theCurrentTijdvakIsTheLastStartedByTheReferenceDate() {
    let periodes = [
      Verzuimperiode(eersteZiektedag: T.date("2025-03-03"), hersteldatum: T.date("2025-03-10")),
      Verzuimperiode(eersteZiektedag: T.date("2026-01-05")),
    ]
    #expect(
      Ziektetijdvak.current(periodes: periodes, on: T.date("2025-12-01"))?.eersteZiektedag
        == T.date("2025-03-03"))
    #expect(
      Ziektetijdvak.current(periodes: periodes, on: T.date("2026-01-05"))?.eersteZiektedag
        == T.date("2026-01-05"))
    #expect(Ziektetijdvak.current(periodes: periodes, on: T.date("2025-01-01")) == nil)
  }
}
