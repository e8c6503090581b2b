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
