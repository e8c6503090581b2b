/// State shared by every decoder and container of one `decode` call: the document root for
/// locating errors, and the key trackers of the objects currently being decoded.
final class DecodingSession {
  let root: JSONNode
  let tracksUnknownKeys: Bool
  /// Trackers of objects whose decoding has not finished, innermost last. Each nested
  /// decode remembers the count on entry and checks and drops what was added above it.
  /// Unchecked exclusivity: a session is used by one thread, one call at a time, and the
  /// dynamic check costs a few percent of decoding time on every key lookup.
  @exclusivity(unchecked) private(set) var trackers: [KeyTracker] = []

  init(root: JSONNode, tracksUnknownKeys: Bool) {
    self.root = root
    self.tracksUnknownKeys = tracksUnknownKeys
  }

  /// The tracker for an object, shared by every container opened on it (a subclass and its
  /// superclass, or two `nestedContainer` calls for the same key ask into the same set).
  func tracker(for members: [JSONMember], at path: CodingPathNode) -> Int? {
    guard tracksUnknownKeys else { return nil }
    let identity = KeyTracker.identity(of: members)
    if identity != nil, let existing = trackers.lastIndex(where: { $0.identity == identity }) {
      return existing
    }
    trackers.append(KeyTracker(members: members, path: path))
    return trackers.count - 1
  }

  /// Records a lookup. The index is checked because a container kept past its decode (which
  /// nothing should do) must not touch another object's tracker.
  func recordLookup(
    tracker: Int?, identity: UnsafeRawPointer?, of key: String, found member: Int?
  ) {
    guard let tracker, trackers.indices.contains(tracker), trackers[tracker].identity == identity
    else { return }
    if let member {
      trackers[tracker].markAsked(member: member)
    } else {
      trackers[tracker].markAbsentAsked(key)
    }
  }

  func recordAllKeysRead(tracker: Int?) {
    guard let tracker, trackers.indices.contains(tracker) else { return }
    trackers[tracker].readsAllKeys = true
  }

  /// Mark for `discardTrackers(above:)` and `checkUnknownKeys(above:)`.
  var trackerCount: Int { trackers.count }

  func discardTrackers(above base: Int) {
    if trackers.count > base { trackers.removeSubrange(base...) }
  }

  /// Throws for the first key nobody asked for in an object opened since `base`.
  func checkUnknownKeys(above base: Int) throws(StrictJSONError) {
    guard trackers.count > base else { return }
    for tracker in trackers[base...] {
      guard let unasked = tracker.firstUnasked else { continue }
      let member = tracker.members[unasked]
      let suggestion = NameSuggestion.closest(to: member.key, among: tracker.askedKeys)
      throw StrictJSONError(
        .unknownKey(member.key, suggestion: suggestion),
        path: tracker.path.appending(key: member.key).jsonPath, position: member.keyPosition)
    }
  }

  /// When a required key is missing and the object has a key nobody asked for that is close
  /// to it, that key is almost surely the misspelling: report it, with the fix.
  ///
  /// Keys the container's `CodingKey` type accepts are left out, since the type will ask for
  /// them later (`datum2` is no typo of a missing `datum1` if the type declares both).
  func misspelling(
    of missingKey: String, tracker: Int?, isDeclaredKey: (String) -> Bool
  ) -> StrictJSONError? {
    guard let tracker, trackers.indices.contains(tracker) else { return nil }
    let candidates = trackers[tracker].members.indices.filter {
      !trackers[tracker].isAsked(member: $0) && !isDeclaredKey(trackers[tracker].members[$0].key)
    }
    let names = candidates.map { trackers[tracker].members[$0].key }
    guard let typo = NameSuggestion.closest(to: missingKey, among: names),
      let member = trackers[tracker].members.first(where: { $0.key == typo })
    else { return nil }
    return StrictJSONError(
      .unknownKey(typo, suggestion: missingKey),
      path: trackers[tracker].path.appending(key: typo).jsonPath, position: member.keyPosition)
  }
}

// MARK: - Errors thrown by decoded types

extension DecodingSession {
  /// Turns a `DecodingError` a type threw into a located error, keeping the type's words.
  /// Its coding path is absolute (ours), so the node is found by walking from the root.
  func locate(_ error: DecodingError) -> StrictJSONError {
    let reason: StrictJSONError.Reason
    let codingPath: [any CodingKey]
    switch error {
    case .dataCorrupted(let context):
      reason = .invalidValue(context.debugDescription)
      codingPath = context.codingPath
    case .keyNotFound(let key, let context):
      reason = .missingKey(key.stringValue)
      codingPath = context.codingPath
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let text = context.debugDescription
      reason = .invalidValue(text.isEmpty ? "expected a value of type \(type)" : text)
      codingPath = context.codingPath
    @unknown default:
      reason = .invalidValue(String(describing: error))
      codingPath = []
    }
    let (path, node) = locate(codingPath)
    return StrictJSONError(reason, path: path, position: node.position)
  }

  /// The JSON path and deepest existing node along a coding path.
  func locate(_ codingPath: [any CodingKey]) -> (path: String, node: JSONNode) {
    var node = root
    var path = "$"
    var isFound = true
    for key in codingPath {
      if isFound {
        switch node.value {
        case .object(let members):
          if let member = members.first(where: { $0.key == key.stringValue }) {
            node = member.value
            path += JSONPathText.step(forKey: key.stringValue)
            continue
          }
        case .array(let elements):
          if let index = key.intValue, elements.indices.contains(index) {
            node = elements[index]
            path += "[\(index)]"
            continue
          }
        default: break
        }
        isFound = false
      }
      if let index = key.intValue, key is IndexKey {
        path += "[\(index)]"
      } else {
        path += JSONPathText.step(forKey: key.stringValue)
      }
    }
    return (path, node)
  }
}
