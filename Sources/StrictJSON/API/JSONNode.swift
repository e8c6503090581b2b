/// A JSON value together with where it starts in the source, so that any later complaint about
/// it (a wrong type, an impossible date) can name a line and column.
public struct JSONNode: Sendable, Equatable {
  public var value: JSONValue
  /// Position of the value's first character (`{`, `[`, `"`, a digit, `-`, `t`, `f`, `n`).
  public var position: JSONPosition

  public init(value: JSONValue, position: JSONPosition) {
    self.value = value
    self.position = position
  }
}
