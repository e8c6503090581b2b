/// BTW rate of one year (omzetbelasting), as data.
public struct BtwTarief: Sendable, Equatable, Codable {
  public var jaar: Int
  public var percentage: Percentage
}
