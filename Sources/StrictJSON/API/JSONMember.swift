/// One `"key": value` pair of an object. The key keeps its own position because an unknown or
/// duplicate key is reported at the key, not at its value.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  /// Position of the key's opening quote.
  public var keyPosition: JSONPosition
  public var value: JSONNode

  public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}
