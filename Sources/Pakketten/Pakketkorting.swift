/// Package discount: a share off the premium from a number of insurances held with the
/// provider on ("Bij 3 verzekeringen 5% korting").
public struct Pakketkorting: Sendable, Equatable, Codable {
  public var vanafVerzekeringen: Int
  public var percentage: Percentage
}
