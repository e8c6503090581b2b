import Foundation
import StrictJSON
import Testing

@Suite("JSONParser values and positions")
struct JSONParserTests {
  @Test("Every kind of value parses, numbers keep their literal text")
  func everyValueKind() throws {
    let root = try JSONParser.parse(
      #"{"n": null, "t": true, "f": false, "i": -0, "d": 1234.50, "e": 1E+2, "s": "x", "a": [1, []], "o": {}}"#
        .utf8)
    #expect(root.members.map(\.key) == ["n", "t", "f", "i", "d", "e", "s", "a", "o"])
    #expect(root["n"]?.value == .null)
    #expect(root["t"]?.value == .bool(true))
    #expect(root["f"]?.value == .bool(false))
    #expect(root["i"]?.value == .number("-0"))
    #expect(root["d"]?.value == .number("1234.50"))
    #expect(root["e"]?.value == .number("1E+2"))
    #expect(root["s"]?.value == .string("x"))
    #expect(root["a"]?.elements.map(\.value) == [.number("1"), .array([])])
    #expect(root["o"]?.value == .object([]))
  }

  @Test("Scalars stand alone as documents, surrounded by whitespace")
  func scalarDocuments() throws {
    #expect(try JSONParser.parse(" \t\n 42 \r\n".utf8).value == .number("42"))
    #expect(try JSONParser.parse(#""a""#.utf8).value == .string("a"))
    #expect(try JSONParser.parse("null".utf8).value == .null)
  }

  @Test("All escape sequences decode")
  func escapes() throws {
    let node = try JSONParser.parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u20AC \u0000""#.utf8)
    #expect(node.value == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t é€ \u{0}"))
  }

  @Test("A surrogate pair escape decodes to one scalar")
  func surrogatePair() throws {
    let node = try JSONParser.parse(#"["\ud83d\ude00", "a\uD834\uDD1Eb"]"#.utf8)
    #expect(node.elements.map(\.value) == [.string("😀"), .string("a𝄞b")])
  }

  @Test("Raw UTF-8 passes through strings unchanged")
  func rawUTF8() throws {
    let node = try JSONParser.parse(#"{"naam": "Zoë Ångström 😀"}"#.utf8)
    #expect(node["naam"]?.value == .string("Zoë Ångström 😀"))
  }

  @Test("Positions of keys and values in a multi-line document")
  func positions() throws {
    let text = """
      {
        "werknemer": {
          "bsn": "123456782"
        },
        "periodes": [1, 2]
      }
      """
    let root = try JSONParser.parse(text.utf8)
    #expect(root.position == JSONPosition(line: 1, column: 1, offset: 0))
    let werknemer = try #require(root.members.first)
    #expect(werknemer.keyPosition == JSONPosition(line: 2, column: 3, offset: 4))
    #expect(werknemer.value.position == JSONPosition(line: 2, column: 16, offset: 17))
    let bsn = try #require(werknemer.value.members.first)
    #expect(bsn.keyPosition == JSONPosition(line: 3, column: 5, offset: 23))
    #expect(bsn.value.position == JSONPosition(line: 3, column: 12, offset: 30))
    let second = try #require(root["periodes"]?.elements.last)
    #expect(second.position == JSONPosition(line: 5, column: 19, offset: 65))
  }

  @Test("CR LF is one line break; a lone CR is one too")
  func crlf() throws {
    let root = try JSONParser.parse("{\r\n\"a\": 1,\r\n\r\n  \"b\": 2,\r\"c\": 3}".utf8)
    #expect(root.members.map(\.keyPosition.line) == [2, 4, 5])
    #expect(root.members.map(\.keyPosition.column) == [1, 3, 1])
    #expect(root["b"]?.position == JSONPosition(line: 4, column: 8, offset: 21))
  }

  @Test("Columns count Unicode scalars, offsets count bytes")
  func columnsCountScalars() throws {
    let root = try JSONParser.parse(#"{"é€😀": 1, "x": 2}"#.utf8)
    let x = try #require(root.members.last)
    // `{"é€😀": 1, ` is 11 scalars and 17 bytes.
    #expect(x.keyPosition == JSONPosition(line: 1, column: 12, offset: 17))
  }

  @Test("A leading byte-order mark is skipped and not counted as a column")
  func byteOrderMark() throws {
    let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
    #expect(root.position == JSONPosition(line: 1, column: 1, offset: 3))
    #expect(root.members.first?.keyPosition == JSONPosition(line: 1, column: 2, offset: 4))
  }

  @Test("Non-contiguous input parses like an array")
  func nonContiguousInput() throws {
    let text = #"{"a": [true]}"#
    let fromArray = try JSONParser.parse(Array(text.utf8))
    #expect(try JSONParser.parse(text.utf8.reversed().reversed()) == fromArray)
    #expect(try JSONParser.parse(Data(text.utf8)) == fromArray)
  }

  @Test("Nesting up to the limit parses")
  func depthAtLimit() throws {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    var node = try JSONParser.parse(text.utf8)
    var levels = 1
    while let inner = node.elements.first {
      node = inner
      levels += 1
    }
    #expect(levels == depth)
  }

  @Test("Large objects still detect duplicate keys and keep order")
  func largeObject() throws {
    let keys = (0..<100).map { "k\($0)" }
    let text = "{" + keys.map { "\"\($0)\": 0" }.joined(separator: ", ") + "}"
    #expect(try JSONParser.parse(text.utf8).members.map(\.key) == keys)
    let duplicated = "{" + (keys + ["k7"]).map { "\"\($0)\": 0" }.joined(separator: ",") + "}"
    #expect(parseError(duplicated)?.reason == .duplicateKey("k7"))
  }
}
