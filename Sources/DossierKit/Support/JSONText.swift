import Foundation

/// JSON the tool writes: sorted keys, pretty printed, a final newline, so output is the same
/// bytes on every run and diffs well in review.
public enum JSONText {
  /// - Throws: `JSONTextError` when a value cannot be written as JSON (a number JSON cannot
  ///   hold); never a stand-in such as `{}`, which would read as an empty, valid answer.
  public static func encode(_ value: some Encodable) throws(JSONTextError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch let EncodingError.invalidValue(value, context) {
      throw JSONTextError(
        path: JSONTextError.path(context.codingPath), value: String(describing: value))
    } catch {
      throw JSONTextError(path: "$", value: "")
    }
  }
}

/// A value that cannot be written as JSON, and where it sits.
public struct JSONTextError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `$.regels[2].bedrag`
  public var path: String
  /// The value as Swift prints it (`nan`, `inf`).
  public var value: String

  public var description: String {
    "\(path): \(value.isEmpty ? "a value" : value) cannot be written as JSON"
  }

  static func path(_ codingPath: [any CodingKey]) -> String {
    codingPath.reduce("$") { path, key in
      key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)"
    }
  }
}
