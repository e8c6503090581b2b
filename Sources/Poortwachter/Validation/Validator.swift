import Kalender

/// Checks a dossier against the step checklist of POORTWACHTER.md §5.11 on a reference date.
///
/// A step is checked when it applies to the case and its document exists or is due by the
/// reference date: a document that is not yet due is not missing, but one that exists is
/// checked in full.
public struct Validator: Sendable {
  public var rules: TimelineRules

  public init(rules: TimelineRules = .standard) {
    self.rules = rules
  }

  /// Every finding, ordered by step, then path, then code; `steps` limits the steps checked.
  public func validate(
    _ dossier: Verzuimdossier, on peildatum: CalendarDate, steps: Set<Stap>? = nil
  ) -> [Finding] {
    var check = DossierCheck(dossier: dossier, peildatum: peildatum, rules: rules)
    check.run()
    let findings =
      steps.map { wanted in check.findings.filter { wanted.contains($0.step) } } ?? check.findings
    return findings.sorted { ($0.step, $0.path, $0.code) < ($1.step, $1.path, $1.code) }
  }
}

/// One validation run: the dossier, its timeline and what was found so far.
struct DossierCheck {
  let dossier: Verzuimdossier
  let peildatum: CalendarDate
  let rules: TimelineRules
  let timeline: Timeline
  var findings: [Finding] = []

  init(dossier: Verzuimdossier, peildatum: CalendarDate, rules: TimelineRules) {
    self.dossier = dossier
    self.peildatum = peildatum
    self.rules = rules
    self.timeline = Timeline(dossier: dossier, on: peildatum, rules: rules)
  }

  var tijdvak: Ziektetijdvak? { timeline.tijdvak }

  /// Regeling procesgang art. 4 lid 2 a–b as amended by Stcrt. 2023, 13931: the views of
  /// werkgever and werknemer are required in documents drawn up from this date.
  static let visieRequiredFrom =
    CalendarDate(year: 2023, month: 7, day: 1) ?? CalendarDate(dayNumber: 0)

  mutating func run() {
    checkPeriodes()
    checkZiekmelding()
    checkProbleemanalyse()
    checkPlanVanAanpak()
    checkEvaluaties()
    checkMelding42()
    checkEerstejaarsevaluatie()
    checkWIARoute()
    checkZiekUitDienst()
    checkVerlenging()
    checkLoonsanctie()
    checkDocumentOrder()
    checkPrivacy()
    checkReferentie()
  }

  // MARK: - Recording

  /// A finding of `rule`, in its catalog step and severity unless the check names others.
  mutating func add(
    _ rule: Regel, _ path: String, _ message: String, step: Stap? = nil,
    severity: Finding.Severity? = nil
  ) {
    findings.append(Finding(rule, step: step, severity: severity, path: path, message: message))
  }

  /// A required text: present and not only spaces.
  // Paths and messages are built only for a finding: most required fields are present.
  mutating func require(
    _ value: String?, _ rule: Regel, _ path: @autoclosure () -> String,
    _ what: @autoclosure () -> String, step: Stap? = nil, severity: Finding.Severity? = nil
  ) {
    if value?.contains(where: { !$0.isWhitespace }) != true {
      add(rule, path(), "ontbreekt: \(what())", step: step, severity: severity)
    }
  }

  mutating func require<T>(
    _ value: T?, _ rule: Regel, _ path: @autoclosure () -> String,
    _ what: @autoclosure () -> String, step: Stap? = nil, severity: Finding.Severity? = nil
  ) {
    if value == nil { add(rule, path(), "ontbreekt: \(what())", step: step, severity: severity) }
  }

  /// DOC-ALL-02 / FORM-01: a date and the name and function of who drew the document up.
  mutating func requireOpsteller(
    _ opsteller: Opsteller?, datum: CalendarDate?, _ step: Stap, _ path: String, document: String
  ) {
    require(datum, .docAll02, path + ".datum", "de datum van \(document)", step: step)
    require(
      opsteller?.naam, .docAll02, path + ".opsteller.naam",
      "de naam van wie \(document) opstelde", step: step)
    require(
      opsteller?.functie, .docAll02, path + ".opsteller.functie",
      "de functie van wie \(document) opstelde", step: step)
    if let datum { checkDocumentDate(datum, step, path + ".datum", document: document) }
  }

  /// ID-DATE: no document before the eerste ziektedag; a date after the reference date is odd.
  mutating func checkDocumentDate(
    _ date: CalendarDate, _ step: Stap, _ path: String, document: String
  ) {
    if let d1 = tijdvak?.eersteZiektedag, date < d1 {
      add(
        .idDate, path,
        "\(document) is gedateerd op \(date.dutch), vóór de eerste ziektedag (\(d1.dutch))",
        step: step)
    }
    if date > peildatum {
      add(
        .idDate, path,
        "\(document) is gedateerd op \(date.dutch), na de peildatum \(peildatum.dutch)",
        step: step, severity: .waarschuwing)
    }
  }

  /// DOC-ALL-03 unless the document's own rule asks for the signature (`PVA-07`, `TL-23`).
  mutating func requireSignature(
    _ signature: Ondertekening?, _ step: Stap, _ path: String, party: String,
    rule: Regel = .docAll03
  ) {
    require(
      signature?.naam, rule, path + ".naam", "de ondertekening door de \(party)", step: step)
    require(
      signature?.datum, rule, path + ".datum", "de datum van ondertekening door de \(party)",
      step: step)
  }

  // MARK: - Deadlines

  /// The state of a timeline rule, for the missing-document and lateness checks.
  func deadline(_ rule: Regel) -> (due: CalendarDate, state: TimelineStep.State)? {
    guard let step = timeline.step(rule), let due = step.due else { return nil }
    return (due, step.state)
  }

  /// A document that was due by the reference date (the timeline's `term`) and is not there,
  /// or came late: reported as `rule` (the term itself unless the document has its own rule),
  /// or as TL-06 when the delay is motivated.
  mutating func checkTerm(
    _ term: Regel, as rule: Regel? = nil, _ path: String, document: String,
    lateSeverity: Finding.Severity? = nil, missingSeverity: Finding.Severity? = nil,
    motivatie: String? = nil
  ) {
    guard let (due, state) = deadline(term) else { return }
    let rule = rule ?? term
    let step = term.step
    let motivated = motivatie?.contains(where: { !$0.isWhitespace }) == true
    switch state {
    case .overdue(let days):
      add(
        rule, path,
        "\(document) ontbreekt; uiterlijk \(due.dutch), nu \(TimelineStep.days(days)) te laat",
        step: step, severity: missingSeverity)
    case .done(let date, let late) where late > 0:
      if motivated {
        add(
          .tl06, path,
          "\(document) is \(TimelineStep.days(late)) te laat opgesteld (\(date.dutch)); de motivering van de afwijking is vastgelegd",
          step: step)
      } else {
        add(
          rule, path,
          "\(document) is \(TimelineStep.days(late)) te laat opgesteld: \(date.dutch), uiterlijk \(due.dutch)",
          step: step, severity: lateSeverity)
      }
    default: break
    }
  }
}
