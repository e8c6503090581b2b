/// The state of one render: output, context stack, block overrides and indentation.
struct Renderer {
  let format: OutputFormat
  let options: RenderOptions
  let resolver: (any TemplateResolver)?
  var output: [UInt8] = []
  private var stack: [TemplateValue]
  /// Block overrides of the parents being rendered, outermost first: the outermost wins.
  private var overrides: [[String: Block]] = []
  private var indentation: [UInt8] = []
  private var atLineStart = false
  /// Partials and parents being expanded (bounded by `options.maximumDepth`).
  private var depth = 0
  /// Sections, blocks, partials and parents open on the current path, across templates.
  private var nesting = 0

  init(
    format: OutputFormat, options: RenderOptions, resolver: (any TemplateResolver)?,
    data: TemplateValue
  ) {
    self.format = format
    self.options = options
    self.resolver = resolver
    self.stack = [data]
  }

  mutating func render(_ nodes: [Node], in template: Template) throws(TemplateError) {
    for node in nodes {
      switch node {
      case .text(let bytes):
        appendTemplateText(bytes)
      case .variable(let name, let isEscaped, let offset):
        let value = try resolve(name, at: offset, in: template)
        appendValue(value, isEscaped: isEscaped)
      case .section(let name, let children, let isInverted, let offset):
        let value = try resolve(name, at: offset, in: template)
        try enter(at: offset, in: template)
        defer { nesting -= 1 }
        if isInverted {
          if !value.isTruthy { try render(children, in: template) }
        } else if case .list(let items) = value {
          for item in items {
            stack.append(item)
            try render(children, in: template)
            stack.removeLast()
          }
        } else if value.isTruthy {
          stack.append(value)
          try render(children, in: template)
          stack.removeLast()
        }
      case .partial(let target, let extraIndentation, let offset):
        guard let partial = try lookUp(target, at: offset, in: template) else { continue }
        try expand(partial, indentedBy: extraIndentation, at: offset, in: template)
      case .parent(let target, let blocks, let extraIndentation, let offset):
        guard let parent = try lookUp(target, at: offset, in: template) else { continue }
        overrides.append(blocks)
        defer { overrides.removeLast() }
        try expand(parent, indentedBy: extraIndentation, at: offset, in: template)
      case .block(let block):
        try enter(at: block.offset, in: template)
        defer { nesting -= 1 }
        try render(block, in: template)
      }
    }
  }

  /// Counts one more level of nesting. Each template nests at most `Template.maximumNesting`
  /// deep, but partials multiply that; the bound keeps the render's recursion inside the stack
  /// of any thread, whatever the templates and `maximumDepth`.
  private mutating func enter(at offset: Int, in template: Template) throws(TemplateError) {
    guard nesting < Template.maximumRenderNesting else {
      throw template.error(at: offset, .renderNestingLimit(Template.maximumRenderNesting))
    }
    nesting += 1
  }

  private mutating func render(_ block: Block, in template: Template) throws(TemplateError) {
    let saved = indentation
    if let extra = block.indentation {
      indentation += extra
      atLineStart = true
    }
    if let override = overrides.lazy.compactMap({ $0[block.name] }).first {
      try render(override.nodes, in: template)
    } else {
      try render(block.nodes, in: template)
    }
    indentation = saved
    if !block.lineEnding.isEmpty { appendTemplateText(block.lineEnding) }
  }

  private mutating func expand(
    _ other: Template, indentedBy extra: [UInt8], at offset: Int, in template: Template
  ) throws(TemplateError) {
    guard depth < options.maximumDepth else {
      throw template.error(at: offset, .recursionLimit(options.maximumDepth))
    }
    try enter(at: offset, in: template)
    depth += 1
    defer {
      depth -= 1
      nesting -= 1
    }
    let saved = indentation
    if !extra.isEmpty {
      indentation += extra
      atLineStart = true
    }
    try render(other.nodes, in: other)
    indentation = saved
  }

  // MARK: - Output

  private mutating func appendTemplateText(_ bytes: [UInt8]) {
    if indentation.isEmpty {
      output.append(contentsOf: bytes)
      return
    }
    var start = 0
    while start < bytes.count {
      let end = (bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count - 1) + 1
      if atLineStart {
        output.append(contentsOf: indentation)
        atLineStart = false
      }
      output.append(contentsOf: bytes[start..<end])
      if bytes[end - 1] == UInt8(ascii: "\n") { atLineStart = true }
      start = end
    }
  }

  private mutating func appendValue(_ value: TemplateValue, isEscaped: Bool) {
    let text: String
    switch value {
    case .string(let string): text = string
    case .number(let number): text = number.description
    case .bool(let bool): text = bool ? "true" : "false"
    case .null, .list, .object: return
    }
    if text.isEmpty { return }
    if atLineStart && !indentation.isEmpty {
      output.append(contentsOf: indentation)
      atLineStart = false
    }
    // A huge value gets room for itself and a margin at once: left to doubling, the output
    // would pass through a copy of itself, half again its size at the peak.
    let size = text.utf8.count
    if size >= 1 << 20 { output.reserveCapacity(output.count + size + size / 8) }
    appendEscaped(text, as: isEscaped ? format : .text, to: &output)
  }

  // MARK: - Names

  private func resolve(_ name: Name, at offset: Int, in template: Template) throws(TemplateError)
    -> TemplateValue
  {
    switch stack.resolve(name) {
    case .found(let value):
      return value
    case .missing(let depth):
      guard options.isStrict else { return .null }
      let suggestion = stack.suggestion(for: name, missingAt: depth)
      let missing = name.segments.prefix(depth + 1).joined(separator: ".")
      throw template.error(at: offset, .missingName(missing, suggestion: suggestion))
    }
  }

  private func lookUp(_ target: TemplateTarget, at offset: Int, in template: Template)
    throws(TemplateError) -> Template?
  {
    let name: String
    switch target {
    case .fixed(let fixed):
      name = fixed
    case .dynamic(let dynamic):
      switch try resolve(dynamic, at: offset, in: template) {
      case .string(let string): name = string
      case .null: return nil
      default:
        guard options.isStrict else { return nil }
        throw template.error(at: offset, .dynamicNameNotString(dynamic.text))
      }
    }
    if let why = TemplateName.refusal(for: name) {
      throw template.error(at: offset, .refusedTemplateName(name, why: why))
    }
    if let found = try resolver?.template(named: name, format: format) { return found }
    guard options.isStrict else { return nil }
    throw template.error(at: offset, .missingTemplate(name))
  }
}
