/// Package: one column of a sheet, a set of services sold together (`VOV Dienstverlening`,
/// `Arbo- en verzuimbegeleiding Compleet`), or a column of a price table (an arbodienst).
public struct Pakket: Sendable, Equatable, Codable {
  /// Stable identifier, kebab-case; cells and `--package` name the package by it.
  public var sleutel: String
  /// The name as the brochure prints it over the column.
  public var naam: String
  /// Price per employee per year, when the sheet gives one.
  public var prijs: Prijs?
  /// How the sheet states the price when it gives no amount ("Vast bedrag").
  public var prijsomschrijving: String?
  /// Whether the package carries a Poortwachtergarantie (the insurer takes over a loonsanctie).
  public var poortwachtergarantie: Bool?
  /// Whether the package is a MKB Verzuim-ontzorgverzekering under the convenant.
  public var vovConvenant: Bool?
  /// Short selling points or conditions of the package, as data.
  public var kenmerken: [String]?
  /// A note in the catalog author's own words.
  public var toelichting: String?
}
