import StrictJSON
import Testing

@Suite("JSONParser syntax errors")
struct JSONParserErrorTests {
  /// Input and the whole error description: position, path of the value being parsed, message.
  static let cases: [(String, String)] = [
    ("", "1:1: $: unexpected end of input"),
    ("   \n  ", "2:3: $: unexpected end of input"),
    (#"{"a": 1,}"#, "1:9: $: trailing comma before '}' is not allowed"),
    ("[1,\n]", "2:1: $: trailing comma before ']' is not allowed"),
    (#"{"a" 1}"#, "1:6: $: expected ':' after object key, found '1'"),
    (#"{"a": 1 "b": 2}"#, #"1:9: $: expected ',' or '}' after object member, found '"'"#),
    ("[1 2]", "1:4: $: expected ',' or ']' after array element, found '2'"),
    (#"{"a": [1, 2"#, "1:12: $.a: unexpected end of input; expected ',' or ']'"),
    (#"{"a": {"b": }}"#, "1:13: $.a.b: expected a JSON value, found '}'"),
    (#"{"a": 1"#, "1:8: $: unexpected end of input; expected ',' or '}'"),
    ("{1: 2}", "1:2: $: expected a string key, found '1'"),
    (#"{"a""#, "1:5: $: unexpected end of input; expected ':'"),
    (#"["abc"#, "1:2: $[0]: unterminated string"),
    ("1 2", "1:3: $: trailing content after JSON value"),
    ("{} x", "1:4: $: trailing content after JSON value"),
    ("// note\n{}", "1:1: $: comments are not allowed in JSON"),
    (#"{"a": 1 /* c */}"#, "1:9: $: comments are not allowed in JSON"),
    ("[NaN]", "1:2: $[0]: NaN is not allowed in JSON"),
    ("[1, Infinity]", "1:5: $[1]: Infinity is not allowed in JSON"),
    ("[-Infinity]", "1:3: $[0]: -Infinity is not allowed in JSON"),
    ("{'a': 1}", "1:2: $: strings must use double quotes, not '"),
    ("[tru]", "1:2: $[0]: invalid literal; expected 'true'"),
    ("[True]", "1:2: $[0]: expected a JSON value, found 'T'"),
    ("[nul", "1:2: $[0]: invalid literal; expected 'null'"),
    ("[01]", "1:3: $[0]: leading zeros are not allowed in numbers"),
    ("[1.]", "1:4: $[0]: expected a digit after the decimal point"),
    ("[.5]", "1:2: $[0]: expected a JSON value, found '.'"),
    ("[+1]", "1:2: $[0]: expected a JSON value, found '+'"),
    ("[-]", "1:3: $[0]: expected a digit after '-'"),
    ("[1e]", "1:4: $[0]: expected a digit in the exponent"),
    ("[\"a\u{1}\"]", "1:4: $[0]: unescaped control character U+0001 in string"),
    ("{\"a\": \"line\nbreak\"}", "1:12: $.a: unescaped control character U+000A in string"),
    (#"["\x"]"#, #"1:3: $[0]: invalid escape sequence '\x' in string"#),
    (#"["\u12"]"#, #"1:3: $[0]: invalid \u escape: expected 4 hexadecimal digits"#),
    (#"["\uD800"]"#, #"1:3: $[0]: lone surrogate \uD800 in string"#),
    (#"["a\uD800\u0041"]"#, #"1:4: $[0]: lone surrogate \uD800 in string"#),
    (#"["\uDC00"]"#, #"1:3: $[0]: lone surrogate \uDC00 in string"#),
    ("{“a”: 1}", "1:2: $: expected a string key, found '“' (U+201C)"),
    ("{\"a\": 1,\n \"a\": 2}", #"2:2: $.a: duplicate key "a""#),
    (#"{"x": {"b": 1, "b": 2}}"#, #"1:16: $.x.b: duplicate key "b""#),
  ]

  @Test("Syntax errors name what was expected, where", arguments: cases)
  func syntaxError(input: String, expected: String) {
    #expect(parseError(input)?.description == expected)
  }

  @Test("Invalid UTF-8 is a syntax error at the first byte of the bad sequence")
  func invalidUTF8() {
    // `"é` then a truncated sequence: é is one column, so the bad byte is at column 3.
    let truncated = parseError([0x22, 0xC3, 0xA9, 0xC3, 0x28, 0x22])
    #expect(truncated?.description == "1:3: $: invalid UTF-8 byte sequence starting with 0xC3")
    #expect(truncated?.position?.offset == 3)
    let stray = parseError([0x5B, 0x22, 0xFF, 0x22, 0x5D])
    #expect(stray?.description == "1:3: $[0]: invalid UTF-8 byte sequence starting with 0xFF")
    let overlong = parseError([0x22, 0xC0, 0xAF, 0x22])
    #expect(overlong?.reason == .syntax("invalid UTF-8 byte sequence starting with 0xC0"))
    let encodedSurrogate = parseError([0x22, 0xED, 0xA0, 0x80, 0x22])
    #expect(encodedSurrogate?.reason == .syntax("invalid UTF-8 byte sequence starting with 0xED"))
    let outsideString = parseError([0x5B, 0xFF, 0x5D])
    #expect(outsideString?.description == "1:2: $[0]: expected a JSON value, found byte 0xFF")
  }

  @Test("Nesting beyond the limit is an error, not a crash")
  func depthLimit() throws {
    let depth = JSONParser.maximumDepth + 1
    let error = try #require(parseError(String(repeating: "[", count: depth)))
    #expect(error.reason == .syntax("nesting deeper than 512 levels"))
    #expect(error.position == JSONPosition(line: 1, column: depth, offset: depth - 1))
    let deep = String(repeating: #"{"a":"#, count: 100_000)
    #expect(parseError(deep)?.reason == .syntax("nesting deeper than 512 levels"))
  }

  @Test("A byte-order mark anywhere but the start is an error")
  func byteOrderMarkInside() {
    let error = parseError(Array("[1,".utf8) + [0xEF, 0xBB, 0xBF] + Array("2]".utf8))
    #expect(error?.description == "1:4: $[1]: expected a JSON value, found '\u{FEFF}' (U+FEFF)")
  }
}
