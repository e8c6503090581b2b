import Kalender
public import Poortwachter

/// The findings of `dossier validate` over one or more case files, as text or JSON.
public struct ValidationReport: Encodable, Sendable {
  public struct Case: Encodable, Sendable {
    public var bestand: String
    public var referentie: String?
    public var peildatum: CalendarDate?
    public var ziekteweek: Int?
    /// Why the file could not be used, if it could not.
    public var onbruikbaar: String?
    public var fouten: Int
    public var waarschuwingen: Int
    public var bevindingen: [Finding]

    public init(file: String, unusable: String) {
      bestand = file
      onbruikbaar = unusable
      fouten = 0
      waarschuwingen = 0
      bevindingen = []
    }

    public init(
      file: String, dossier: Verzuimdossier, peildatum: CalendarDate, ziekteweek: Int,
      findings: [Finding]
    ) {
      bestand = file
      referentie = dossier.veiligeReferentie
      self.peildatum = peildatum
      self.ziekteweek = ziekteweek
      fouten = findings.count { $0.severity == .fout }
      waarschuwingen = findings.count { $0.severity == .waarschuwing }
      bevindingen = findings
    }

    /// A header line, then one line per finding: `  fout  S4  PVA-05  $.path: message (bron)`.
    public func text() -> String {
      var lines = [
        "\(bestand): \(referentie ?? "") op \(peildatum?.dutch ?? ""), ziekteweek \(ziekteweek ?? 0): \(ValidationReport.count(fouten, "fout", "fouten")), \(ValidationReport.count(waarschuwingen, "waarschuwing", "waarschuwingen"))"
      ]
      for finding in bevindingen {
        let severity = finding.severity.rawValue.padding(13)
        lines.append(
          "  \(severity)\(finding.step.rawValue.padding(5))\(finding.code.padding(11))\(finding.path): \(finding.message)"
        )
        lines.append("  " + "".padding(29) + "bron: \(finding.source)")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  public var dossiers: [Case]
  public var fouten: Int { dossiers.reduce(0) { $0 + $1.fouten } }
  public var errorCount: Int { fouten }

  public init(cases: [Case]) {
    dossiers = cases
  }

  private enum CodingKeys: String, CodingKey {
    case dossiers, fouten, waarschuwingen, onbruikbaar, regelset
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(dossiers, forKey: .dossiers)
    try container.encode(fouten, forKey: .fouten)
    try container.encode(dossiers.reduce(0) { $0 + $1.waarschuwingen }, forKey: .waarschuwingen)
    try container.encode(dossiers.count { $0.onbruikbaar != nil }, forKey: .onbruikbaar)
    try container.encode(RuleSet.current, forKey: .regelset)
  }

  public func summary() -> String {
    let unusable = dossiers.count { $0.onbruikbaar != nil }
    var text =
      "\(dossiers.count) dossiers: \(ValidationReport.count(fouten, "fout", "fouten")), \(ValidationReport.count(dossiers.reduce(0) { $0 + $1.waarschuwingen }, "waarschuwing", "waarschuwingen"))"
    if unusable > 0 { text += ", \(unusable) onbruikbaar" }
    return text
  }

  static func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
