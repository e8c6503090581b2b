public import Poortwachter

/// The documents of a Poortwachter dossier that dossierkit renders (POORTWACHTER.md §5).
///
/// Each kind names its template (`plan-van-aanpak.md.mustache`), the steps that must validate
/// before it may be rendered other than as a marked draft, and its audience. Every default kind
/// is a werkgever/werknemer-side document: its context type has no medical field, so neither a
/// default nor a user's template can show one.
public enum DocumentKind: String, CaseIterable, Sendable, Comparable {
  case probleemanalyse
  case planVanAanpak = "plan-van-aanpak"
  case melding42eWeek = "melding-42e-week"
  case eerstejaarsevaluatie
  case actueelOordeel = "actueel-oordeel"
  case eindevaluatie
  case reintegratieverslag
  case verkortReintegratieverslag = "verkort-reintegratieverslag"

  public enum Audience: String, Sendable {
    /// Employer and employee see it; medical details are refused.
    case werkgeverEnWerknemer
    /// Only the bedrijfsarts; may hold medical details. (No default kind is this.)
    case bedrijfsarts
  }

  /// The template file's base name, and the document's part of output file names.
  public var templateName: String { rawValue }

  public var titel: String {
    switch self {
    case .probleemanalyse: "Probleemanalyse"
    case .planVanAanpak: "Plan van aanpak"
    case .melding42eWeek: "Ziekmelding langdurig zieke werknemer (42e week)"
    case .eerstejaarsevaluatie: "Eerstejaarsevaluatie"
    case .actueelOordeel: "Actueel oordeel bedrijfsarts"
    case .eindevaluatie: "Eindevaluatie plan van aanpak"
    case .reintegratieverslag: "Re-integratieverslag"
    case .verkortReintegratieverslag: "Verkort re-integratieverslag"
    }
  }

  public var audience: Audience { .werkgeverEnWerknemer }

  /// The checklist step this document is the act of; its deadline is `stap.termijn`.
  public var stap: Stap {
    switch self {
    case .probleemanalyse: .s3
    case .planVanAanpak: .s4
    case .melding42eWeek: .s6
    case .eerstejaarsevaluatie: .s7
    case .actueelOordeel: .s8
    case .eindevaluatie: .s9
    case .reintegratieverslag: .s10
    case .verkortReintegratieverslag: .s12
    }
  }

  /// The checklist steps whose fouten block rendering this document.
  public var requiredSteps: Set<Stap> {
    switch self {
    case .probleemanalyse: [.s1, .s3]
    case .planVanAanpak: [.s1, .s4]
    case .melding42eWeek: [.s1, .s6]
    case .eerstejaarsevaluatie: [.s1, .s7]
    case .actueelOordeel: [.s1, .s8]
    case .eindevaluatie: [.s1, .s9]
    case .reintegratieverslag: [.s1, .s3, .s4, .s5, .s7, .s8, .s9, .s10]
    case .verkortReintegratieverslag: [.s1, .s12]
    }
  }

  /// Whether the dossier holds this document's own data.
  public func isPresent(in dossier: Verzuimdossier) -> Bool {
    switch self {
    case .probleemanalyse: dossier.probleemanalyse != nil
    case .planVanAanpak: dossier.planVanAanpak != nil
    case .melding42eWeek: dossier.melding42eWeek != nil
    case .eerstejaarsevaluatie: dossier.eerstejaarsevaluatie != nil
    case .actueelOordeel: dossier.actueelOordeel != nil
    case .eindevaluatie: dossier.eindevaluatie != nil
    case .reintegratieverslag: dossier.reintegratieverslag != nil
    case .verkortReintegratieverslag: dossier.verkortReintegratieverslag != nil
    }
  }

  /// The timeline rule whose due date makes this document due: its step's term, except for
  /// the verkort re-integratieverslag, whose step S12 also holds the aangifte to UWV (TL-24).
  var termijn: Regel { self == .verkortReintegratieverslag ? .cnt15 : stap.termijn }

  /// Present in the dossier, or due by the reference date and applicable.
  public func isDue(in dossier: Verzuimdossier, timeline: Timeline) -> Bool {
    if isPresent(in: dossier) { return true }
    guard let step = timeline.step(termijn), let due = step.due, due <= timeline.peildatum
    else { return false }
    return !step.state.isNotApplicable
  }

  /// A kind by its file name form (`plan-van-aanpak`) or its Swift name (`planVanAanpak`).
  public init?(argument: String) {
    let key = argument.lowercased().filter { $0.isLetter || $0.isNumber }
    guard
      let kind = DocumentKind.allCases.first(where: {
        $0.rawValue.filter { $0.isLetter || $0.isNumber } == key
      })
    else { return nil }
    self = kind
  }

  public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}
