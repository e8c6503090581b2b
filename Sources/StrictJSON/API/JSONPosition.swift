/// A place in JSON source text, so errors can point a casemanager at the character to fix.
///
/// `line` and `column` are 1-based. The column counts Unicode scalars, not bytes, so that
/// `ë` or `€` earlier on the line does not push the reported column past the caret an editor
/// shows. A line ends at LF, CR LF (one break, not two) or a lone CR. `offset` is the 0-based
/// UTF-8 byte offset from the start of the input (a leading byte-order mark included), for
/// tools that slice the original bytes.
public struct JSONPosition: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, counted in Unicode scalars.
  public var column: Int
  /// 0-based byte offset into the input.
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// `line:column`, the form compilers and editors understand.
  public var description: String { "\(line):\(column)" }
}
