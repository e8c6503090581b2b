public import StrictJSON

extension TemplateValue {
  /// A parsed JSON document as template data, members in the order the file gives them.
  ///
  /// Numbers render as JSON data is expected to: integers as written, others in the shortest
  /// form of their double (`1.210` renders `1.21`), as the Mustache specification's tests do.
  public init(json node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .string(let value): self = .string(value)
    case .number(let literal):
      if let integer = Int64(literal) {
        self = .number(TemplateNumber(integer))
      } else if let double = Double(literal) {
        self = .number(TemplateNumber(double))
      } else {
        self = .number(TemplateNumber(text: literal))
      }
    case .array(let items): self = .list(items.map(TemplateValue.init(json:)))
    case .object(let members):
      var object = TemplateObject()
      for member in members { object[member.key] = TemplateValue(json: member.value) }
      self = .object(object)
    }
  }
}
