/// The `kop` object the house layout (`layout.html.mustache`) prints at the top of a page.
public struct SheetHeader: Sendable, Equatable, Encodable {
  public var soort: String
  public var titel: String
  public var referentie: String
  public var peildatum: String
  public var ziekteweek: String?
  public var werknemer: String?
  public var concept: Bool?
  public var vertrouwelijkheid: String?
  /// The rule set of a Poortwachter document's footer; a package sheet judges no case.
  public var regelset: String?
  /// Sheets carry no dossier, so no running page header.
  public var pagina: Paginakop?

  public init(soort: String, titel: String, referentie: String, peildatum: String) {
    self.soort = soort
    self.titel = titel
    self.referentie = referentie
    self.peildatum = peildatum
  }
}
