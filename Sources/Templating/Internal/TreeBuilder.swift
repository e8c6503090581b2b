/// Builds the node tree from the standalone-processed tokens, matching open and close tags.
struct TreeBuilder {
  private struct Frame {
    var tag: Tag
    var nodes: [Node] = []
  }

  private let source: [UInt8]
  private var frames: [Frame] = []
  private var nodes: [Node] = []
  private var text: [UInt8] = []

  static func build(_ tokens: [Token], source: [UInt8]) throws(ParseFailure) -> [Node] {
    var builder = TreeBuilder(source: source)
    for token in tokens { try builder.consume(token) }
    return try builder.finish()
  }

  private init(source: [UInt8]) {
    self.source = source
  }

  private mutating func consume(_ token: Token) throws(ParseFailure) {
    switch token {
    case .text(let range), .newline(let range):
      text.append(contentsOf: source[range])
    case .tag(let tag):
      try consume(tag)
    }
  }

  private mutating func flushText() {
    guard !text.isEmpty else { return }
    append(.text(text))
    text.removeAll(keepingCapacity: true)
  }

  private mutating func append(_ node: Node) {
    if frames.isEmpty { nodes.append(node) } else { frames[frames.count - 1].nodes.append(node) }
  }

  private mutating func consume(_ tag: Tag) throws(ParseFailure) {
    flushText()
    switch tag.kind {
    case .comment, .setDelimiters:
      break
    case .variable, .rawVariable:
      append(.variable(Name(tag.content), isEscaped: tag.kind == .variable, offset: tag.start))
    case .partial:
      append(.partial(target(of: tag), indentation: tag.indentation, offset: tag.start))
    case .section, .invertedSection, .parent, .block:
      // The tree is built, walked and freed recursively: a bound here keeps a hostile
      // template's depth from becoming a stack overflow anywhere later.
      guard frames.count < Template.maximumNesting else {
        throw ParseFailure(offset: tag.start, reason: .nestingLimit(Template.maximumNesting))
      }
      frames.append(Frame(tag: tag))
    case .close:
      try close(tag)
    }
  }

  private func target(of tag: Tag) -> TemplateTarget {
    tag.isDynamic ? .dynamic(Name(tag.content)) : .fixed(tag.content)
  }

  private mutating func close(_ tag: Tag) throws(ParseFailure) {
    guard let frame = frames.popLast() else {
      throw ParseFailure(offset: tag.start, reason: .strayClosingTag(tag.content))
    }
    let opening = frame.tag
    guard
      opening.content == tag.content || (opening.isDynamic && "*" + opening.content == tag.content)
    else {
      let (line, column) = SourceText.lineAndColumn(of: opening.start, in: source)
      throw ParseFailure(
        offset: tag.start,
        reason: .mismatchedClosingTag(
          expected: opening.content, found: tag.content, openedAtLine: line, column: column))
    }
    switch opening.kind {
    case .section, .invertedSection:
      append(
        .section(
          Name(opening.content), nodes: frame.nodes, isInverted: opening.kind == .invertedSection,
          offset: opening.start))
    case .block:
      append(.block(makeBlock(opening, nodes: frame.nodes)))
    case .parent:
      var overrides: [String: Block] = [:]
      for case .block(let block) in frame.nodes where overrides[block.name] == nil {
        overrides[block.name] = block
      }
      append(
        .parent(
          target(of: opening), overrides: overrides, indentation: opening.indentation,
          offset: opening.start))
    default:
      break
    }
  }

  private func makeBlock(_ opening: Tag, nodes: [Node]) -> Block {
    guard opening.isStandalone else {
      return Block(
        name: opening.content, nodes: nodes, indentation: nil, lineEnding: [], offset: opening.start
      )
    }
    let intrinsic = Dedent.commonIndentation(of: nodes)
    return Block(
      name: opening.content, nodes: Dedent.strip(intrinsic, from: nodes),
      indentation: intrinsic.isEmpty ? opening.indentation : intrinsic,
      lineEnding: opening.keepsLineEnding, offset: opening.start)
  }

  private mutating func finish() throws(ParseFailure) -> [Node] {
    flushText()
    if let open = frames.last {
      throw ParseFailure(offset: open.tag.start, reason: .unclosedSection(open.tag.content))
    }
    return nodes
  }
}
