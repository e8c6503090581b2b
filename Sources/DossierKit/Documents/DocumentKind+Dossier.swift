public import Kalender
public import Poortwachter

extension DocumentKind {
  /// The document's own date: when it was drawn up (DOC-ALL-02). Printed on every page and
  /// written into the PDF as its creation date.
  public func datum(in dossier: Verzuimdossier) -> CalendarDate? {
    switch self {
    case .probleemanalyse: dossier.probleemanalyse?.datum
    case .planVanAanpak: dossier.planVanAanpak?.datum
    case .melding42eWeek: dossier.melding42eWeek?.datum
    case .eerstejaarsevaluatie: dossier.eerstejaarsevaluatie?.datum
    case .actueelOordeel: dossier.actueelOordeel?.datum
    case .eindevaluatie: dossier.eindevaluatie?.datum
    case .reintegratieverslag: dossier.reintegratieverslag?.datum
    case .verkortReintegratieverslag: dossier.verkortReintegratieverslag?.datum
    }
  }

  /// Who drew the document up; the 42e-weeksmelding records none (the werkgever files it).
  public func opsteller(in dossier: Verzuimdossier) -> Opsteller? {
    switch self {
    case .probleemanalyse: dossier.probleemanalyse?.opsteller
    case .planVanAanpak: dossier.planVanAanpak?.opsteller
    case .melding42eWeek: nil
    case .eerstejaarsevaluatie: dossier.eerstejaarsevaluatie?.opsteller
    case .actueelOordeel: dossier.actueelOordeel?.opsteller
    case .eindevaluatie: dossier.eindevaluatie?.opsteller
    case .reintegratieverslag: dossier.reintegratieverslag?.opsteller
    case .verkortReintegratieverslag: dossier.verkortReintegratieverslag?.opsteller
    }
  }
}
