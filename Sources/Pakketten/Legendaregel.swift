/// Legend entry: the mark a sheet prints for a cell kind, and what the sheet says it means.
public struct Legendaregel: Sendable, Equatable, Codable {
  /// The mark as printed (`✓`, `V`, `*`, `○`, `Ja`).
  public var teken: String
  public var soort: Celsoort
  public var betekenis: String
}
