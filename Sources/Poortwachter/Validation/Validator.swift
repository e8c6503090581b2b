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
  }

  // MARK: - Recording

  mutating func add(
    _ code: String, _ severity: Finding.Severity, _ step: Stap, _ path: String, _ message: String,
    _ source: String
  ) {
    findings.append(
      Finding(
        code: code, severity: severity, step: step, path: path, message: message, source: source))
  }

  /// A required text: present and not only spaces.
  // Paths and messages are built only for a finding: most required fields are present.
  mutating func require(
    _ value: String?, _ code: String, _ step: Stap, _ path: @autoclosure () -> String,
    _ what: @autoclosure () -> String, _ source: @autoclosure () -> String,
    severity: Finding.Severity = .fout
  ) {
    if value?.contains(where: { !$0.isWhitespace }) != true {
      add(code, severity, step, path(), "ontbreekt: \(what())", source())
    }
  }

  mutating func require<T>(
    _ value: T?, _ code: String, _ step: Stap, _ path: @autoclosure () -> String,
    _ what: @autoclosure () -> String, _ source: @autoclosure () -> String,
    severity: Finding.Severity = .fout
  ) {
    if value == nil { add(code, severity, step, path(), "ontbreekt: \(what())", source()) }
  }

  /// DOC-ALL-02 / FORM-01: a date and the name and function of who drew the document up.
  mutating func requireOpsteller(
    _ opsteller: Opsteller?, datum: CalendarDate?, _ step: Stap, _ path: String, document: String
  ) {
    require(
      datum, "DOC-ALL-02", step, path + ".datum", "de datum van \(document)", Bron.vorm("2 lid 3"))
    require(
      opsteller?.naam, "DOC-ALL-02", step, path + ".opsteller.naam",
      "de naam van wie \(document) opstelde", Bron.vorm("2 lid 3"))
    require(
      opsteller?.functie, "DOC-ALL-02", step, path + ".opsteller.functie",
      "de functie van wie \(document) opstelde", Bron.vorm("2 lid 3"))
    if let datum { checkDocumentDate(datum, step, path + ".datum", document: document) }
  }

  /// ID-DATE: no document before the eerste ziektedag; a date after the reference date is odd.
  mutating func checkDocumentDate(
    _ date: CalendarDate, _ step: Stap, _ path: String, document: String
  ) {
    if let d1 = tijdvak?.eersteZiektedag, date < d1 {
      add(
        "ID-DATE", .fout, step, path,
        "\(document) is gedateerd op \(date.dutch), vóór de eerste ziektedag (\(d1.dutch))",
        Bron.identificatie)
    }
    if date > peildatum {
      add(
        "ID-DATE", .waarschuwing, step, path,
        "\(document) is gedateerd op \(date.dutch), na de peildatum \(peildatum.dutch)",
        Bron.identificatie)
    }
  }

  mutating func requireSignature(
    _ signature: Ondertekening?, _ step: Stap, _ path: String, party: String, code: String,
    source: String
  ) {
    require(
      signature?.naam, code, step, path + ".naam", "de ondertekening door de \(party)", source)
    require(
      signature?.datum, code, step, path + ".datum", "de datum van ondertekening door de \(party)",
      source)
  }

  // MARK: - Deadlines

  /// The state of a timeline rule, for the missing-document and lateness checks.
  func deadline(_ rule: String) -> (due: CalendarDate, state: TimelineStep.State)? {
    guard let step = timeline.step(rule), let due = step.due else { return nil }
    return (due, step.state)
  }

  /// A document that was due by the reference date and is not there, or came late.
  mutating func checkTerm(
    _ rule: String, code: String, _ step: Stap, _ path: String, document: String, source: String,
    lateSeverity: Finding.Severity = .fout, missingSeverity: Finding.Severity = .fout,
    motivatie: String? = nil
  ) {
    guard let (due, state) = deadline(rule) else { return }
    let motivated = motivatie?.contains(where: { !$0.isWhitespace }) == true
    switch state {
    case .overdue(let days):
      add(
        code, missingSeverity, step, path,
        "\(document) ontbreekt; uiterlijk \(due.dutch), nu \(TimelineStep.days(days)) te laat",
        source)
    case .done(let date, let late) where late > 0:
      if motivated {
        add(
          code, .waarschuwing, step, path,
          "\(document) is \(TimelineStep.days(late)) te laat opgesteld (\(date.dutch)); de motivering van de afwijking is vastgelegd",
          Bron.regeling("5"))
      } else {
        add(
          code, lateSeverity, step, path,
          "\(document) is \(TimelineStep.days(late)) te laat opgesteld: \(date.dutch), uiterlijk \(due.dutch)",
          source)
      }
    default: break
    }
  }
}
