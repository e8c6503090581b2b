/// A compiled Mustache template: an immutable tree with source locations, compiled once and
/// rendered many times, from any number of threads at once.
///
/// ```swift
/// let template = try Template("Beste {{naam}},", name: "brief.txt.mustache")
/// let text = try template.render(["naam": "Sanne"])
/// ```
public struct Template: Sendable {
  /// The name errors and partial lookups use, usually the file name relative to the root.
  public let name: String
  /// How values are escaped when this template is rendered as the document.
  public let format: OutputFormat
  let nodes: [Node]
  let source: [UInt8]

  /// How deep sections, inverted sections, parents and blocks may nest in one template.
  ///
  /// Far beyond any document (the default templates nest 4 deep), and low enough that compiling,
  /// checking, rendering and freeing the tree never runs out of stack, even on a thread with
  /// a small one and with partials nested ``RenderOptions/maximumDepth`` deep.
  public static let maximumNesting = 256

  /// How deep sections, blocks, partials and parents may nest in one render or check, counted
  /// across the templates a render passes through; deeper is an error at the tag that would
  /// go deeper. Four templates nested to ``maximumNesting``, or a recursive partial over data
  /// hundreds of levels deep, fit; partials inside sections recursing without end do not.
  public static let maximumRenderNesting = 1024

  /// Compiles `source`.
  ///
  /// - Parameters:
  ///   - source: The template text.
  ///   - name: The template's name, for errors and for its format (see ``OutputFormat``).
  ///   - format: Overrides the format the name implies.
  /// - Throws: `TemplateError` for an unclosed tag or section, a mismatched or stray closing
  ///   tag, a bad delimiter change, an empty or malformed tag name, or sections nested deeper
  ///   than ``maximumNesting``.
  public init(_ source: String, name: String, format: OutputFormat? = nil) throws(TemplateError) {
    let bytes = Array(source.utf8)
    self.name = name
    self.format = format ?? OutputFormat(templateName: name)
    self.source = bytes
    do {
      let tokens = try Tokenizer.tokenize(bytes)
      let lines = StandaloneLines.apply(to: tokens, source: bytes)
      self.nodes = try TreeBuilder.build(lines, source: bytes)
    } catch {
      throw Template.error(at: error.offset, reason: error.reason, name: name, source: bytes)
    }
  }

  /// How many nodes the compiled tree holds (for benchmarks and diagnostics).
  public var nodeCount: Int {
    func count(_ nodes: [Node]) -> Int {
      nodes.reduce(nodes.count) { total, node in
        switch node {
        case .section(_, let children, _, _): total + count(children)
        case .block(let block): total + count(block.nodes)
        case .parent(_, let overrides, _, _):
          total + overrides.values.reduce(0) { $0 + count($1.nodes) }
        default: total
        }
      }
    }
    return count(nodes)
  }

  func error(at offset: Int, _ reason: TemplateError.Reason) -> TemplateError {
    Template.error(at: offset, reason: reason, name: name, source: source)
  }

  private static func error(
    at offset: Int, reason: TemplateError.Reason, name: String, source: [UInt8]
  ) -> TemplateError {
    let (line, column) = SourceText.lineAndColumn(of: offset, in: source)
    return TemplateError(
      templateName: name, line: line, column: column,
      excerpt: SourceText.line(containing: offset, in: source), reason: reason)
  }
}

extension Template {
  /// Renders the template with `data`.
  ///
  /// - Parameters:
  ///   - data: The root of the context stack.
  ///   - partials: The template root for partials and parents; without one, a partial
  ///     renders as nothing (or, in strict mode, is an error).
  ///   - options: Strictness and the nesting limit.
  /// - Returns: The rendered text.
  /// - Throws: `TemplateError` in strict mode for a missing name or template, for a refused
  ///   template name, and when partials nest deeper than `options.maximumDepth`.
  public func render(
    _ data: TemplateValue, partials: (any TemplateResolver)? = nil,
    options: RenderOptions = RenderOptions()
  ) throws(TemplateError) -> String {
    String(decoding: try renderBytes(data, partials: partials, options: options), as: UTF8.self)
  }

  /// Renders to UTF-8 bytes, for callers that write files or measure throughput.
  public func renderBytes(
    _ data: TemplateValue, partials: (any TemplateResolver)? = nil,
    options: RenderOptions = RenderOptions()
  ) throws(TemplateError) -> [UInt8] {
    var renderer = Renderer(format: format, options: options, resolver: partials, data: data)
    renderer.output.reserveCapacity(source.count * 2)
    try renderer.render(nodes, in: self)
    return renderer.output
  }
}
