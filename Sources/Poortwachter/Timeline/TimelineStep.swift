import Kalender

/// One step of a case's timeline: what must happen, by when, and where it stands.
public struct TimelineStep: Sendable, Equatable {
  /// The catalog's timeline rule (`Regel.tl09`); its title and sources are the step's.
  public var rule: Regel
  /// The step of §5.11 this deadline belongs to (`S6`); nil for a date with no employer step.
  public var step: Stap?
  /// The rule's title, or a more precise one for this case (ziek uit dienst names its verslag).
  public var title: String
  public var due: CalendarDate?
  /// The ziekteweek the due date falls in.
  public var ziekteweek: Int?
  public var state: State
  /// Why the step is as it is, when that is not obvious (a choice, an extension).
  public var note: String?

  public enum State: Sendable, Equatable {
    case done(on: CalendarDate, daysLate: Int)
    case due(inDays: Int)
    case overdue(byDays: Int)
    case notApplicable(reason: String)
    /// A date for the casemanager's agenda with no action of the employer's (a UWV letter).
    case informative(inDays: Int)
  }

  /// The rule's legal sources, as the catalog gives them.
  public var source: String { rule.source }
}

extension TimelineStep.State: Encodable {
  private enum CodingKeys: String, CodingKey { case status, datum, dagenTeLaat, dagen, reden }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .done(let date, let late):
      try container.encode("gedaan", forKey: .status)
      try container.encode(date, forKey: .datum)
      try container.encode(late, forKey: .dagenTeLaat)
    case .due(let days):
      try container.encode("open", forKey: .status)
      try container.encode(days, forKey: .dagen)
    case .overdue(let days):
      try container.encode("te-laat", forKey: .status)
      try container.encode(days, forKey: .dagen)
    case .notApplicable(let reason):
      try container.encode("niet-van-toepassing", forKey: .status)
      try container.encode(reason, forKey: .reden)
    case .informative(let days):
      try container.encode("informatief", forKey: .status)
      try container.encode(days, forKey: .dagen)
    }
  }

  /// Dutch words for a casemanager: "gedaan op 12 maart 2026", "over 5 dagen", "3 dagen te laat".
  public var dutch: String {
    switch self {
    case .done(let date, let late):
      late > 0
        ? "gedaan op \(date.dutch), \(TimelineStep.days(late)) te laat" : "gedaan op \(date.dutch)"
    case .due(let days):
      days == 0 ? "vandaag uiterlijk" : "open, nog \(TimelineStep.days(days))"
    case .overdue(let days): "\(TimelineStep.days(days)) te laat"
    case .notApplicable(let reason): "niet van toepassing: \(reason)"
    case .informative(let days):
      days >= 0
        ? "ter informatie, over \(TimelineStep.days(days))"
        : "ter informatie, \(TimelineStep.days(-days)) geleden"
    }
  }
}

extension TimelineStep.State {
  /// The step does not apply (recovery, leaving, an exemption).
  public var isNotApplicable: Bool { if case .notApplicable = self { true } else { false } }
  /// The step is done, on time or late.
  public var isDone: Bool { if case .done = self { true } else { false } }
  /// Overdue, or done after its due date: what the validator reports (COR-11).
  public var isLate: Bool {
    switch self {
    case .overdue: true
    case .done(_, let late): late > 0
    default: false
    }
  }
}

extension TimelineStep {
  static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagen" }
}
