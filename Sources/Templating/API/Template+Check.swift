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
  /// - Returns: One error per unresolved name or missing template, in source order.
  public func check(against model: TemplateValue, partials: (any TemplateResolver)? = nil)
    -> [TemplateError]
  {
    var checker = ModelChecker(format: format, resolver: partials, stack: [model])
    checker.check(nodes, in: self)
    return checker.errors
  }
}

/// Walks a template as a render would, with a model in place of data.
struct ModelChecker {
  let format: OutputFormat
  let resolver: (any TemplateResolver)?
  var stack: [TemplateValue]
  var errors: [TemplateError] = []
  /// Templates being checked, to stop at recursion instead of following it.
  private var active: [String] = []
  /// Sections, blocks and templates open on the current path, bounded as a render bounds them.
  private var nesting = 0

  init(format: OutputFormat, resolver: (any TemplateResolver)?, stack: [TemplateValue]) {
    self.format = format
    self.resolver = resolver
    self.stack = stack
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
          check(children, in: template)
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
        check(children, in: template)
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
      errors.append(error)
      return
    }
    guard let other = found else {
      errors.append(template.error(at: offset, .missingTemplate(name)))
      return
    }
    guard !active.contains(other.name) else { return }
    // A chain of distinct templates deeper than a render may go fails the same way there.
    let limit = RenderOptions().maximumDepth
    guard active.count < limit else {
      errors.append(template.error(at: offset, .recursionLimit(limit)))
      return
    }
    guard enter(at: offset, in: template) else { return }
    active.append(other.name)
    check(other.nodes, in: other)
    active.removeLast()
    nesting -= 1
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
