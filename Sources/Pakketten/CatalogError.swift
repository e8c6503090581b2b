public import StrictJSON

/// A catalog file that cannot be read as a catalog at all (bad JSON, a missing or mistyped
/// field); findings about a readable catalog are ``CatalogFinding``s instead.
///
/// It keeps the JSON reader's error whole, its reason as data (``json``): a caller can switch
/// on `json.reason` (an unknown key and its suggestion, a missing key) instead of parsing text.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What the JSON reader found: reason, JSON path and position.
  public var json: StrictJSONError

  public init(_ json: StrictJSONError) {
    self.json = json
  }

  /// The JSON path of the problem, `$` for the whole document.
  public var path: String { json.path.isEmpty ? "$" : json.path }
  /// The reason in words.
  public var problem: String { json.message }
  /// Line and column in the file, when the JSON reader knows them.
  public var line: Int? { json.position?.line }
  public var column: Int? { json.position?.column }

  /// `12:7: $.secties[0].diensten[3].cellen: problem`, as compilers print it.
  public var description: String {
    guard let line, let column else { return "\(path): \(problem)" }
    return "\(line):\(column): \(path): \(problem)"
  }
}
