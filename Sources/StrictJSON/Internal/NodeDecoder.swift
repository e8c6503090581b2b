/// The `Decoder` over a ``JSONNode`` tree.
///
/// One instance serves a whole decode: nested values swap `node` and `path` in and out
/// around the nested `init(from:)` instead of allocating a decoder each. Containers copy the
/// node and path they were opened on, so the swap never changes what they read.
final class NodeDecoder: Decoder {
  let session: DecodingSession
  private(set) var node: JSONNode
  private(set) var path: CodingPathNode

  init(session: DecodingSession, node: JSONNode, path: CodingPathNode) {
    self.session = session
    self.node = node
    self.path = path
  }

  var codingPath: [any CodingKey] { path.codingPath }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = node.value else {
      throw mismatch(expected: "an object", node: node, path: path)
    }
    return KeyedDecodingContainer(
      KeyedContainer<Key>(decoder: self, object: node, members: members, path: path))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = node.value else {
      throw mismatch(expected: "an array", node: node, path: path)
    }
    return UnkeyedContainer(decoder: self, array: node, elements: elements, path: path)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueContainer(decoder: self, node: node, path: path)
  }
}

extension NodeDecoder {
  /// Decodes a nested value, then refuses keys no type asked for in the objects it opened.
  ///
  /// Every error leaves here as a located ``StrictJSONError``: `DecodingError`s are placed by
  /// their coding path, any other error a type throws at the value being decoded.
  /// - Parameter childPath: Built only when needed; scalars decoded without error never
  ///   allocate a path step.
  func unwrap<Value: Decodable>(
    _ type: Value.Type, from child: JSONNode, at childPath: @autoclosure () -> CodingPathNode
  ) throws(StrictJSONError) -> Value {
    do {
      if let scalar = try ScalarConversion.valueIfScalar(type, from: child) { return scalar }
    } catch {
      throw StrictJSONError(error.reason, path: childPath().jsonPath, position: child.position)
    }
    let (savedNode, savedPath) = (node, path)
    let newPath = childPath()
    (node, path) = (child, newPath)
    let base = session.trackerCount
    defer {
      (node, path) = (savedNode, savedPath)
      session.discardTrackers(above: base)
    }
    // An enumeration names its values: a value not among them is reported with the list,
    // instead of the standard library's "Cannot initialize … from invalid String value".
    if let enumeration = Value.self as? any JSONSchemaEnumeration.Type,
      case .string(let text) = child.value
    {
      let allowed = Self.allowedValues(enumeration)
      if !allowed.contains(text) {
        throw StrictJSONError(
          .notAnAllowedValue(
            text, allowed: allowed, suggestion: NameSuggestion.closest(to: text, among: allowed)),
          path: newPath.jsonPath, position: child.position)
      }
    }
    let value: Value
    do {
      value = try Value(from: self)
    } catch let error as StrictJSONError {
      throw error
    } catch let error as DecodingError {
      throw session.locate(error)
    } catch {
      throw StrictJSONError(
        .invalidValue(String(describing: error)), path: newPath.jsonPath,
        position: child.position)
    }
    try session.checkUnknownKeys(above: base)
    return value
  }

  private static func allowedValues<E: JSONSchemaEnumeration>(_ type: E.Type) -> [String] {
    E.jsonSchemaValues
  }

  /// Converts a scalar, adding the value's path and position to a failure.
  func convert<Value>(
    _ node: JSONNode, at path: @autoclosure () -> CodingPathNode,
    _ conversion: (JSONNode) throws(ConversionFailure) -> Value
  ) throws(StrictJSONError) -> Value {
    do {
      return try conversion(node)
    } catch {
      throw StrictJSONError(error.reason, path: path().jsonPath, position: node.position)
    }
  }

  func mismatch(expected: String, node: JSONNode, path: CodingPathNode) -> StrictJSONError {
    StrictJSONError(
      .typeMismatch(expected: expected, found: node.value.kindDescription), path: path.jsonPath,
      position: node.position)
  }

  /// A decoder for `super` values: its own node and path, the same session, so the objects
  /// it opens are checked when the enclosing value finishes.
  func makeSuperDecoder(node: JSONNode, path: CodingPathNode) -> NodeDecoder {
    NodeDecoder(session: session, node: node, path: path)
  }
}
