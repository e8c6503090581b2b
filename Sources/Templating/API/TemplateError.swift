/// A template that cannot be compiled or rendered: where, and why.
///
/// The reason is data (compare it in code); ``message`` and ``description`` put it into words.
public struct TemplateError: Error, Sendable, Equatable {
  /// The template's name as the caller gave it (usually its file name).
  public var templateName: String
  /// 1-based line of the offending tag.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int
  /// The source line holding the offending tag.
  public var excerpt: String
  public var reason: Reason

  public init(templateName: String, line: Int, column: Int, excerpt: String, reason: Reason) {
    self.templateName = templateName
    self.line = line
    self.column = column
    self.excerpt = excerpt
    self.reason = reason
  }

  /// Why a template failed.
  public enum Reason: Sendable, Equatable {
    /// A tag was opened and its closing delimiter never came (on the same line; comments may span lines).
    case unclosedTag(expected: String)
    /// A section, parent or block was opened here and never closed.
    case unclosedSection(String)
    /// A closing tag that does not close the innermost open section.
    case mismatchedClosingTag(expected: String, found: String, openedAtLine: Int, column: Int)
    /// A closing tag with no section open.
    case strayClosingTag(String)
    /// A `{{=… …=}}` tag that does not hold two delimiters without `=` or whitespace.
    case badDelimiters(String)
    /// `{{}}`, `{{#}}` and the like.
    case emptyTag
    /// A tag name with whitespace inside, such as `{{first name}}`.
    case whitespaceInName(String)
    /// Strict mode: a name that resolves to nothing; `suggestion` is a close name in scope.
    case missingName(String, suggestion: String?)
    /// Strict mode: a partial or parent that the template root does not hold.
    case missingTemplate(String)
    /// A partial or parent name that would leave the template root (`..`, absolute path, …).
    case refusedTemplateName(String, why: String)
    /// A dynamic name (`{{>*name}}`) whose value is not a string.
    case dynamicNameNotString(String)
    /// Sections, inverted sections, parents and blocks nested deeper than
    /// ``Template/maximumNesting`` inside one template; located at the first tag too deep.
    case nestingLimit(Int)
    /// Sections, blocks, partials and parents open at once in a render or check, counted
    /// across templates, beyond ``Template/maximumRenderNesting``.
    case renderNestingLimit(Int)
    /// Partials and parents nested deeper than the render's limit: unbounded recursion.
    case recursionLimit(Int)
    /// A template that includes itself, directly or through others, with no section around
    /// any of the inclusions to stop it: rendering it could never end. The cycle is listed
    /// from the template included again back to it.
    case unconditionalRecursion([String])
    /// A template root that could not be read (for file-system roots).
    case unreadable(String)
  }
}
