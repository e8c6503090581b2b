/// Scans template bytes into tokens, applying delimiter changes as it meets them.
///
/// Works on UTF-8 bytes, not `Character`s: a `Character` view merges "\r\n" into one
/// element and is several times slower; every delimiter and sigil is ASCII anyway.
struct Tokenizer {
  private let source: [UInt8]
  private var position = 0
  private var open: [UInt8] = Array("{{".utf8)
  private var close: [UInt8] = Array("}}".utf8)
  private(set) var tokens: [Token] = []

  init(source: [UInt8]) {
    self.source = source
  }

  static func tokenize(_ source: [UInt8]) throws(ParseFailure) -> [Token] {
    var tokenizer = Tokenizer(source: source)
    try tokenizer.run()
    return tokenizer.tokens
  }

  private mutating func run() throws(ParseFailure) {
    var textStart = 0
    while position < source.count {
      let byte = source[position]
      if byte == UInt8(ascii: "\n") {
        flushText(from: textStart, to: position)
        tokens.append(.newline(position..<position + 1))
        position += 1
        textStart = position
      } else if byte == UInt8(ascii: "\r"), position + 1 < source.count,
        source[position + 1] == UInt8(ascii: "\n")
      {
        flushText(from: textStart, to: position)
        tokens.append(.newline(position..<position + 2))
        position += 2
        textStart = position
      } else if byte == open[0], matches(open, at: position) {
        flushText(from: textStart, to: position)
        try scanTag()
        textStart = position
      } else {
        position += 1
      }
    }
    flushText(from: textStart, to: position)
  }

  private mutating func flushText(from start: Int, to end: Int) {
    if end > start { tokens.append(.text(start..<end)) }
  }

  private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
    guard offset + delimiter.count <= source.count else { return false }
    for index in delimiter.indices where source[offset + index] != delimiter[index] {
      return false
    }
    return true
  }

  /// Finds `delimiter` from `offset`; stops at a line ending unless `acrossLines`.
  private func find(_ delimiter: [UInt8], from offset: Int, acrossLines: Bool) -> Int? {
    var index = offset
    while index + delimiter.count <= source.count {
      if !acrossLines && source[index] == UInt8(ascii: "\n") { return nil }
      if source[index] == delimiter[0] && matches(delimiter, at: index) { return index }
      index += 1
    }
    return nil
  }

  private mutating func scanTag() throws(ParseFailure) {
    let start = position
    var cursor = position + open.count
    let sigil: UInt8? = cursor < source.count ? source[cursor] : nil
    var kind = TagKind.variable
    var closing = close
    switch sigil {
    case UInt8(ascii: "#"): kind = .section
    case UInt8(ascii: "^"): kind = .invertedSection
    case UInt8(ascii: "/"): kind = .close
    case UInt8(ascii: "!"): kind = .comment
    case UInt8(ascii: ">"): kind = .partial
    case UInt8(ascii: "<"): kind = .parent
    case UInt8(ascii: "$"): kind = .block
    case UInt8(ascii: "&"): kind = .rawVariable
    case UInt8(ascii: "="): kind = .setDelimiters
    case UInt8(ascii: "{"):
      kind = .rawVariable
      closing = [UInt8(ascii: "}")] + close
    default: break
    }
    if kind != .variable { cursor += 1 }
    if kind == .setDelimiters { closing = [UInt8(ascii: "=")] + close }

    guard let contentEnd = find(closing, from: cursor, acrossLines: kind == .comment) else {
      throw ParseFailure(
        offset: start, reason: .unclosedTag(expected: String(decoding: closing, as: UTF8.self)))
    }
    position = contentEnd + closing.count
    let content = String(decoding: source[cursor..<contentEnd], as: UTF8.self)
    var tag = Tag(kind: kind, content: trimmed(content), start: start, end: position)

    switch kind {
    case .comment:
      break
    case .setDelimiters:
      try changeDelimiters(tag.content, at: start)
    default:
      if kind == .partial || kind == .parent, tag.content.hasPrefix("*") {
        tag.isDynamic = true
        tag.content = trimmed(String(tag.content.dropFirst()))
      }
      try validateName(tag, at: start)
    }
    tokens.append(.tag(tag))
  }

  private func validateName(_ tag: Tag, at offset: Int) throws(ParseFailure) {
    if tag.content.isEmpty { throw ParseFailure(offset: offset, reason: .emptyTag) }
    if tag.content.utf8.contains(where: isWhitespace) {
      throw ParseFailure(offset: offset, reason: .whitespaceInName(tag.content))
    }
  }

  private mutating func changeDelimiters(_ content: String, at offset: Int) throws(ParseFailure) {
    let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard parts.count == 2 else {
      throw ParseFailure(offset: offset, reason: .badDelimiters(content))
    }
    let newOpen = Array(parts[0].utf8)
    let newClose = Array(parts[1].utf8)
    if newOpen.contains(UInt8(ascii: "=")) || newClose.contains(UInt8(ascii: "=")) {
      throw ParseFailure(offset: offset, reason: .badDelimiters(content))
    }
    open = newOpen
    close = newClose
  }
}

func isWhitespace(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    || byte == UInt8(ascii: "\r")
}

private func trimmed(_ text: String) -> String {
  let bytes = Array(text.utf8)
  var lower = 0
  var upper = bytes.count
  while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
  while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
  if lower == 0 && upper == bytes.count { return text }
  return String(decoding: bytes[lower..<upper], as: UTF8.self)
}
