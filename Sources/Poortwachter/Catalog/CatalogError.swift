/// A catalog file that cannot be read as a catalog at all (bad JSON, a missing or mistyped
/// field); findings about a readable catalog are ``CatalogFinding``s instead.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The JSON path of the problem, `$` for the whole document.
  public var path: String
  public var problem: String

  public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }

  init(decoding error: DecodingError) {
    switch error {
    case .keyNotFound(let key, let context):
      self.init(path: CatalogPath.text(context.codingPath + [key]), problem: "required field \"\(key.stringValue)\" is missing")
    case .typeMismatch(let type, let context):
      self.init(path: CatalogPath.text(context.codingPath), problem: "expected \(CatalogPath.kind(type)); \(context.debugDescription)")
    case .valueNotFound(let type, let context):
      self.init(path: CatalogPath.text(context.codingPath), problem: "expected \(CatalogPath.kind(type)), found null")
    case .dataCorrupted(let context):
      let underlying = context.underlyingError.map { " (\($0.localizedDescriptionText))" } ?? ""
      self.init(path: CatalogPath.text(context.codingPath), problem: context.debugDescription + underlying)
    @unknown default:
      self.init(path: "$", problem: "\(error)")
    }
  }

  public var description: String { "\(path): \(problem)" }
}

/// JSON paths as findings print them: `$.secties[2].diensten[4].cellen.compleet`.
enum CatalogPath {
  static func text(_ codingPath: [any CodingKey]) -> String {
    codingPath.reduce("$") { path, key in
      if let index = key.intValue { return path + "[\(index)]" }
      return path + "." + key.stringValue
    }
  }

  static func kind(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number"
    case is Bool.Type: "true or false"
    default:
      "\(type)".hasPrefix("Array") ? "a list" : "an object"
    }
  }
}

extension Error {
  fileprivate var localizedDescriptionText: String { "\(self)" }
}
