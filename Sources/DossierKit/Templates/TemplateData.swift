public import Foundation
import StrictJSON
public import Templating

/// Template data read from a JSON file.
public enum TemplateData {
  /// Reads `url` as JSON into the engine's value model.
  ///
  /// - Throws: `TemplateDataError` naming the file and what is wrong with it.
  public static func load(_ url: URL, shownAs path: String) throws(TemplateDataError)
    -> TemplateValue
  {
    let data: Data
    do {
      data = try FileInput.read(url, shownAs: path)
    } catch {
      throw TemplateDataError(path: error.path, problem: error.problem)
    }
    do {
      return TemplateValue(json: try JSONParser.parse(data))
    } catch {
      // `file:line:column: …`, as editors jump to it.
      if let position = error.position {
        throw TemplateDataError(
          path: "\(path):\(position.line):\(position.column)", problem: error.message)
      }
      throw TemplateDataError(path: path, problem: error.message)
    }
  }
}

/// A data file that cannot be used.
public struct TemplateDataError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var problem: String
  public var description: String { "\(path): \(problem)" }
}
