/// A dotted name as written in a tag, split once at compile time.
///
/// A class so that the renderer's pattern matches retain one reference, not two arrays.
final class Name: Sendable, Hashable {
  /// The name as written (`werkgever.naam`, or `.` for the current item).
  let text: String
  /// The parts between dots; empty for the implicit iterator `.`.
  let segments: [String]

  static func == (lhs: Name, rhs: Name) -> Bool { lhs.text == rhs.text }
  func hash(into hasher: inout Hasher) { hasher.combine(text) }

  init(_ text: String) {
    self.text = text
    self.segments =
      text == "."
      ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
  }
}

/// What a partial or parent tag names: a template name, or a data name whose value is one.
enum TemplateTarget: Sendable, Hashable {
  case fixed(String)
  case dynamic(Name)
}

/// A `{{$name}}…{{/name}}` block: default content in a parent, or an override in a child.
struct Block: Sendable {
  var name: String
  var nodes: [Node]
  /// Added to every line of the block's content where it expands; set when the block's tag
  /// stands alone (spec ~inheritance: "Block reindentation", "Intrinsic indentation").
  var indentation: [UInt8]?
  /// The line ending a standalone empty `{{$b}}{{/b}}` keeps after the expanded content.
  var lineEnding: [UInt8]
  var offset: Int
}

/// One node of a compiled template: immutable, located by byte offset in its source.
indirect enum Node: Sendable {
  case text([UInt8])
  case variable(Name, isEscaped: Bool, offset: Int)
  case section(Name, nodes: [Node], isInverted: Bool, offset: Int)
  case partial(TemplateTarget, indentation: [UInt8], offset: Int)
  case parent(TemplateTarget, overrides: [String: Block], indentation: [UInt8], offset: Int)
  case block(Block)
}
