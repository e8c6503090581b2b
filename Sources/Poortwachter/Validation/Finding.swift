/// One thing validation found in a dossier: a stable code, how bad it is, where, what, and on
/// which legal source the requirement rests.
public struct Finding: Sendable, Equatable, Hashable, Encodable {
  public enum Severity: String, Sendable, Encodable, Comparable {
    /// A requirement of the law or of UWV that is not met: blocks rendering the document.
    case fout
    /// Guidance not followed, a term missed with a recorded reason, or something to check.
    case waarschuwing

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .fout && rhs == .waarschuwing
    }
  }

  /// The rule ID of POORTWACHTER.md (`PVA-05`, `ID-BSN`, `TL-04`).
  public var code: String
  public var severity: Severity
  /// The step of §5.11 (`S4`).
  public var step: Stap
  /// The JSON path of the field concerned (`$.planVanAanpak.casemanager`).
  public var path: String
  /// Dutch, for a casemanager.
  public var message: String
  /// Law and article, or UWV/AP document.
  public var source: String

  public init(
    code: String, severity: Severity, step: Stap, path: String, message: String, source: String
  ) {
    self.code = code
    self.severity = severity
    self.step = step
    self.path = path
    self.message = message
    self.source = source
  }

  private enum CodingKeys: String, CodingKey {
    case code
    case severity = "ernst"
    case step = "stap"
    case path = "pad"
    case message = "melding"
    case source = "bron"
  }
}

/// The steps of the checklist, POORTWACHTER.md §5.11.
public enum Stap: String, Sendable, Encodable, CaseIterable, Comparable {
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

  public static func < (lhs: Stap, rhs: Stap) -> Bool { lhs.order < rhs.order }

  private var order: Int { Stap.allCases.firstIndex(of: self) ?? 0 }
}
