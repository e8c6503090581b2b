/// The steps of the checklist, POORTWACHTER.md §5.11.
public enum Stap: String, Sendable, Codable, CaseIterable, Comparable {
  case s1 = "S1"
  case s2 = "S2"
  case s3 = "S3"
  case s4 = "S4"
  case s5 = "S5"
  case s6 = "S6"
  case s7 = "S7"
  case s8 = "S8"
  case s9 = "S9"
  case s10 = "S10"
  case s11 = "S11"
  case s12 = "S12"
  case s13 = "S13"

  public var naam: String {
    switch self {
    case .s1: "Ziekmelding"
    case .s2: "Melding bedrijfsarts"
    case .s3: "Probleemanalyse"
    case .s4: "Plan van aanpak"
    case .s5: "Evaluaties en bijstellingen"
    case .s6: "42e-weeksmelding"
    case .s7: "Eerstejaarsevaluatie"
    case .s8: "Actueel oordeel"
    case .s9: "Eindevaluatie"
    case .s10: "Re-integratieverslag"
    case .s11: "WIA-aanvraag"
    case .s12: "Ziek uit dienst"
    case .s13: "Vrijwillige verlenging"
    }
  }

  /// A step by its ID (`S4`, `s4`) or a name (`plan-van-aanpak`, `planvanaanpak`).
  public init?(argument: String) {
    let key = argument.lowercased().filter { $0.isLetter || $0.isNumber }
    guard
      let found = Stap.allCases.first(where: {
        $0.rawValue.lowercased() == key
          || $0.naam.lowercased().filter({ $0.isLetter || $0.isNumber }) == key
      })
    else { return nil }
    self = found
  }

  /// The timeline rule whose deadline this step meets: one identity for a step, its deadline
  /// and (in DossierKit) its document.
  public var termijn: Regel {
    switch self {
    case .s1: .tl01
    case .s2: .tl02
    case .s3: .tl04
    case .s4: .tl05
    case .s5: .tl07
    case .s6: .tl09
    case .s7: .tl11
    case .s8: .tl15
    case .s9: .tl16
    case .s10: .tl17
    case .s11: .tl18
    case .s12: .tl24
    case .s13: .tl23
    }
  }

  public static func < (lhs: Stap, rhs: Stap) -> Bool { lhs.order < rhs.order }

  private var order: Int { Stap.allCases.firstIndex(of: self) ?? 0 }
}
