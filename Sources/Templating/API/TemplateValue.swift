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
///
/// One reference to shared storage (copy on write), so that passing an object around the
/// renderer costs one retain rather than one per stored array.
public struct TemplateObject: Sendable, Equatable {
  private final class Storage: @unchecked Sendable {
    // Mutated only through `TemplateObject`'s copy-on-write setters, never once shared.
    var keys: [String] = []
    var values: [TemplateValue] = []
    /// Built only for larger objects; small ones are searched linearly, which is faster.
    var index: [String: Int]?

    func copy() -> Storage {
      let copy = Storage()
      copy.keys = keys
      copy.values = values
      copy.index = index
      return copy
    }
  }

  private var storage = Storage()

  public init() {}

  public init(_ members: [(String, TemplateValue)]) {
    for (key, value) in members { self[key] = value }
  }

  public var keys: [String] { storage.keys }
  public var values: [TemplateValue] { storage.values }
  public var count: Int { storage.keys.count }

  public subscript(key: String) -> TemplateValue? {
    get {
      let storage = storage
      if let index = storage.index { return index[key].map { storage.values[$0] } }
      var position = 0
      let keys = storage.keys
      while position < keys.count {
        if keys[position] == key { return storage.values[position] }
        position += 1
      }
      return nil
    }
    set {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
      let storage = storage
      if let position = storage.index?[key] ?? storage.keys.firstIndex(of: key) {
        if let newValue {
          storage.values[position] = newValue
        } else {
          storage.keys.remove(at: position)
          storage.values.remove(at: position)
          if storage.index != nil {
            storage.index = Dictionary(
              uniqueKeysWithValues: zip(storage.keys, storage.keys.indices))
          }
        }
        return
      }
      guard let newValue else { return }
      storage.keys.append(key)
      storage.values.append(newValue)
      if storage.index != nil {
        storage.index?[key] = storage.keys.count - 1
      } else if storage.keys.count > 12 {
        storage.index = Dictionary(uniqueKeysWithValues: zip(storage.keys, storage.keys.indices))
      }
    }
  }

  public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
    lhs.storage === rhs.storage || (lhs.keys == rhs.keys && lhs.values == rhs.values)
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
