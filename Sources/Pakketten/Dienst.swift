/// Service ("dienst", "verrichting"): one row of a sheet, with a cell per package.
public struct Dienst: Sendable, Equatable, Codable {
  /// Stable identifier, kebab-case, unique in the catalog; comparisons align rows across
  /// catalogs by it, so the same service carries the same key in every catalog.
  public var sleutel: String
  /// The row's label as the brochure prints it (short).
  public var naam: String
  /// Parts the row covers, listed under the label (the brochure's bullets).
  public var onderdelen: [String]?
  /// A longer description in the catalog author's own words.
  public var toelichting: String?
  /// Footnote markers on the label.
  public var voetnoten: [String]?
  /// Indentation: 0 for a row, 1 for a sub-row of the row above it.
  public var niveau: Int?
  /// The Poortwachter step the service carries out (`probleemanalyse`, `planVanAanpak`,
  /// `42eWeeksmelding`, `eerstejaarsevaluatie`, `actueelOordeel`, `reintegratieverslag`), so
  /// that a case can look up what its step costs.
  public var stap: String?
  /// The cell of each package, by package key.
  public var cellen: [String: Cel]
}
