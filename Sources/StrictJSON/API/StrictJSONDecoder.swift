public import Foundation

/// Decodes `Decodable` types from JSON and refuses anything doubtful, with a located error.
///
/// Unlike Foundation's `JSONDecoder` it reports the JSON path and line:column of every
/// problem, reads numbers exactly from their literal text (`Decimal` included), and treats a
/// key no type asked for as an error, because in a hand-written case file an ignored key is
/// a typo whose value silently vanished. This works with compiler-synthesized `Decodable`:
/// after a value's `init(from:)` returns, each key of the objects it opened must have been
/// asked for (`decode`, `decodeIfPresent`, `contains`, `nestedContainer`, `superDecoder`);
/// a type that reads `allKeys` (as `[String: T]` does) vouches for all keys itself.
///
///     let dossier = try StrictJSONDecoder().decode(Dossier.self, from: data)
///
/// Errors thrown by the containers are ``StrictJSONError``s, not `DecodingError`s; a custom
/// `init(from:)` that catches `DecodingError` to fall back to a default will not catch them
/// (use `decodeIfPresent`). `userInfo` is always empty.
public struct StrictJSONDecoder: Sendable {
  /// Whether keys no type asked for are ignored, as JSONDecoder does. Off by default; for
  /// input from other programs that may add fields, not for hand-written files.
  public var allowsUnknownKeys: Bool = false

  public init() {}

  /// Parses and decodes a document.
  ///
  /// - Throws: ``StrictJSONError`` for malformed JSON (with line:column) and for any value
  ///   the type rejects (with JSON path and line:column).
  public func decode<Value: Decodable>(
    _ type: Value.Type, from data: Data
  ) throws(StrictJSONError) -> Value {
    try decode(type, from: try JSONParser.parse(data))
  }

  /// Decodes an already parsed document, e.g. one inspected before decoding.
  ///
  /// - Throws: ``StrictJSONError`` for any value the type rejects, with its JSON path and
  ///   the position recorded in the node.
  public func decode<Value: Decodable>(
    _ type: Value.Type, from node: JSONNode
  ) throws(StrictJSONError) -> Value {
    let node = try StrictJSONDecoder.removingSchemaReference(from: node)
    let session = DecodingSession(root: node, tracksUnknownKeys: !allowsUnknownKeys)
    let decoder = NodeDecoder(session: session, node: node, path: .root)
    return try decoder.unwrap(type, from: node, at: .root)
  }

  /// The key a file uses to name its JSON Schema for editors (`"$schema": "case.schema.json"`).
  public static let schemaKey = "$schema"

  /// A top-level `"$schema"` string names the file's schema for editors: accepted whatever
  /// the type, and not handed to it. Anywhere else it is a key like any other.
  private static func removingSchemaReference(from node: JSONNode) throws(StrictJSONError)
    -> JSONNode
  {
    guard case .object(let members) = node.value,
      let index = members.firstIndex(where: { $0.key == schemaKey })
    else { return node }
    let member = members[index]
    guard case .string = member.value.value else {
      throw StrictJSONError(
        .typeMismatch(expected: "a string", found: member.value.value.kindDescription),
        path: CodingPathNode.root.appending(key: schemaKey).jsonPath,
        position: member.value.position)
    }
    var rest = members
    rest.remove(at: index)
    return JSONNode(value: .object(rest), position: node.position)
  }
}
