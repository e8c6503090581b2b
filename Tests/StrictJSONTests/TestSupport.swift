import Foundation
import StrictJSON

/// Parses text, returning the error instead of throwing so tests can compare it whole.
func parseError(_ text: String) -> StrictJSONError? {
  parseError(Array(text.utf8))
}

func parseError(_ bytes: [UInt8]) -> StrictJSONError? {
  do {
    _ = try JSONParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

/// Decodes text, returning the error instead of throwing.
func decodeError<Value: Decodable>(
  _ type: Value.Type, _ text: String, decoder: StrictJSONDecoder = StrictJSONDecoder()
) -> StrictJSONError? {
  do {
    _ = try decoder.decode(type, from: Data(text.utf8))
    return nil
  } catch {
    return error
  }
}

extension JSONNode {
  /// The members of an object node, or none.
  var members: [JSONMember] {
    if case .object(let members) = value { return members }
    return []
  }

  /// The elements of an array node, or none.
  var elements: [JSONNode] {
    if case .array(let elements) = value { return elements }
    return []
  }

  subscript(key: String) -> JSONNode? { members.first { $0.key == key }?.value }
}
