extension TemplateValue: Decodable {
  /// Decodes any JSON-shaped data: objects, arrays, strings, numbers, booleans and null.
  public init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
      var object = TemplateObject()
      for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
        object[key.stringValue] = try container.decode(TemplateValue.self, forKey: key)
      }
      self = .object(object)
    } else if var container = try? decoder.unkeyedContainer() {
      var items: [TemplateValue] = []
      while !container.isAtEnd { items.append(try container.decode(TemplateValue.self)) }
      self = .list(items)
    } else {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let value = try? container.decode(Bool.self) {
        self = .bool(value)
      } else if let value = try? container.decode(Int64.self) {
        self = .number(TemplateNumber(value))
      } else if let value = try? container.decode(Double.self) {
        self = .number(TemplateNumber(value))
      } else {
        self = .string(try container.decode(String.self))
      }
    }
  }
}

/// A coding key for any string or index, used by the value model's coders.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
  }

  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}
