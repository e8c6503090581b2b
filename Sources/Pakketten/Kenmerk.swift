/// Product fact: a name and its value ("Contractduur": "drie jaar").
public struct Kenmerk: Sendable, Equatable, Codable {
  public var naam: String
  public var waarde: String
}
