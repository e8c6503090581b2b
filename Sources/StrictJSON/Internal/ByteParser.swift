/// The scanner behind ``JSONParser``: one pass over UTF-8 bytes, iterative rather than
/// recursive so that the depth limit, not the thread's stack size, bounds nesting.
struct ByteParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let maximumDepth: Int
  var index = 0
  var line = 1
  var lineStart = 0
  /// UTF-8 continuation bytes already passed on this line; subtracting them turns a byte
  /// column into a scalar column without rescanning the line for every node.
  var lineContinuationBytes = 0
  /// Arrays and objects opened but not yet closed, innermost last.
  var stack: [Frame] = []

  /// An array or object under construction.
  struct Frame {
    var isObject: Bool
    var start: JSONPosition
    var elements: [JSONNode] = []
    var members: [JSONMember] = []
    /// Key of the member whose value is being parsed.
    var key = ""
    var keyPosition = JSONPosition(line: 0, column: 0, offset: 0)
    /// Whether a value for this frame is being parsed; decides whether a syntax error's
    /// path names the element or member in progress.
    var awaitingValue = true
    /// Keys seen so far, built only for large objects where a linear duplicate scan costs.
    var keySet: Set<String>? = nil
  }

  init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  var position: JSONPosition {
    JSONPosition(
      line: line, column: index - lineStart - lineContinuationBytes + 1, offset: index)
  }

  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
}

// MARK: - Document structure

extension ByteParser {
  mutating func parseDocument() throws(StrictJSONError) -> JSONNode {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
      lineStart = 3
    }
    let root = try parseRootValue()
    skipWhitespace()
    if index < bytes.count { throw syntaxError("trailing content after JSON value") }
    return root
  }

  /// Parses values with an explicit stack: each pass reads one scalar or opens a container,
  /// then attaches finished values to their parents, closing containers as they end.
  private mutating func parseRootValue() throws(StrictJSONError) -> JSONNode {
    while true {
      skipWhitespace()
      guard let byte = peek else { throw syntaxError("unexpected end of input") }
      let start = position
      var completed: JSONNode
      switch byte {
      case UInt8(ascii: "{"):
        try open(isObject: true, at: start)
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
          index += 1
          stack.removeLast()
          completed = JSONNode(value: .object([]), position: start)
        } else {
          try parseKey(afterComma: false)
          continue
        }
      case UInt8(ascii: "["):
        try open(isObject: false, at: start)
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
          index += 1
          stack.removeLast()
          completed = JSONNode(value: .array([]), position: start)
        } else {
          continue
        }
      case UInt8(ascii: "\""):
        completed = JSONNode(value: .string(try parseString()), position: start)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        completed = JSONNode(value: .number(try parseNumber()), position: start)
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        completed = JSONNode(value: .bool(true), position: start)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        completed = JSONNode(value: .bool(false), position: start)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        completed = JSONNode(value: .null, position: start)
      default:
        throw unexpectedCharacter(expecting: "a JSON value")
      }
      // Attach the finished value; a closing bracket finishes the parent in turn.
      while let top = stack.indices.last {
        stack[top].awaitingValue = false
        if stack[top].isObject {
          let member = JSONMember(
            key: stack[top].key, keyPosition: stack[top].keyPosition, value: completed)
          stack[top].members.append(member)
          skipWhitespace()
          switch peek {
          case UInt8(ascii: ","):
            index += 1
            try parseKey(afterComma: true)
          case UInt8(ascii: "}"):
            index += 1
            let frame = stack.removeLast()
            completed = JSONNode(value: .object(frame.members), position: frame.start)
            continue
          case nil: throw syntaxError("unexpected end of input; expected ',' or '}'")
          default: throw unexpectedCharacter(expecting: "',' or '}' after object member")
          }
        } else {
          stack[top].elements.append(completed)
          skipWhitespace()
          switch peek {
          case UInt8(ascii: ","):
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
              throw syntaxError("trailing comma before ']' is not allowed")
            }
            stack[top].awaitingValue = true
          case UInt8(ascii: "]"):
            index += 1
            let frame = stack.removeLast()
            completed = JSONNode(value: .array(frame.elements), position: frame.start)
            continue
          case nil: throw syntaxError("unexpected end of input; expected ',' or ']'")
          default: throw unexpectedCharacter(expecting: "',' or ']' after array element")
          }
        }
        break
      }
      if stack.isEmpty { return completed }
    }
  }

  private mutating func open(isObject: Bool, at start: JSONPosition) throws(StrictJSONError) {
    guard stack.count < maximumDepth else {
      throw syntaxError("nesting deeper than \(maximumDepth) levels")
    }
    index += 1
    // An object awaits a key, not a value, until its first key is read.
    stack.append(Frame(isObject: isObject, start: start, awaitingValue: !isObject))
  }

  /// Reads `"key":` into the innermost object frame, refusing duplicates at the key.
  private mutating func parseKey(afterComma: Bool) throws(StrictJSONError) {
    skipWhitespace()
    guard peek == UInt8(ascii: "\"") else {
      if afterComma, peek == UInt8(ascii: "}") {
        throw syntaxError("trailing comma before '}' is not allowed")
      }
      if peek == nil { throw syntaxError("unexpected end of input; expected a string key") }
      throw unexpectedCharacter(expecting: "a string key")
    }
    let keyPosition = position
    let key = try parseString()
    let top = stack.count - 1
    if isDuplicate(key, in: top) {
      stack[top].key = key
      stack[top].awaitingValue = true
      throw StrictJSONError(.duplicateKey(key), path: syntaxPath(), position: keyPosition)
    }
    skipWhitespace()
    guard peek == UInt8(ascii: ":") else {
      if peek == nil { throw syntaxError("unexpected end of input; expected ':'") }
      throw unexpectedCharacter(expecting: "':' after object key")
    }
    index += 1
    stack[top].key = key
    stack[top].keyPosition = keyPosition
    stack[top].awaitingValue = true
  }

  private mutating func isDuplicate(_ key: String, in top: Int) -> Bool {
    // Most hand-written objects are small; a scan beats hashing until they are not.
    if stack[top].keySet == nil, stack[top].members.count < 16 {
      return stack[top].members.contains { $0.key == key }
    }
    if stack[top].keySet == nil { stack[top].keySet = Set(stack[top].members.map(\.key)) }
    return stack[top].keySet?.insert(key).inserted == false
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        index += 1
      case UInt8(ascii: "\n"):
        index += 1
        startLine()
      case UInt8(ascii: "\r"):
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        startLine()
      default:
        return
      }
    }
  }

  private mutating func startLine() {
    line += 1
    lineStart = index
    lineContinuationBytes = 0
  }
}
