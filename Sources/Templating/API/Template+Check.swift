extension Template {
  /// Checks every name the template (and its partials and parents) refers to against a model,
  /// without rendering: the errors strict rendering would raise on any data of that shape.
  ///
  /// `model` is an example of the data with every optional set and every list non-empty;
  /// sections over a list are checked against its first element. A list that is empty in the
  /// model, or a name that is null there, cannot be looked into, and names beneath it are
  /// not checked.
  ///
  /// - Parameters:
  ///   - model: An example value of the data type the template is rendered with.
  ///   - partials: Where partials and parents come from; a missing one is reported.
  /// A template that includes itself, directly or through other partials and parents, with
  /// no section around any of the inclusions, is reported at the tag that closes the cycle:
  /// no data could stop such a render. Inclusions inside a section (`{{#kinderen}}{{>boom}}`)
  /// are recursion a template may use on purpose, and are followed once.
  ///
  /// - Returns: One error per unresolved name or missing template, in source order.
  public func check(against model: TemplateValue, partials: (any TemplateResolver)? = nil)
    -> [TemplateError]
  {
    var checker = ModelChecker(format: format, resolver: partials, stack: [model])
    checker.checkRoot(self)
    return checker.errors
  }
}

/// Walks a template as a render would, with a model in place of data.
struct ModelChecker {
  let format: OutputFormat
  let resolver: (any TemplateResolver)?
  var stack: [TemplateValue]
  var errors: [TemplateError] = []
  /// The templates being checked, outermost first, each with the number of sections open
  /// in it: a cycle through frames that all have none is recursion nothing can stop.
  private var frames: [(name: String, openSections: Int)] = []
  /// Sections, blocks and templates open on the current path, bounded as a render bounds them.
  private var nesting = 0

  init(format: OutputFormat, resolver: (any TemplateResolver)?, stack: [TemplateValue]) {
    self.format = format
    self.resolver = resolver
    self.stack = stack
  }

  mutating func checkRoot(_ template: Template) {
    frames = [(template.name, 0)]
    check(template.nodes, in: template)
  }

  /// Checks nodes inside a section: inclusions there are conditional.
  private mutating func checkInSection(_ nodes: [Node], in template: Template) {
    frames[frames.count - 1].openSections += 1
    check(nodes, in: template)
    frames[frames.count - 1].openSections -= 1
  }

  mutating func check(_ nodes: [Node], in template: Template) {
    for node in nodes {
      switch node {
      case .text:
        break
      case .variable(let name, _, let offset):
        _ = resolve(name, at: offset, in: template)
      case .section(let name, let children, let isInverted, let offset):
        guard let value = resolve(name, at: offset, in: template) else { continue }
        guard enter(at: offset, in: template) else { return }
        defer { nesting -= 1 }
        if isInverted {
          checkInSection(children, in: template)
          continue
        }
        switch value {
        case .list(let items):
          guard let first = items.first else { continue }
          stack.append(first)
        case .null:
          continue
        default:
          stack.append(value)
        }
        checkInSection(children, in: template)
        stack.removeLast()
      case .partial(let target, _, let offset), .parent(let target, _, _, let offset):
        if case .parent(_, let overrides, _, _) = node {
          for block in overrides.values.sorted(by: { $0.offset < $1.offset }) {
            check(block.nodes, in: template)
          }
        }
        guard case .fixed(let name) = target else {
          if case .dynamic(let dynamic) = target { _ = resolve(dynamic, at: offset, in: template) }
          continue
        }
        checkTemplate(named: name, at: offset, in: template)
      case .block(let block):
        guard enter(at: block.offset, in: template) else { return }
        defer { nesting -= 1 }
        check(block.nodes, in: template)
      }
    }
  }

  /// Counts one more level, or records the error a render would raise here and says to stop.
  private mutating func enter(at offset: Int, in template: Template) -> Bool {
    guard nesting < Template.maximumRenderNesting else {
      errors.append(template.error(at: offset, .renderNestingLimit(Template.maximumRenderNesting)))
      return false
    }
    nesting += 1
    return true
  }

  private mutating func checkTemplate(named name: String, at offset: Int, in template: Template) {
    if let why = TemplateName.refusal(for: name) {
      errors.append(template.error(at: offset, .refusedTemplateName(name, why: why)))
      return
    }
    let found: Template?
    do {
      found = try resolver?.template(named: name, format: format)
    } catch {
      errors.append(Self.located(error, at: offset, in: template))
      return
    }
    guard let other = found else {
      errors.append(template.error(at: offset, .missingTemplate(name)))
      return
    }
    if let start = frames.firstIndex(where: { $0.name == other.name }) {
      let cycle = frames[start...]
      if cycle.allSatisfy({ $0.openSections == 0 }) {
        errors.append(
          template.error(at: offset, .unconditionalRecursion(cycle.map(\.name) + [other.name])))
      }
      return
    }
    // A chain of distinct templates deeper than a render may go fails the same way there
    // (the first frame is the root, which a render does not count).
    let limit = RenderOptions().maximumDepth
    guard frames.count <= limit else {
      errors.append(template.error(at: offset, .recursionLimit(limit)))
      return
    }
    guard enter(at: offset, in: template) else { return }
    frames.append((other.name, 0))
    check(other.nodes, in: other)
    frames.removeLast()
    nesting -= 1
  }

  /// An error the resolver raised about a partial as a whole (refused, unreadable) belongs at
  /// the tag that includes it; an error inside the partial's text keeps its own place.
  private static func located(_ error: TemplateError, at offset: Int, in template: Template)
    -> TemplateError
  {
    switch error.reason {
    case .refusedTemplateName, .unreadable, .missingTemplate:
      return template.error(at: offset, error.reason)
    default:
      return error
    }
  }

  private mutating func resolve(_ name: Name, at offset: Int, in template: Template)
    -> TemplateValue?
  {
    switch stack.resolve(name) {
    case .found(let value):
      return value
    case .missing(let segment):
      let suggestion = stack.suggestion(for: name, missingAt: segment)
      let missing = name.segments.prefix(segment + 1).joined(separator: ".")
      errors.append(template.error(at: offset, .missingName(missing, suggestion: suggestion)))
      return nil
    }
  }
}
