import Kalender

/// The chained periods of incapacity that count as one case: the eerste ziektedag (D1) and
/// the day count the law's deadlines are expressed in.
///
/// Samentelling (CNT-10): periods less than four weeks apart (a gap of at most 27 fit days)
/// add up; only the sick days count, never the fit days between them. WAZO leave (CNT-11) is
/// left out of the count, and periods on either side of it chain unless the bedrijfsarts
/// recorded a different cause (COR-01: "tenzij … niet … uit dezelfde oorzaak").
public struct Ziektetijdvak: Sendable, Equatable {
  /// A run of sick days, both ends included; `end` nil while it runs.
  public struct Segment: Sendable, Equatable {
    public var start: CalendarDate
    public var end: CalendarDate?
  }

  /// The eerste ziektedag after samentelling.
  public var eersteZiektedag: CalendarDate { segments[0].start }
  public let segments: [Segment]
  /// The indices into the dossier's `verzuimperiodes` (sorted by start) this tijdvak holds.
  public let periodIndices: [Int]
  let excluded: [Segment]

  init(segments: [Segment], periodIndices: [Int], excluded: [Segment]) {
    self.segments = segments
    self.periodIndices = periodIndices
    self.excluded = excluded
  }

  /// Still sick at the end of the known periods.
  public var isOpen: Bool { segments.last?.end == nil }

  /// The last sick day of a closed tijdvak.
  public var lastSickDay: CalendarDate? { segments.last?.end }

  /// The number of counted sick days from D1 up to and including `date`.
  public func dayCount(through date: CalendarDate) -> Int {
    var count = 0
    for segment in segments {
      guard segment.start <= date else { break }
      let last = min(segment.end ?? date, date)
      count +=
        last.days(since: segment.start) + 1 - excludedDays(from: segment.start, through: last)
    }
    return count
  }

  /// The ziekteweek a date falls in (week 1 = days 1 to 7); 0 before D1.
  public func ziekteweek(on date: CalendarDate) -> Int {
    (dayCount(through: date) + 6) / 7
  }

  /// The calendar date of counted sick day `n` (day 1 is D1), or nil when the tijdvak ended
  /// before reaching it.
  public func date(ofDay n: Int) -> CalendarDate? {
    guard n >= 1 else { return nil }
    var remaining = n
    for segment in segments {
      var day = segment.start
      // Walk excluded stretches explicitly; a plain run is skipped in one step.
      while segment.end.map({ day <= $0 }) ?? true {
        if let leave = excluded.first(where: { $0.start <= day && day <= ($0.end ?? day) }) {
          day = (leave.end ?? day).adding(days: 1)
          continue
        }
        let nextLeave = excluded.filter { $0.start > day }.map(\.start).min()
        var runEnd = segment.end
        if let nextLeave, runEnd.map({ nextLeave <= $0 }) ?? true {
          runEnd = nextLeave.adding(days: -1)
        }
        let runLength = runEnd.map { $0.days(since: day) + 1 } ?? Int.max
        if remaining <= runLength { return day.adding(days: remaining - 1) }
        remaining -= runLength
        guard let runEnd else { return nil }
        day = runEnd.adding(days: 1)
      }
    }
    return nil
  }

  private func excludedDays(from start: CalendarDate, through end: CalendarDate) -> Int {
    var count = 0
    for leave in excluded {
      let from = max(leave.start, start)
      let to = min(leave.end ?? end, end)
      if from <= to { count += to.days(since: from) + 1 }
    }
    return count
  }
}

extension Ziektetijdvak {
  /// The longest gap of full fitness that still chains two periods: "minder dan vier weken".
  public static let maximumChainingGap = 27

  /// Every tijdvak of a dossier, in order, from its periods and WAZO leave.
  public static func all(
    periodes: [Verzuimperiode], wazoVerlof: [WazoVerlof] = []
  ) -> [Ziektetijdvak] {
    let order = periodes.indices.sorted {
      periodes[$0].eersteZiektedag < periodes[$1].eersteZiektedag
    }
    let leave = wazoVerlof.map { Segment(start: $0.van, end: $0.totEnMet) }
    var result: [Ziektetijdvak] = []
    var segments: [Segment] = []
    var indices: [Int] = []
    var previousEnd: CalendarDate? = nil
    for index in order {
      let periode = periodes[index]
      let segment = Segment(
        start: periode.eersteZiektedag, end: periode.hersteldatum?.adding(days: -1))
      if let previousEnd, !segments.isEmpty {
        let fitFrom = previousEnd.adding(days: 1)
        let fitThrough = periode.eersteZiektedag.adding(days: -1)
        let leaveDays = overlap(of: leave, from: fitFrom, through: fitThrough)
        let calendarGap = max(0, fitThrough.days(since: fitFrom) + 1)
        let fitDays = max(0, calendarGap - leaveDays)
        // The four-week limb chains whatever the cause; across a WAZO leave (the leave days not
        // counted as fit days) the bridge chains unless a different cause is recorded.
        let chains =
          calendarGap <= maximumChainingGap
          || (fitDays <= maximumChainingGap && periode.zelfdeOorzaakAlsVorige != false)
        if !chains {
          result.append(Ziektetijdvak(segments: segments, periodIndices: indices, excluded: leave))
          segments = []
          indices = []
        }
      }
      segments.append(segment)
      indices.append(index)
      // An open period followed by another is a data error the validator reports; count it
      // as ending the day before the next one starts.
      previousEnd = segment.end ?? periode.eersteZiektedag
      if segment.end == nil { previousEnd = nil }
    }
    if !segments.isEmpty {
      result.append(Ziektetijdvak(segments: segments, periodIndices: indices, excluded: leave))
    }
    return result.map { tijdvak in
      Ziektetijdvak(
        segments: closeOpenSegments(tijdvak.segments), periodIndices: tijdvak.periodIndices,
        excluded: tijdvak.excluded)
    }
  }

  /// The tijdvak a reference date belongs to: the last one that started on or before it.
  public static func current(
    periodes: [Verzuimperiode], wazoVerlof: [WazoVerlof] = [], on peildatum: CalendarDate
  ) -> Ziektetijdvak? {
    all(periodes: periodes, wazoVerlof: wazoVerlof).last { $0.eersteZiektedag <= peildatum }
  }

  private static func closeOpenSegments(_ segments: [Segment]) -> [Segment] {
    var closed = segments
    for i in closed.indices.dropLast() where closed[i].end == nil {
      closed[i].end = closed[i + 1].start.adding(days: -1)
    }
    return closed
  }

  private static func overlap(of leave: [Segment], from: CalendarDate, through: CalendarDate) -> Int
  {
    guard from <= through else { return 0 }
    var count = 0
    for stretch in leave {
      let start = max(stretch.start, from)
      let end = min(stretch.end ?? through, through)
      if start <= end { count += end.days(since: start) + 1 }
    }
    return count
  }
}
