/// A JSON Schema (draft 2020-12) of the subset strict files need: objects with
/// `additionalProperties: false`, arrays, strings with a pattern or a fixed set of values,
/// numbers, integers, booleans, and references to named definitions.
///
/// Schemas are not written by hand here: ``JSONSchemaDerivation`` derives them from what a
/// `Decodable` type asks the decoder for, so the schema editors check against and the strict
/// reader cannot drift apart.
public indirect enum JSONSchema: Sendable, Equatable {
  /// `example` is written as `examples`, for editors and for building valid instances.
  case string(
    pattern: String? = nil, format: String? = nil, example: String? = nil,
    description: String? = nil)
  case enumeration([String], description: String? = nil)
  case number(minimum: Double? = nil, description: String? = nil)
  case integer(description: String? = nil)
  case boolean(description: String? = nil)
  case array(items: JSONSchema, description: String? = nil)
  /// A map from any key to values of one kind (`[String: T]`).
  case map(values: JSONSchema, description: String? = nil)
  case object(JSONSchemaObject)
  /// `#/$defs/<name>`, with the description of the place that refers to it.
  case reference(String, description: String? = nil)

  /// The same schema with the description of the place it is used.
  public func describing(_ text: String?) -> JSONSchema {
    guard let text else { return self }
    switch self {
    case .string(let pattern, let format, let example, _):
      return .string(pattern: pattern, format: format, example: example, description: text)
    case .enumeration(let values, _): return .enumeration(values, description: text)
    case .number(let minimum, _): return .number(minimum: minimum, description: text)
    case .integer: return .integer(description: text)
    case .boolean: return .boolean(description: text)
    case .array(let items, _): return .array(items: items, description: text)
    case .map(let values, _): return .map(values: values, description: text)
    case .object(var object):
      object.description = text
      return .object(object)
    case .reference(let name, _): return .reference(name, description: text)
    }
  }
}

/// An object schema: its properties in the order the type reads them.
public struct JSONSchemaObject: Sendable, Equatable {
  public struct Property: Sendable, Equatable {
    public var name: String
    public var schema: JSONSchema
    public var isRequired: Bool

    public init(name: String, schema: JSONSchema, isRequired: Bool) {
      self.name = name
      self.schema = schema
      self.isRequired = isRequired
    }
  }

  public var description: String?
  public var properties: [Property]

  public init(description: String? = nil, properties: [Property] = []) {
    self.description = description
    self.properties = properties
  }

  public var required: [String] { properties.filter(\.isRequired).map(\.name) }
}

/// A whole schema document: the root object and the named definitions it refers to.
public struct JSONSchemaDocument: Sendable, Equatable {
  public var id: String
  public var title: String
  public var root: JSONSchemaObject
  /// Definitions by name, in the order they were first met.
  public var definitions: [(name: String, schema: JSONSchema)]

  public init(
    id: String, title: String, root: JSONSchemaObject,
    definitions: [(name: String, schema: JSONSchema)]
  ) {
    self.id = id
    self.title = title
    self.root = root
    self.definitions = definitions
  }

  public static func == (lhs: JSONSchemaDocument, rhs: JSONSchemaDocument) -> Bool {
    lhs.id == rhs.id && lhs.title == rhs.title && lhs.root == rhs.root
      && lhs.definitions.map(\.name) == rhs.definitions.map(\.name)
      && lhs.definitions.map(\.schema) == rhs.definitions.map(\.schema)
  }

  /// The definition a reference names, if any.
  public func definition(_ name: String) -> JSONSchema? {
    definitions.first { $0.name == name }?.schema
  }
}

/// A type read from one JSON scalar with rules of its own (a date, an amount): it states its
/// schema and a valid example, since a derivation cannot guess either from the decoding code.
public protocol JSONSchemaScalar: Decodable {
  static var jsonSchema: JSONSchema { get }
  static var jsonSchemaExample: Self { get }
}

/// A string-valued enumeration: its schema lists every raw value.
public protocol JSONSchemaEnumeration: Decodable, CaseIterable, RawRepresentable
where RawValue == String {}

extension JSONSchemaEnumeration {
  static var jsonSchemaValues: [String] { allCases.map(\.rawValue) }
  static var jsonSchemaExample: Self? { allCases.first }
}
