/// What a template produces, and so how values are escaped into it.
///
/// Taken from the template's file name: `name.md.mustache` is Markdown, `name.txt.mustache`
/// is plain text, `name.html.mustache` and any other `name.mustache` are HTML (as the
/// Mustache spec escapes). `{{{x}}}` and `{{&x}}` are never escaped.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Escapes `& < > " '` as character references.
  case html
  /// Escapes so that a value reads literally in a CommonMark/GFM renderer, table cells included.
  case markdown
  /// No escaping.
  case text

  /// The format a template file name asks for.
  public init(templateName: String) {
    let base = templateName.split(separator: "/").last.map(String.init) ?? templateName
    if base.hasSuffix(".md.mustache") {
      self = .markdown
    } else if base.hasSuffix(".txt.mustache") {
      self = .text
    } else {
      self = .html
    }
  }

  /// The middle extension of a template file name in this format (`html`, `md`, `txt`).
  public var fileExtension: String {
    switch self {
    case .html: "html"
    case .markdown: "md"
    case .text: "txt"
    }
  }
}
