/// How one render behaves.
public struct RenderOptions: Sendable, Equatable {
  /// A name that resolves to nothing, or a partial the root does not hold, is an error
  /// instead of rendering as nothing. A name that holds null is present (and falsy).
  public var isStrict: Bool
  /// How deep partials and parents may nest before the render stops with an error.
  public var maximumDepth: Int

  public init(isStrict: Bool = false, maximumDepth: Int = 64) {
    self.isStrict = isStrict
    self.maximumDepth = maximumDepth
  }

  /// Strict rendering, as documents use it.
  public static let strict = RenderOptions(isStrict: true)
}
