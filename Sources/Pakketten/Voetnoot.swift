/// Footnote: a marker (`1`, `*`, `1)`) and its text.
public struct Voetnoot: Sendable, Equatable, Codable {
  public var teken: String
  public var tekst: String

  public init(teken: String, tekst: String) {
    self.teken = teken
    self.tekst = tekst
  }
}
