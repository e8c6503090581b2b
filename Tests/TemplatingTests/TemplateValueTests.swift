import Foundation
import Testing

@testable import Templating

@Suite("The value model")
struct TemplateValueTests {
  struct Werknemer: Encodable {
    var naam: String
    var uren: Int
    var einddatum: String?
    var partTime: Double
    var rollen: [String]
  }

  @Test("an Encodable struct becomes an object in declaration order, nil as null")
  func encodable() throws {
    let value = try TemplateValue(
      encoding: Werknemer(naam: "R. Smit", uren: 32, einddatum: nil, partTime: 0.8, rollen: ["a"]))
    guard case .object(let object) = value else {
      Issue.record("expected an object")
      return
    }
    #expect(object.keys == ["naam", "uren", "einddatum", "partTime", "rollen"])
    #expect(object["einddatum"] == .null)
    #expect(object["partTime"] == .number(TemplateNumber(text: "0.8")))
    #expect(object["rollen"] == ["a"])
  }

  @Test("a declared optional that is nil guards a section in strict mode")
  func optionalGuard() throws {
    let value = try TemplateValue(
      encoding: Werknemer(naam: "R. Smit", uren: 32, einddatum: nil, partTime: 1, rollen: []))
    let template = try Template(
      "{{naam}}{{#einddatum}} tot {{.}}{{/einddatum}}{{^rollen}}, geen rollen{{/rollen}}",
      name: "x.txt.mustache")
    #expect(try template.render(value, options: .strict) == "R. Smit, geen rollen")
  }

  @Test("JSON decodes into the value model with numbers as written")
  func json() throws {
    let data = Data(#"{"a": 1.21, "b": [true, null, "x"], "c": {"d": 10}}"#.utf8)
    let value = try JSONDecoder().decode(TemplateValue.self, from: data)
    #expect(value == ["a": 1.21, "b": [true, nil, "x"], "c": ["d": 10]])
  }

  @Test("large objects look up members through their index")
  func largeObject() {
    var object = TemplateObject()
    for index in 0..<40 { object["k\(index)"] = .number(TemplateNumber(index)) }
    #expect(object["k33"] == .number(TemplateNumber(33)))
    object["k33"] = nil
    #expect(object["k33"] == nil)
    #expect(object["k34"] == .number(TemplateNumber(34)))
    #expect(object.count == 39)
  }
}

@Suite("Template references")
struct TemplateReferenceTests {
  /// Encodes the same key twice and many keys, as a hand-written `encode(to:)` may.
  struct ManyKeys: Encodable {
    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      for index in 0..<40 { try container.encode(index, forKey: Key(stringValue: "k\(index)")) }
      // A repeated key replaces its value in place, before and after the index is built.
      try container.encode("drie", forKey: Key(stringValue: "k3"))
      try container.encode("dertig", forKey: Key(stringValue: "k30"))
      var nested = container.nestedUnkeyedContainer(forKey: Key(stringValue: "lijst"))
      for index in 0..<1000 { try nested.encode(index) }
    }
  }

  @Test("encoding keeps one member per key in first-seen order, and every list item")
  func encodingManyMembersAndItems() throws {
    guard case .object(let object) = try TemplateValue(encoding: ManyKeys()) else {
      Issue.record("not an object")
      return
    }
    #expect(object.keys == (0..<40).map { "k\($0)" } + ["lijst"])
    #expect(object["k3"] == "drie")
    #expect(object["k30"] == "dertig")
    #expect(object["k39"] == 39)
    #expect(object["lijst"] == .list((0..<1000).map { .number(TemplateNumber($0)) }))
  }

  @Test("references list names with their kind, enclosing sections and location")
  func references() throws {
    let template = try Template(
      """
      {{werkgever.naam}}
      {{#activiteiten}}
        {{omschrijving}} {{{toelichting}}}
      {{/activiteiten}}
      {{> voettekst}}
      """, name: "x.mustache")
    let summary = template.references.map {
      "\($0.kind.rawValue) \($0.name) [\($0.sections.joined(separator: ","))] \($0.line):\($0.column)"
    }
    #expect(
      summary == [
        "variable werkgever.naam [] 1:1",
        "section activiteiten [] 2:1",
        "variable omschrijving [activiteiten] 3:3",
        "rawVariable toelichting [activiteiten] 3:20",
        "partial voettekst [] 5:1",
      ])
  }
}

@Suite("Checking a template against a model")
struct TemplateCheckTests {
  private let model: TemplateValue = [
    "werknemer": ["naam": "x", "functie": "x"],
    "activiteiten": [["omschrijving": "x", "afgerond": true]],
    "spoor2": ["reden": "x"],
  ]

  @Test("every unresolved name is reported with its place and a suggestion, in partials too")
  func reportsEveryName() throws {
    let partials = try TemplateSet(sources: ["voet.md.mustache": "{{werknemer.funtie}}"])
    let template = try Template(
      """
      {{werknemer.naam}} {{werknemr.naam}}
      {{#activiteiten}}{{omschrijving}}{{#afgerond}}{{omschrjving}}{{/afgerond}}{{/activiteiten}}
      {{^spoor2}}{{redn}}{{/spoor2}}
      {{> voet}}{{> kop}}
      """, name: "pva.md.mustache")
    let found = template.check(against: model, partials: partials).map(\.oneLine)
    #expect(
      found == [
        #"pva.md.mustache:1:20: no value named "werknemr" in scope; did you mean "werknemer"?"#,
        #"pva.md.mustache:2:47: no value named "omschrjving" in scope; did you mean "omschrijving"?"#,
        #"pva.md.mustache:3:12: no value named "redn" in scope"#,
        #"voet.md.mustache:1:1: no value named "werknemer.funtie" in scope; did you mean "werknemer.functie"?"#,
        #"pva.md.mustache:4:11: no template named "kop" in the template root"#,
      ])
  }

  @Test("a template that only uses the model's names has nothing to report")
  func clean() throws {
    let template = try Template(
      "{{#spoor2}}{{reden}} {{werknemer.naam}}{{/spoor2}}", name: "x.md.mustache")
    #expect(template.check(against: model).isEmpty)
  }
}
