import StrictJSON

/// A catalog file that cannot be read as a catalog at all (bad JSON, a missing or mistyped
/// field); findings about a readable catalog are ``CatalogFinding``s instead.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The JSON path of the problem, `$` for the whole document.
  public var path: String
  public var problem: String
  /// Line and column in the file, when the JSON reader knows them.
  public var line: Int?
  public var column: Int?

  public init(path: String, problem: String, line: Int? = nil, column: Int? = nil) {
    self.path = path
    self.problem = problem
    self.line = line
    self.column = column
  }

  init(path: String, problem: String, position: JSONPosition?) {
    self.init(path: path, problem: problem, line: position?.line, column: position?.column)
  }

  /// `12:7: $.secties[0].diensten[3].cellen: problem`, as compilers print it.
  public var description: String {
    guard let line, let column else { return "\(path): \(problem)" }
    return "\(line):\(column): \(path): \(problem)"
  }
}
