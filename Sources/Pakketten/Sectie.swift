/// Section: a group of rows under one heading (`Preventie`, `Activiteiten bij verzuim -
/// week 1`, `Basiscontract Arbodienstverlening`).
public struct Sectie: Sendable, Equatable, Codable {
  public var titel: String
  /// A note under the heading, in the catalog author's own words.
  public var toelichting: String?
  /// The packages this section shows, in order, when not all of the catalog's (a price table
  /// whose sub-tables have different columns); absent means every package.
  public var pakketten: [String]?
  public var diensten: [Dienst]
}
