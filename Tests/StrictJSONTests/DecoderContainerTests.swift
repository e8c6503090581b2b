import Foundation
import StrictJSON
import Testing

/// Hand-written conformances that use the less common container calls.
@Suite("StrictJSONDecoder containers")
struct DecoderContainerTests {
  let decoder = StrictJSONDecoder()

  /// Flattens `{"naam": …, "adres": {"straat": …, "plaats": …}}` via a nested container.
  struct Werkgever: Decodable, Equatable {
    var naam: String
    var straat: String
    var plaats: String?

    enum CodingKeys: CodingKey { case naam, adres }
    enum AdresKeys: CodingKey { case straat, plaats }

    init(naam: String, straat: String, plaats: String?) {
      (self.naam, self.straat, self.plaats) = (naam, straat, plaats)
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      naam = try container.decode(String.self, forKey: .naam)
      let adres = try container.nestedContainer(keyedBy: AdresKeys.self, forKey: .adres)
      straat = try adres.decode(String.self, forKey: .straat)
      plaats = try adres.decodeIfPresent(String.self, forKey: .plaats)
    }
  }

  @Test("Nested keyed containers decode, and their unknown keys are refused")
  func nestedContainer() throws {
    let text = #"{"naam": "Bakkerij", "adres": {"straat": "Dorpsstraat 1"}}"#
    let werkgever = try decoder.decode(Werkgever.self, from: Data(text.utf8))
    #expect(werkgever == Werkgever(naam: "Bakkerij", straat: "Dorpsstraat 1", plaats: nil))
    let typo = #"{"naam": "B", "adres": {"straat": "D", "plaatss": "Ede"}}"#
    #expect(
      decodeError(Werkgever.self, typo)?.description
        == #"1:40: $.adres.plaatss: unknown key "plaatss"; did you mean "plaats"?"#)
    #expect(
      decodeError(Werkgever.self, #"{"naam": "B", "adres": []}"#)?.description
        == "1:24: $.adres: expected an object, found an array")
  }

  struct Regels: Decodable, Equatable {
    var namen: [String]
    enum CodingKeys: CodingKey { case namen }
    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      var list = try container.nestedUnkeyedContainer(forKey: .namen)
      var namen: [String] = []
      while !list.isAtEnd {
        if try list.decodeNil() { continue }
        namen.append(try list.decode(String.self))
      }
      self.namen = namen
    }
  }

  @Test("Nested unkeyed containers skip nulls with decodeNil and report element paths")
  func nestedUnkeyed() throws {
    let regels = try decoder.decode(Regels.self, from: Data(#"{"namen": ["a", null, "b"]}"#.utf8))
    #expect(regels.namen == ["a", "b"])
    #expect(
      decodeError(Regels.self, #"{"namen": ["a", null, 3]}"#)?.description
        == "1:23: $.namen[2]: expected a string, found a number")
  }

  class Basis: Decodable {
    var id: Int
    enum CodingKeys: CodingKey { case id }
    required init(from decoder: any Decoder) throws {
      id = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .id)
    }
  }

  final class Melding: Basis, @unchecked Sendable {
    var tekst: String
    enum MeldingKeys: CodingKey { case tekst }
    required init(from decoder: any Decoder) throws {
      tekst = try decoder.container(keyedBy: MeldingKeys.self).decode(String.self, forKey: .tekst)
      try super.init(from: decoder)
    }
  }

  @Test("A subclass and its superclass share one object's keys")
  func sharedDecoderInheritance() throws {
    let melding = try decoder.decode(Melding.self, from: Data(#"{"tekst": "t", "id": 7}"#.utf8))
    #expect((melding.id, melding.tekst) == (7, "t"))
    #expect(
      decodeError(Melding.self, #"{"tekst": "t", "id": 7, "idd": 8}"#)?.reason
        == .unknownKey("idd", suggestion: "id"))
  }

  final class Verzuimmelding: Basis, @unchecked Sendable {
    var dag: String
    enum MeldingKeys: CodingKey { case dag, basis }
    required init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: MeldingKeys.self)
      dag = try container.decode(String.self, forKey: .dag)
      try super.init(from: container.superDecoder(forKey: .basis))
    }
  }

  @Test("superDecoder(forKey:) decodes the superclass from its own object, checked for typos")
  func superDecoderForKey() throws {
    let melding = try decoder.decode(
      Verzuimmelding.self, from: Data(#"{"dag": "ma", "basis": {"id": 3}}"#.utf8))
    #expect((melding.id, melding.dag) == (3, "ma"))
    let wrongType = #"{"dag": "ma", "basis": {"id": "drie"}}"#
    #expect(
      decodeError(Verzuimmelding.self, wrongType)?.description
        == "1:31: $.basis.id: expected an integer, found a string")
    let typo = #"{"dag": "ma", "basis": {"id": 3, "ID": 4}}"#
    #expect(
      decodeError(Verzuimmelding.self, typo)?.description
        == #"1:34: $.basis.ID: unknown key "ID"; did you mean "id"?"#)
  }

  @Test("A custom init that reads allKeys vouches for every key")
  func allKeysMeansKnown() throws {
    struct Vrij: Decodable {
      var keys: [String]
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: NamedKey.self)
        keys = container.allKeys.map(\.stringValue)
      }
    }
    let vrij = try decoder.decode(Vrij.self, from: Data(#"{"b": 1, "a": {"x": 2}}"#.utf8))
    #expect(vrij.keys == ["b", "a"])
  }

  @Test("Key tracking covers objects with more than 64 members")
  func wideObject() throws {
    /// Asks for `k0`…`k69` except `k65`.
    struct Breed: Decodable {
      var sum = 0
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: NamedKey.self)
        for index in 0..<70 where index != 65 {
          sum += try container.decode(Int.self, forKey: NamedKey(stringValue: "k\(index)"))
        }
      }
    }
    let members = (0..<70).map { #""k\#($0)": 1"# }
    let text = "{" + members.joined(separator: ", ") + "}"
    // Any one-edit neighbour may be suggested; the key itself and its path are what count.
    let error = decodeError(Breed.self, text)
    #expect(error?.path == "$.k65")
    #expect(error?.message.hasPrefix(#"unknown key "k65""#) == true)
    let withoutK65 = "{" + members.filter { !$0.hasPrefix(#""k65""#) }.joined(separator: ", ") + "}"
    #expect(try decoder.decode(Breed.self, from: Data(withoutK65.utf8)).sum == 69)
  }

  @Test("contains counts as asking for a key")
  func containsAsks() throws {
    struct Vlag: Decodable {
      var isGezet: Bool
      enum CodingKeys: CodingKey { case vlag }
      init(from decoder: any Decoder) throws {
        isGezet = try decoder.container(keyedBy: CodingKeys.self).contains(.vlag)
      }
    }
    #expect(try decoder.decode(Vlag.self, from: Data(#"{"vlag": null}"#.utf8)).isGezet)
    #expect(
      decodeError(Vlag.self, #"{"vlg": 1}"#)?.reason == .unknownKey("vlg", suggestion: "vlag"))
  }

  @Test("An enum with associated values decodes and checks its payload's keys")
  func enumWithPayload() throws {
    enum Uitkomst: Decodable, Equatable {
      case hersteld(datum: String)
      case lopend
    }
    let values = try decoder.decode(
      [Uitkomst].self, from: Data(#"[{"hersteld": {"datum": "d"}}, {"lopend": {}}]"#.utf8))
    #expect(values == [.hersteld(datum: "d"), .lopend])
    #expect(
      decodeError([Uitkomst].self, #"[{"hersteld": {"datum": "d", "dag": 1}}]"#)?.reason
        == .unknownKey("dag", suggestion: nil))
  }

  @Test("A failed attempt a type recovers from leaves no stale key records")
  func recoveredAttempt() throws {
    struct Flexibel: Decodable {
      var waarde: String
      init(from decoder: any Decoder) throws {
        if let object = try? Werkgever(from: decoder) {
          waarde = object.naam
        } else {
          waarde = try decoder.singleValueContainer().decode(String.self)
        }
      }
    }
    let values = try decoder.decode([Flexibel].self, from: Data(#"["tekst"]"#.utf8))
    #expect(values.map(\.waarde) == ["tekst"])
  }
}

/// A coding key accepting any name, as a type reading arbitrary keys declares one.
struct NamedKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
