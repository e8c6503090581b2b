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
private final class ValueBox {
  enum Content {
    case value(TemplateValue)
    case object([(String, ValueBox)])
    case list([ValueBox])
  }

  var content: Content = .value(.null)

  var value: TemplateValue {
    switch content {
    case .value(let value): value
    case .object(let members): .object(TemplateObject(members.map { ($0.0, $0.1.value) }))
    case .list(let items): .list(items.map(\.value))
    }
  }

  func member(_ key: String) -> ValueBox {
    var members: [(String, ValueBox)] = []
    if case .object(let existing) = content { members = existing }
    if let found = members.first(where: { $0.0 == key }) { return found.1 }
    let box = ValueBox()
    members.append((key, box))
    content = .object(members)
    return box
  }

  func appendItem() -> ValueBox {
    var items: [ValueBox] = []
    if case .list(let existing) = content { items = existing }
    let box = ValueBox()
    items.append(box)
    content = .list(items)
    return box
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
    if case .object = storage.content {} else { storage.content = .object([]) }
    return KeyedEncodingContainer(KeyedContainer<Key>(codingPath: codingPath, storage: storage))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .list = storage.content {} else { storage.content = .list([]) }
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
  var count: Int {
    if case .list(let items) = storage.content { return items.count }
    return 0
  }

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
