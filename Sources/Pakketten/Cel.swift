public import StrictJSON

/// Cell: what one package says about one service.
///
/// A plain struct with a kind and the fields that kind uses (checked by
/// ``Catalog/validate()``), so that its JSON is `{"soort": "prijs", "prijs": {...}}`.
public struct Cel: Sendable, Equatable, Codable {
  public var soort: Celsoort
  /// For `prijs`, and optionally `vergoeding` (the price the reimbursement applies to).
  public var prijs: Prijs?
  /// For `vergoeding`: the share the insurer pays.
  public var percentage: Percentage?
  /// For `vergoeding`: its cap ("1x per contractperiode", "32 uur per werknemer per jaar").
  public var maximum: String?
  /// For `tekst`: the text ("Verrichtingentarief", "Ja, vanaf 4e week verzuim").
  public var tekst: String?
  /// For `prijs`: a different price that applies when another service is not taken.
  public var alternatief: Alternatief?
  /// A note in the cell, in the catalog author's own words.
  public var toelichting: String?
  /// Footnote markers in the cell.
  public var voetnoten: [String]?

  public init(
    soort: Celsoort, prijs: Prijs? = nil, percentage: Percentage? = nil, maximum: String? = nil,
    tekst: String? = nil, alternatief: Alternatief? = nil, toelichting: String? = nil,
    voetnoten: [String]? = nil
  ) {
    self.soort = soort
    self.prijs = prijs
    self.percentage = percentage
    self.maximum = maximum
    self.tekst = tekst
    self.alternatief = alternatief
    self.toelichting = toelichting
    self.voetnoten = voetnoten
  }
}

/// Cell kind.
public enum Celsoort: String, Sendable, Equatable, Codable, CaseIterable, JSONSchemaEnumeration {
  /// Included in the package (✓, V, "Ja").
  case inbegrepen
  /// Not included; the arbodienst charges its own tariff (*), or "Nee".
  case nietInbegrepen
  /// Carried out and invoiced afterwards ("Factuur").
  case factuur
  /// A price (€ 159,95), per employee per year unless its unit says otherwise.
  case prijs
  /// The insurer reimburses a share, possibly capped ("50%; maximaal 1x per contractperiode").
  case vergoeding
  /// Not applicable, not offered with this package ("n.v.t.").
  case nietVanToepassing
  /// Optional extension (○).
  case optioneel
  /// Short free text.
  case tekst
  /// The brochure shows nothing in this cell.
  case leeg
}

/// A price that replaces a cell's price when another service is not taken, as a.s.r.'s
/// "Ziektebegeleiding administratie" costs € 3,73 without "Ziektebegeleiding".
public struct Alternatief: Sendable, Equatable, Codable {
  /// The service key whose absence from a quote makes this price apply.
  public var zonder: String
  public var prijs: Prijs
}
