public import Foundation
public import Kalender
public import Poortwachter

/// Every case's deadlines on one reference date, in the order a casemanager works them:
/// what is overdue, what falls due soonest, what has fouten, then the rest; cases that ended
/// (recovered, left employment, past the wachttijd) last.
///
/// Built from each case's `Timeline` and `Validator` findings; renderers (`text()`,
/// `markdown()`, `html()`, `document`, `ics(alarmDays:)`) are pure functions of it, so the
/// same cases on the same date give the same bytes.
public struct Caseload: Sendable {
  public let peildatum: CalendarDate
  /// The `--within` horizon in days: open steps due within it are listed per case.
  public let horizon: Int
  /// The cases, in caseload order (see `ordered(_:)`).
  public let entries: [CaseloadEntry]
  /// JSON files that are not cases, with the reason.
  public let skipped: [CaseloadInput.Skipped]
  /// Files that cannot be used, with their located error.
  public let unreadable: [CaseloadInput.Unreadable]

  /// Days ahead that count as "this week" in the totals.
  public static let weekDays = 7

  public init(
    peildatum: CalendarDate, horizon: Int, entries: [CaseloadEntry],
    skipped: [CaseloadInput.Skipped] = [], unreadable: [CaseloadInput.Unreadable] = []
  ) {
    self.peildatum = peildatum
    self.horizon = horizon
    self.entries = Caseload.ordered(entries)
    self.skipped = skipped
    self.unreadable = unreadable
  }

  /// Reads, checks and orders the cases under `paths` on all cores.
  ///
  /// Two files with the same referentie would share calendar UIDs and document names: the
  /// later one (in the order given) is reported as unusable.
  public static func load(
    _ paths: [(url: URL, shownAs: String)], on peildatum: CalendarDate, horizon: Int,
    validator: Validator = Validator()
  ) -> Caseload {
    let files = CaseloadInput.files(paths)
    let outcomes = files.concurrentMap { file -> Loaded in
      switch file {
      case .failure(let unreadable): return .unreadable(unreadable)
      case .success(let file):
        switch CaseloadInput.read(file) {
        case .unreadable(let unreadable): return .unreadable(unreadable)
        case .skipped(let skipped): return .skipped(skipped)
        case .dossier(let dossier):
          return .entry(
            CaseloadEntry(
              bestand: file.shownAs, dossier: dossier, on: peildatum, horizon: horizon,
              validator: validator))
        }
      }
    }
    var entries: [CaseloadEntry] = []
    var skipped: [CaseloadInput.Skipped] = []
    var unreadable: [CaseloadInput.Unreadable] = []
    var firstFile: [String: String] = [:]
    for outcome in outcomes {
      switch outcome {
      case .unreadable(let item): unreadable.append(item)
      case .skipped(let item): skipped.append(item)
      case .entry(let entry):
        if let other = firstFile[entry.referentie] {
          unreadable.append(
            .init(
              bestand: entry.bestand,
              fout:
                "\(entry.bestand): $.referentie: \"\(entry.referentie)\" is also the referentie of \(other); each case needs its own"
            ))
        } else {
          firstFile[entry.referentie] = entry.bestand
          entries.append(entry)
        }
      }
    }
    return Caseload(
      peildatum: peildatum, horizon: horizon, entries: entries, skipped: skipped,
      unreadable: unreadable)
  }

  private enum Loaded: Sendable {
    case entry(CaseloadEntry)
    case skipped(CaseloadInput.Skipped)
    case unreadable(CaseloadInput.Unreadable)
  }

  // MARK: - Order

  /// The rank of an entry: overdue (most days late first), due within the horizon (soonest
  /// first), with fouten (most first), open, then ended cases; ties by referentie and file.
  ///
  /// An ended case with a step still overdue stays at the top: recovery does not undo a
  /// missed deadline that fell before it.
  static func ordered(_ entries: [CaseloadEntry]) -> [CaseloadEntry] {
    // Keys computed once per entry, not once per comparison.
    let keyed = entries.map { (key: key($0), entry: $0) }
    return keyed.sorted { a, b in
      if a.key.group != b.key.group { return a.key.group < b.key.group }
      if a.key.measure != b.key.measure { return a.key.measure < b.key.measure }
      if a.entry.referentie != b.entry.referentie { return a.entry.referentie < b.entry.referentie }
      return a.entry.bestand < b.entry.bestand
    }.map(\.entry)
  }

  private static func key(_ entry: CaseloadEntry) -> (group: Int, measure: Int) {
    if let late = entry.mostDaysLate { return (0, -late) }
    if entry.fase.isClosed { return (4, 0) }
    if let left = entry.soonestDaysLeft, left <= entry.horizon { return (1, left) }
    if entry.fouten > 0 { return (2, -entry.fouten) }
    return (3, entry.soonestDaysLeft ?? .max)
  }

  // MARK: - Totals

  public struct Totals: Sendable, Equatable, Encodable {
    /// Cases shown.
    public var dossiers: Int
    /// Cases with at least one overdue step.
    public var teLaat: Int
    /// Cases with an open step due within 7 days (today included).
    public var dezeWeek: Int
    /// Cases with at least one fout.
    public var metFouten: Int
    /// Files that could not be used.
    public var onleesbaar: Int
    /// JSON files that are not cases.
    public var overgeslagen: Int
  }

  public var totals: Totals {
    Totals(
      dossiers: entries.count, teLaat: entries.count { $0.mostDaysLate != nil },
      dezeWeek: entries.count { $0.hasStepDue(within: Caseload.weekDays) },
      metFouten: entries.count { $0.fouten > 0 }, onleesbaar: unreadable.count,
      overgeslagen: skipped.count)
  }

  /// `9 dossiers: 3 te laat, 2 met een termijn binnen 7 dagen, 4 met fouten`
  public var totalsLine: String {
    let t = totals
    var text =
      "\(Caseload.count(t.dossiers, "dossier", "dossiers")): \(t.teLaat) te laat, \(t.dezeWeek) met een termijn binnen \(Caseload.weekDays) dagen, \(t.metFouten) met fouten"
    if t.onleesbaar > 0 { text += ", \(t.onleesbaar) onleesbaar" }
    if t.overgeslagen > 0 { text += ", \(t.overgeslagen) overgeslagen" }
    return text
  }

  static func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }
}
