import Kalender

extension Caseload {
  /// One iCalendar file (RFC 5545) with every open deadline of every case: overdue and not yet
  /// due steps, each an all-day event with a display alarm `alarmDays` days before.
  ///
  /// Built by `TimelineCalendar`, so UIDs (`<referentie>-<regel>@dossierkit`), escaping,
  /// folding and CRLF are those of `dossier timeline --format ics`: subscribing to both never
  /// shows a deadline twice. No names, no BSN: the summary holds the referentie and the step.
  public func ics(alarmDays: Int) -> String {
    // Cases are independent: their events are built on all cores, kept in caseload order.
    let events = entries.concurrentMap { entry in
      var text = ""
      for step in entry.openSteps {
        TimelineCalendar.appendEvent(
          to: &text, reference: entry.referentie, step: step, peildatum: peildatum,
          alarmDays: alarmDays)
      }
      return text
    }.joined()
    return TimelineCalendar.calendar(
      name: "Poortwachter caseload", product: "dossier caseload", events: events)
  }
}
