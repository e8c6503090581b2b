public import Kalender
public import Poortwachter

/// One case of a caseload: who and where, its phase, its deadlines on the reference date, the
/// validator's counts and the documents to draw up now.
///
/// Holds the case's timeline (the JSON and the picture read its steps as they are) and only the
/// few fields of the dossier the overview shows: never the BSN, never medical details.
public struct CaseloadEntry: Sendable {
  /// The file as the user named it (a folder's files as folder + relative path).
  public let bestand: String
  /// The case reference as every output shows it: the employee's BSN masked, control
  /// characters made visible (`Verzuimdossier.veiligeReferentie`).
  public let referentie: String
  /// The employee's name; the BSN is never kept.
  public let werknemer: String?
  public let werkgever: String?
  public let pakket: PakketKeuze?
  public let timeline: Timeline
  public let fase: CaseloadFase
  public let fouten: Int
  public let waarschuwingen: Int
  /// Documents due by the reference date that the dossier does not hold yet.
  public let documentenTeMaken: [DocumentKind]
  /// The `--within` horizon in days: an open step due within it is due soon.
  public let horizon: Int
  /// Steps past their due date and not done, most days late first (ties in timeline order).
  public let overdueSteps: [TimelineStep]
  /// Steps not yet due and not done, soonest first (ties in timeline order).
  public let dueSteps: [TimelineStep]

  /// Builds the entry: the timeline and validation on `peildatum`.
  public init(
    bestand: String, dossier: Verzuimdossier, on peildatum: CalendarDate, horizon: Int,
    validator: Validator = Validator()
  ) {
    let timeline = Timeline(dossier: dossier, on: peildatum, rules: validator.rules)
    let findings = validator.validate(dossier, on: peildatum)
    self.bestand = bestand
    self.referentie = dossier.veiligeReferentie
    self.werknemer = dossier.werknemer.naam
    self.werkgever = dossier.werkgever.naam
    self.pakket = dossier.pakket
    self.timeline = timeline
    self.fase = CaseloadFase(dossier: dossier, timeline: timeline)
    self.fouten = findings.count { $0.severity == .fout }
    self.waarschuwingen = findings.count { $0.severity == .waarschuwing }
    self.documentenTeMaken = DocumentKind.allCases.filter {
      !$0.isPresent(in: dossier) && $0.isDue(in: dossier, timeline: timeline)
    }
    self.horizon = horizon
    // Sorted once here (ordering a caseload asks for these in every comparison); equal days
    // keep the timeline's order, stated in the comparison since `sorted` promises no stability.
    let steps = timeline.steps.enumerated()
    self.overdueSteps = steps.compactMap { item in item.element.daysLate.map { (item, $0) } }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.offset < $1.0.offset }.map(\.0.element)
    self.dueSteps = steps.compactMap { item in item.element.daysLeft.map { (item, $0) } }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.offset < $1.0.offset }.map(\.0.element)
  }

  public var peildatum: CalendarDate { timeline.peildatum }
  public var ziekteweek: Int { timeline.ziekteweek }

  /// Open steps (the employer must still act), overdue first, in the timeline's order.
  public var openSteps: [TimelineStep] { overdueSteps + dueSteps }

  /// Open steps due within the horizon (today included).
  public var dueSoonSteps: [TimelineStep] {
    dueSteps.filter { ($0.daysLeft ?? .max) <= horizon }
  }

  /// The step to act on next: the most overdue one, else the open one due soonest.
  public var nextStep: TimelineStep? { overdueSteps.first ?? dueSteps.first }

  /// The most days any step is overdue; nil when none is.
  public var mostDaysLate: Int? { overdueSteps.first?.daysLate }

  /// Days until the soonest open step; nil when none is open.
  public var soonestDaysLeft: Int? { dueSteps.first?.daysLeft }

  /// Whether an open step falls due within `days` days (today included).
  public func hasStepDue(within days: Int) -> Bool {
    (soonestDaysLeft ?? .max) <= days
  }
}

extension TimelineStep {
  /// Days overdue of an open step past its date; nil otherwise.
  public var daysLate: Int? {
    if case .overdue(let days) = state { return days }
    return nil
  }

  /// Days left of an open step not yet due; nil otherwise.
  public var daysLeft: Int? {
    if case .due(let days) = state { return days }
    return nil
  }
}
