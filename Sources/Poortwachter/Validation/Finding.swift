/// One thing validation found in a dossier: the rule of the catalog, how bad it is, where and
/// what. The legal source is the rule's (`Regel.source`).
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

  /// The catalog's rule (`Regel.pva05`); its code is printed (`PVA-05`).
  public var rule: Regel
  public var severity: Severity
  /// The step of §5.11 (`S4`).
  public var step: Stap
  /// The JSON path of the field concerned (`$.planVanAanpak.casemanager`).
  public var path: String
  /// Dutch, for a casemanager.
  public var message: String

  /// The rule ID (`PVA-05`).
  public var code: String { rule.code }
  /// Law and article, or UWV/AP document: the rule's sources.
  public var source: String { rule.source }

  /// A finding of `rule`; its step and severity default to the catalog's.
  public init(
    _ rule: Regel, step: Stap? = nil, severity: Severity? = nil, path: String, message: String
  ) {
    self.rule = rule
    self.severity = severity ?? rule.severity ?? .fout
    self.step = step ?? rule.step ?? .s1
    self.path = path
    self.message = message
  }

  private enum CodingKeys: String, CodingKey {
    case code
    case severity = "ernst"
    case step = "stap"
    case path = "pad"
    case message = "melding"
    case source = "bron"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(severity, forKey: .severity)
    try container.encode(step, forKey: .step)
    try container.encode(path, forKey: .path)
    try container.encode(message, forKey: .message)
    try container.encode(source, forKey: .source)
  }
}
