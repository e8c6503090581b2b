import Foundation
import Testing

@testable import StrictJSON

private enum Kleur: String, Codable, CaseIterable, JSONSchemaEnumeration { case rood, groen }

private struct Stempel: Codable, JSONSchemaScalar {
  var code: String
  init(code: String) { self.code = code }
  init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard text.hasPrefix("S-") else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "expected S-…"))
    }
    code = text
  }
  static let jsonSchema = JSONSchema.string(pattern: "^S-[0-9]+$", example: "S-1")
  static let jsonSchemaExample = Stempel(code: "S-1")
}

private struct Regel: Codable {
  var tekst: String
  var aantal: Int?
}

private struct Formulier: Codable {
  var naam: String
  var kleur: Kleur?
  var stempel: Stempel?
  var regels: [Regel]
  var extra: [String: Double]?
  var vlag: Bool?
}

private struct Lus: Codable { var volgende: [Lus]? }

private let beschrijvingen = [
  "Formulier": "Een formulier.", "Formulier.naam": "Naam.", "Formulier.kleur": "Kleur.",
  "Formulier.stempel": "Stempel.", "Formulier.regels": "Regels.", "Formulier.extra": "Extra.",
  "Formulier.vlag": "Vlag.", "Regel": "Een regel.", "Regel.tekst": "Tekst.",
  "Regel.aantal": "Aantal.",
]

@Suite("JSON Schema derived from Decodable types")
struct JSONSchemaTests {
  func document(_ descriptions: [String: String] = beschrijvingen) throws -> JSONSchemaDocument {
    try JSONSchemaDerivation(descriptions: descriptions).document(
      for: Formulier.self, id: "formulier.schema.json", title: "Formulier")
  }

  @Test func requiredKeysAreThoseDecodedWithoutIfPresent() throws {
    let schema = try document()
    #expect(
      schema.root.properties.map(\.name) == ["naam", "kleur", "stempel", "regels", "extra", "vlag"])
    #expect(schema.root.required == ["naam", "regels"])
    guard case .object(let regel)? = schema.definition("Regel") else {
      Issue.record("Regel is not defined as an object")
      return
    }
    #expect(regel.required == ["tekst"])
    #expect(
      regel.properties.map(\.schema) == [
        .string(description: "Tekst."), .integer(description: "Aantal."),
      ])
  }

  @Test func enumerationsScalarsArraysAndMapsKeepTheirShape() throws {
    let properties = try document().root.properties
    #expect(properties[1].schema == .enumeration(["rood", "groen"], description: "Kleur."))
    #expect(
      properties[2].schema
        == .string(pattern: "^S-[0-9]+$", example: "S-1", description: "Stempel."))
    #expect(properties[3].schema == .array(items: .reference("Regel"), description: "Regels."))
    #expect(properties[4].schema == .map(values: .number(), description: "Extra."))
  }

  @Test func missingAndUnusedDescriptionsAreNamed() throws {
    var descriptions = beschrijvingen
    descriptions["Regel.aantal"] = nil
    descriptions["Regel.oud"] = "Vervallen."
    let gaps = try JSONSchemaDerivation(descriptions: descriptions).descriptionGaps(
      for: Formulier.self)
    #expect(gaps.missing == ["Regel.aantal"])
    #expect(gaps.unused == ["Regel.oud"])
  }

  @Test func aRecursiveTypeIsRefusedWithItsPath() {
    #expect(throws: JSONSchemaDerivationError.self) {
      try JSONSchemaDerivation(descriptions: [:]).document(for: Lus.self, id: "x", title: "x")
    }
  }

  @Test func theCompleteInstanceReadsStrictly() throws {
    let schema = try document()
    let instance = try schema.completeInstance()
    let formulier = try StrictJSONDecoder().decode(Formulier.self, from: instance)
    #expect(formulier.stempel?.code == "S-1")
    #expect(formulier.regels.count == 1)
    #expect(schema.violations(of: try JSONParser.parse(instance)) == [])
  }

  @Test func violationsNameThePathAndTheRule() throws {
    let schema = try document()
    let text =
      #"{"naam": 3, "kleur": "blauw", "stempel": "X", "regels": [{"tekst": "a", "tekts": "b"}]}"#
    let found = schema.violations(of: try JSONParser.parse(Data(text.utf8)))
    #expect(found.map(\.path) == ["$.naam", "$.kleur", "$.stempel", "$.regels[0].tekts"])
    #expect(found[0].message == "expected a string, found a number")
    #expect(found[3].message.contains("additionalProperties: false"))
    let missing = schema.violations(of: try JSONParser.parse(Data(#"{"naam": "a"}"#.utf8)))
    #expect(missing.map(\.message) == [#"required property "regels" is missing"#])
  }

  @Test func theTextIsDraft2020WithClosedObjects() throws {
    let text = String(decoding: try document().jsonText(), as: UTF8.self)
    #expect(
      text.hasPrefix(
        "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"formulier.schema.json\""
      ))
    #expect(text.components(separatedBy: "\"additionalProperties\": false").count - 1 == 2)
    #expect(text.contains("\"$ref\": \"#/$defs/Regel\""))
    #expect(try document().jsonText() == document().jsonText())
  }
}

@Suite("A file may name its schema")
struct SchemaKeyTests {
  private struct Doc: Decodable { var a: Int }

  @Test func aTopLevelSchemaStringIsAcceptedAndIgnored() throws {
    let doc = try StrictJSONDecoder().decode(
      Doc.self, from: Data(#"{"$schema": "x.json", "a": 1}"#.utf8))
    #expect(doc.a == 1)
  }

  @Test func aSchemaKeyThatIsNoStringIsRefusedWithItsPath() {
    #expect {
      try StrictJSONDecoder().decode(Doc.self, from: Data(#"{"$schema": 1, "a": 1}"#.utf8))
    } throws: { error in
      (error as? StrictJSONError)?.description
        == #"1:13: $["$schema"]: expected a string, found a number"#
    }
  }

  @Test func belowTheTopItIsAnUnknownKey() {
    struct Outer: Decodable { var doc: Doc }
    #expect(throws: StrictJSONError.self) {
      try StrictJSONDecoder().decode(
        Outer.self, from: Data(#"{"doc": {"$schema": "x", "a": 1}}"#.utf8))
    }
  }
}
