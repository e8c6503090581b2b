import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML element as read, with where it starts, so that every later complaint about it can
/// name the file, line, column and element path. Only what a SIVI message uses: elements,
/// their namespace and their text; attributes, comments and processing instructions are not
/// kept.
final class XMLElementNode: @unchecked Sendable {
  let name: String
  let namespace: String
  let line: Int
  let column: Int
  /// The text directly inside the element, whitespace at both ends removed.
  fileprivate(set) var text: String = ""
  fileprivate(set) var children: [XMLElementNode] = []
  /// The element this one is in; nil for the document element. Unowned: the document
  /// element holds the tree, and nothing keeps an element beyond reading its document.
  fileprivate(set) unowned var parent: XMLElementNode?
  private var cachedPath: String?

  init(name: String, namespace: String, line: Int, column: Int) {
    self.name = name
    self.namespace = namespace
    self.line = line
    self.column = column
  }

  func children(named name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

  /// `Verzuimmeldingen/Wrkgvr[2]/Wrknmr/…`, `[n]` for the n-th element of its name after the
  /// first. Made only when a message needs it: most elements are never named in one.
  var path: String {
    if let cachedPath { return cachedPath }
    guard let parent else { return name }
    var index = 0
    for sibling in parent.children {
      if sibling.name == name { index += 1 }
      if sibling === self { break }
    }
    let path = parent.path + "/" + name + (index > 1 ? "[\(index)]" : "")
    cachedPath = path
    return path
  }
}

/// Reads a document into `XMLElementNode`s with FoundationXML's `XMLParser` (libxml2 on
/// Linux): non-validating, no external entities or DTDs loaded.
enum XMLTree {
  /// A document that is not well-formed XML: where the parser stopped and why.
  struct Malformed: Error {
    var line: Int
    var column: Int
    var reason: String
  }

  static func parse(_ data: Data) throws(Malformed) -> XMLElementNode {
    // libxml2 passes some invalid UTF-8 through (inside a comment, for one), and
    // FoundationXML then traps turning it into a String: refuse it here, located.
    if let offset = firstInvalidUTF8(in: data) {
      let (line, column) = lineAndColumn(of: offset, in: data)
      throw Malformed(
        line: line, column: column,
        reason:
          "not UTF-8: byte 0x\(String(data[data.startIndex + offset], radix: 16, uppercase: true)) "
          + "does not start a valid character (save the file as UTF-8)")
    }
    // FoundationXML also reads a processing instruction without data (`<?x?>`) through a
    // null pointer. A SIVI message has no use for instructions or a DTD (whose entities could
    // spell one), so neither is let through, wherever it stands: libxml2's recovery from
    // other errors decides what is a comment, so no place is assumed safe.
    if let (offset, what) = firstUnsupportedMarkup(in: data) {
      let (line, column) = lineAndColumn(of: offset, in: data)
      throw Malformed(
        line: line, column: column, reason: "\(what); a SIVI message holds none")
    }
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    let builder = TreeBuilder()
    parser.delegate = builder
    let parsed = parser.parse()
    if let failure = builder.failure { throw failure }
    // libxml2 recovers from some errors (an unclosed element) and still reports success:
    // any error reported on the way makes the document unusable.
    guard parsed, builder.errorPosition == nil, builder.openElements == 0,
      let root = builder.root
    else {
      let code = (parser.parserError as NSError?)?.code ?? 0
      let (line, column) = builder.errorPosition ?? (parser.lineNumber, parser.columnNumber)
      throw Malformed(line: line, column: column, reason: explain(code))
    }
    return root
  }

  /// The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629:
  /// no overlong forms, no surrogates, nothing above U+10FFFF), or nil. Only a document that
  /// starts with a UTF-16 byte-order mark, or whose XML declaration names a single-byte
  /// encoding libxml2 converts (every byte a character), is left to libxml2; any other
  /// declaration, a mangled one included, is read as UTF-8 and checked.
  static func firstInvalidUTF8(in data: Data) -> Int? {
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return nil }
    if let declared = declaredEncoding(bytes), singleByteEncodings.contains(declared) {
      return nil
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var length = 1
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch byte {
      case 0x00...0x7F:
        index += 1
        continue
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, second) = (3, 0xA0...0xBF)
      case 0xED: (length, second) = (3, 0x80...0x9F)
      case 0xE1...0xEF: length = 3
      case 0xF0: (length, second) = (4, 0x90...0xBF)
      case 0xF4: (length, second) = (4, 0x80...0x8F)
      case 0xF1...0xF3: length = 4
      default: return index
      }
      guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return index }
      for next in (index + 2)..<(index + length) where !(0x80...0xBF).contains(bytes[next]) {
        return index
      }
      index += length
    }
    return nil
  }

  /// The first `<?` that is not a well-formed XML declaration at the very start, or the
  /// first `<!DOCTYPE`, with words for it; nil when there is neither.
  static func firstUnsupportedMarkup(in data: Data) -> (offset: Int, what: String)? {
    let bytes = [UInt8](data)
    var start = 0
    // The declaration ends at its own "?>": one that runs into markup is malformed and is
    // refused itself, as an instruction.
    if bytes.starts(with: "<?xml ".utf8),
      let end = bytes.indices.first(where: {
        bytes[$0] == UInt8(ascii: "<") && $0 > 0 || bytes[$0...].starts(with: "?>".utf8)
      }), bytes[end] == UInt8(ascii: "?")
    {
      start = end + 2
    }
    var index = start
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "<") {
        if bytes[index + 1] == UInt8(ascii: "?") {
          return (index, "a processing instruction (<?…?>)")
        }
        if bytes[index...].starts(with: "<!DOCTYPE".utf8) {
          return (index, "a document type declaration (<!DOCTYPE …>)")
        }
      }
      index += 1
    }
    return nil
  }

  private static let singleByteEncodings: Set<String> = [
    "iso-8859-1", "latin1", "iso-8859-15", "windows-1252", "us-ascii",
  ]

  /// The `encoding` of a well-formed XML declaration at the very start
  /// (`<?xml version="1.0" encoding="ISO-8859-1"?>`), lowercased; nil for anything else.
  private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(200), as: UTF8.self)
    guard head.hasPrefix("<?xml "), let end = head.range(of: "?>") else { return nil }
    let declaration = head[..<end.lowerBound]
    guard let key = declaration.range(of: " encoding=") else { return nil }
    let rest = declaration[key.upperBound...]
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    let value = rest.dropFirst().prefix { $0 != quote }
    guard rest.dropFirst(value.count + 1).first == quote, !value.isEmpty,
      value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
    else { return nil }
    return value.lowercased()
  }

  /// 1-based line and column (in characters) of a byte offset.
  private static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
    var line = 1
    var column = 1
    for byte in data.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  /// Words for libxml2's error numbers (`XMLParser.ErrorCode`), instead of Foundation's
  /// "The operation could not be completed".
  static func explain(_ code: Int) -> String {
    switch code {
    case 4: "the document is empty"
    case 5: "the document ends before every element is closed"
    case 9: "an invalid character"
    case 23, 24, 26, 27: "an unknown or malformed entity reference (&…;)"
    case 38, 39, 40, 41, 42, 43: "a malformed attribute"
    case 46, 64, 73: "an element is not properly closed"
    case 68: "a malformed element name"
    case 76: "an end tag does not match its start tag"
    case 77: "text after the end of the document element"
    case 85, 86: "a malformed XML declaration"
    case 108: "an undeclared namespace prefix"
    default: "the file is not well-formed XML (parser error \(code))"
    }
  }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
  var root: XMLElementNode?
  var failure: XMLTree.Malformed?
  private var stack: [XMLElementNode] = []
  var openElements: Int { stack.count }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    if stack.isEmpty, root != nil {
      failure = .init(
        line: parser.lineNumber, column: parser.columnNumber,
        reason: "a second document element")
      parser.abortParsing()
      return
    }
    let node = XMLElementNode(
      name: elementName, namespace: namespaceURI ?? "", line: parser.lineNumber,
      column: parser.columnNumber)
    if let parent = stack.last {
      node.parent = parent
      parent.children.append(node)
    } else {
      root = node
    }
    stack.append(node)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard let node = stack.popLast() else { return }
    // SIVI has no mixed content: an element with children keeps no text (the layout
    // whitespace between them); a value loses the whitespace around it.
    if !node.children.isEmpty {
      node.text = ""
    } else if let first = node.text.utf8.first, let last = node.text.utf8.last,
      Self.isSpace(first) || Self.isSpace(last)
    {
      node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }

  /// Where libxml2 noticed the first error: the parser's position afterwards can be later.
  var errorPosition: (Int, Int)?

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if errorPosition == nil { errorPosition = (parser.lineNumber, parser.columnNumber) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    stack.last?.text += String(decoding: block, as: UTF8.self)
  }
}
