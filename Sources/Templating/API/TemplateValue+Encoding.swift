extension TemplateValue {
  /// Turns any `Encodable` into a value directly, without JSON text in between.
  ///
  /// A `nil` optional becomes `.null` rather than a missing key, so that strict mode treats a
  /// declared optional as present and falsy, as `{{#x}}…{{/x}}` guards expect.
  ///
  /// - Throws: `EncodingError` when the value's own `encode(to:)` throws.
  public init(encoding value: some Encodable) throws {
    let encoder = ValueEncoder(codingPath: [])
    try value.encode(to: encoder)
    self = encoder.storage.value
  }
}

/// Mutable storage the containers of one encoding share; resolved into a value at the end.
///
/// Members and items live in reference types that are mutated in place, so that encoding a
/// list of n items or an object of n members takes time linear in n (an array held inside an
/// enum payload would be copied on every append).
private final class ValueBox {
  enum Content {
    case value(TemplateValue)
    case object(Members)
    case list(Items)
  }

  /// An object's members in encoding order; found by key through an index once there are
  /// more than a few (the synthesized `encode(to:)` asks for each key once, so a linear
  /// search would make large objects, such as encoded dictionaries, quadratic).
  final class Members {
    var keys: [String] = []
    var boxes: [ValueBox] = []
    var positions: [String: Int]?

    func box(for key: String) -> ValueBox {
      if let position = positions?[key] ?? (positions == nil ? keys.firstIndex(of: key) : nil) {
        return boxes[position]
      }
      let box = ValueBox()
      keys.append(key)
      boxes.append(box)
      if positions != nil {
        positions?[key] = keys.count - 1
      } else if keys.count > 16 {
        positions = Dictionary(zip(keys, keys.indices), uniquingKeysWith: { first, _ in first })
      }
      return box
    }
  }

  final class Items {
    var boxes: [ValueBox] = []
  }

  var content: Content = .value(.null)

  var value: TemplateValue {
    switch content {
    case .value(let value): value
    case .object(let members):
      .object(TemplateObject(zip(members.keys, members.boxes.lazy.map(\.value)).map { ($0, $1) }))
    case .list(let items): .list(items.boxes.map(\.value))
    }
  }

  func member(_ key: String) -> ValueBox {
    if case .object(let members) = content { return members.box(for: key) }
    let members = Members()
    content = .object(members)
    return members.box(for: key)
  }

  func appendItem() -> ValueBox {
    let box = ValueBox()
    if case .list(let items) = content {
      items.boxes.append(box)
    } else {
      let items = Items()
      items.boxes.append(box)
      content = .list(items)
    }
    return box
  }

  var itemCount: Int {
    if case .list(let items) = content { return items.boxes.count }
    return 0
  }
}

private struct ValueEncoder: Encoder {
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  let storage: ValueBox

  init(codingPath: [any CodingKey], storage: ValueBox = ValueBox()) {
    self.codingPath = codingPath
    self.storage = storage
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = storage.content {} else { storage.content = .object(ValueBox.Members()) }
    return KeyedEncodingContainer(KeyedContainer<Key>(codingPath: codingPath, storage: storage))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .list = storage.content {} else { storage.content = .list(ValueBox.Items()) }
    return UnkeyedContainer(codingPath: codingPath, storage: storage)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(codingPath: codingPath, storage: storage)
  }
}

/// Encodes one value into a box: primitives directly, everything else through its `encode(to:)`.
private func encode(_ value: some Encodable, into box: ValueBox, codingPath: [any CodingKey])
  throws
{
  switch value {
  case let string as String: box.content = .value(.string(string))
  case let bool as Bool: box.content = .value(.bool(bool))
  case let int as Int: box.content = .value(.number(TemplateNumber(int)))
  case let double as Double: box.content = .value(.number(TemplateNumber(double)))
  default: try value.encode(to: ValueEncoder(codingPath: codingPath, storage: box))
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  var codingPath: [any CodingKey]
  let storage: ValueBox

  mutating func encodeNil(forKey key: Key) throws {
    storage.member(key.stringValue).content = .value(.null)
  }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    try Templating.encode(
      value, into: storage.member(key.stringValue), codingPath: codingPath + [key])
  }

  // The synthesized `encode(to:)` calls these for optionals; the defaults would drop the key.
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    try encodeOptional(value, key)
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    try encodeOptional(value, key)
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    try encodeOptional(value, key)
  }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
    try encodeOptional(value, key)
  }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
    try encodeOptional(value, key)
  }
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    try encodeOptional(value, key)
  }

  private mutating func encodeOptional(_ value: (some Encodable)?, _ key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    ValueEncoder(codingPath: codingPath + [key], storage: storage.member(key.stringValue))
      .container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    ValueEncoder(codingPath: codingPath + [key], storage: storage.member(key.stringValue))
      .unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    ValueEncoder(codingPath: codingPath, storage: storage.member("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    ValueEncoder(codingPath: codingPath + [key], storage: storage.member(key.stringValue))
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  var codingPath: [any CodingKey]
  let storage: ValueBox
  var count: Int { storage.itemCount }

  mutating func encodeNil() throws { storage.appendItem().content = .value(.null) }

  mutating func encode(_ value: some Encodable) throws {
    let key = AnyCodingKey(intValue: count)
    try Templating.encode(value, into: storage.appendItem(), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    ValueEncoder(codingPath: codingPath, storage: storage.appendItem()).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    ValueEncoder(codingPath: codingPath, storage: storage.appendItem()).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    ValueEncoder(codingPath: codingPath, storage: storage.appendItem())
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  var codingPath: [any CodingKey]
  let storage: ValueBox

  mutating func encodeNil() throws { storage.content = .value(.null) }
  mutating func encode(_ value: some Encodable) throws {
    try Templating.encode(value, into: storage, codingPath: codingPath)
  }
}
