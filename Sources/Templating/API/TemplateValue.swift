/// The data a template renders: a closed value model, so the renderer switches exhaustively
/// and strict mode can say exactly what was missing.
///
/// Build one from any `Encodable` with ``init(encoding:)`` (no JSON text in between), from
/// JSON with `Decodable`, or by hand with literals:
///
/// ```swift
/// let data: TemplateValue = ["werknemer": ["naam": "J. Jansen"], "spoor2": false]
/// ```
public enum TemplateValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(TemplateNumber)
  case string(String)
  case list([TemplateValue])
  case object(TemplateObject)

  /// Mustache truthiness: `false`, null, an empty list and (an extension) an empty string
  /// skip a section; everything else, `0` included, renders it.
  public var isTruthy: Bool {
    switch self {
    case .null: false
    case .bool(let value): value
    case .number: true
    case .string(let value): !value.isEmpty
    case .list(let items): !items.isEmpty
    case .object: true
    }
  }
}

/// A number as it renders: its canonical decimal text (`1.21`, `85`), computed once.
public struct TemplateNumber: Sendable, Hashable, CustomStringConvertible {
  public let description: String

  /// A number from its decimal text, such as a JSON literal; the text renders as given.
  public init(text: String) {
    self.description = text
  }

  public init<Integer: BinaryInteger>(_ value: Integer) {
    self.description = String(value)
  }

  /// Integral doubles render without a fraction (`85`, not `85.0`); others in the shortest
  /// form that reads back to the same double (`1.21`, not `1.2100000000000002`).
  public init(_ value: Double) {
    if value.isFinite, abs(value) < 1e15, Double(Int64(value)) == value {
      self.description = String(Int64(value))
    } else {
      self.description = "\(value)"
    }
  }
}

/// An object's members in their order, with fast lookup by name.
public struct TemplateObject: Sendable, Equatable {
  public private(set) var keys: [String]
  public private(set) var values: [TemplateValue]
  /// Built only for larger objects; small ones are searched linearly, which is faster.
  private var index: [String: Int]?

  public init() {
    keys = []
    values = []
  }

  public init(_ members: [(String, TemplateValue)]) {
    self.init()
    for (key, value) in members { self[key] = value }
  }

  public subscript(key: String) -> TemplateValue? {
    get {
      if let index { return index[key].map { values[$0] } }
      for position in keys.indices where keys[position] == key { return values[position] }
      return nil
    }
    set {
      if let position = position(of: key) {
        if let newValue { values[position] = newValue } else { remove(at: position) }
        return
      }
      guard let newValue else { return }
      keys.append(key)
      values.append(newValue)
      if index != nil {
        index?[key] = keys.count - 1
      } else if keys.count > 12 {
        index = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
      }
    }
  }

  public var count: Int { keys.count }

  private func position(of key: String) -> Int? {
    if let index { return index[key] }
    return keys.firstIndex(of: key)
  }

  private mutating func remove(at position: Int) {
    keys.remove(at: position)
    values.remove(at: position)
    if index != nil { index = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices)) }
  }

  public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
    lhs.keys == rhs.keys && lhs.values == rhs.values
  }
}

extension TemplateValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .number(TemplateNumber(value)) }
  public init(floatLiteral value: Double) { self = .number(TemplateNumber(value)) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
  public init(dictionaryLiteral elements: (String, TemplateValue)...) {
    self = .object(TemplateObject(elements))
  }
}
