/// Where the decoder is, as a linked list from the current value up to the root.
///
/// Decoding only ever prepends one step per nested container, so the common, error-free path
/// costs one small allocation per container; the `[CodingKey]` array and the `$.a[0].b` string
/// are built only when someone asks, which is when an error is being reported.
indirect enum CodingPathNode {
  case root
  case key(any CodingKey, parent: CodingPathNode)
  case index(Int, parent: CodingPathNode)

  func appending(key: any CodingKey) -> CodingPathNode { .key(key, parent: self) }
  func appending(key: String) -> CodingPathNode { .key(NameKey(key), parent: self) }
  func appending(_ index: Int) -> CodingPathNode { .index(index, parent: self) }

  /// The path as `Decoder.codingPath` reports it.
  var codingPath: [any CodingKey] {
    var keys: [any CodingKey] = []
    var node = self
    while true {
      switch node {
      case .root: return keys.reversed()
      case .key(let key, let parent):
        keys.append(key)
        node = parent
      case .index(let index, let parent):
        keys.append(IndexKey(index))
        node = parent
      }
    }
  }

  /// The path as a casemanager reads it: `$`, `$.werknemer.bsn`, `$.periodes[1]`.
  var jsonPath: String {
    var steps: [String] = []
    var node = self
    while true {
      switch node {
      case .root: return "$" + steps.reversed().joined()
      case .key(let key, let parent):
        steps.append(JSONPathText.step(forKey: key.stringValue))
        node = parent
      case .index(let index, let parent):
        steps.append("[\(index)]")
        node = parent
      }
    }
  }
}

/// Formatting of single JSONPath steps.
enum JSONPathText {
  /// `.name` for identifier-like keys, `["odd key"]` for the rest, so a path stays unambiguous.
  static func step(forKey key: String) -> String {
    let isIdentifier =
      key.utf8.first.map { !isDigit($0) } ?? false
      && key.utf8.allSatisfy { isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "_") }
    if isIdentifier { return "." + key }
    var escaped = ""
    for scalar in key.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return "[\"" + escaped + "\"]"
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }
}

/// A coding key for a JSON object key that has no `CodingKey` type of its own.
struct NameKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ name: String) { stringValue = name }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// The coding key of an array element, as Foundation's JSONDecoder reports it.
struct IndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { "Index \(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init(intValue: Int) { self.intValue = intValue }
}
