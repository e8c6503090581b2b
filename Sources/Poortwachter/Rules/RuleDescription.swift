/// What the catalog says about one rule: the data `dossier rules`, docs/rules.md, findings and
/// timeline steps are made from. (After SwiftLint's `RuleDescription` and ruff's rule table.)
public struct RuleDescription: Sendable, Equatable {
  /// Who reports the rule: the timeline (a date in `dossier timeline`), the validator (a
  /// finding of `dossier validate`), or the document renderer (why a document is refused).
  public enum Reporter: String, Sendable, Encodable, CaseIterable {
    case timeline = "tijdlijn"
    case validator = "validatie"
    case documents = "documenten"
  }

  public let rule: Regel
  /// The step of §5.11 a finding belongs to; nil for a rule that applies to every document
  /// (`ID-DATE`, `DOC-ALL-02`, `PRIV-DENY`) or a date in the timeline with no employer step.
  public let step: Stap?
  /// The severity a finding has unless the check says otherwise (a term missed with a reason,
  /// guidance rather than law); nil for a rule only the timeline reports.
  public let severity: Finding.Severity?
  /// Short Dutch title; a timeline step shows it as "wat".
  public let title: String
  /// Law and article, UWV or AP policy; a finding cites them all.
  public let sources: [String]
  /// Dutch: what the rule checks.
  public let check: String
  /// Dutch: what the casemanager does about a finding.
  public let fix: String
  public let reportedBy: [Reporter]

  /// The sources as one line, as findings and timeline steps print them.
  public var source: String { sources.joined(separator: "; ") }
}

extension Regel: CustomStringConvertible {
  /// The code: `"\(Regel.pva05)"` reads `PVA-05`.
  public var description: String { rawValue }

  public var step: Stap? { ruleDescription.step }
  public var severity: Finding.Severity? { ruleDescription.severity }
  public var title: String { ruleDescription.title }
  public var source: String { ruleDescription.source }
}
