/// The kinds of tag the tokenizer recognises, by their sigil.
enum TagKind: Sendable, Equatable {
  case variable  // {{name}}
  case rawVariable  // {{{name}}} or {{&name}}
  case section  // {{#name}}
  case invertedSection  // {{^name}}
  case close  // {{/name}}
  case comment  // {{! … }}
  case partial  // {{>name}}
  case parent  // {{<name}}
  case block  // {{$name}}
  case setDelimiters  // {{=<% %>=}}

  /// Tags that may stand alone on a line and then take the line with them (spec: "standalone").
  var mayStandAlone: Bool {
    switch self {
    case .variable, .rawVariable: false
    default: true
    }
  }

  /// Tags that may share a standalone line with adjacent tags of the same family
  /// (spec ~inheritance: "A parent's opening and closing tags need not be on separate lines").
  var isInheritance: Bool {
    switch self {
    case .parent, .block: true
    default: false
    }
  }
}

/// One tag as scanned: its kind, its trimmed content and where it stands in the source.
struct Tag: Sendable {
  var kind: TagKind
  var content: String
  /// Byte offset of the opening delimiter.
  var start: Int
  /// Byte offset just past the closing delimiter.
  var end: Int
  /// For `{{>*name}}` and `{{<*name}}`: the name is looked up in the data (dynamic names).
  var isDynamic = false
  /// Leading whitespace of the tag's line when the tag stands alone (partials, parents, blocks).
  var indentation: [UInt8] = []
  var isStandalone = false
  /// A standalone `{{$b}}{{/b}}` pair keeps its line ending (spec ~inheritance "Standalone block").
  var keepsLineEnding: [UInt8] = []
}

/// The flat token stream between scanning and tree building.
enum Token: Sendable {
  /// A run of literal text, as a byte range of the source; never spans a line ending.
  case text(Range<Int>)
  /// A line ending ("\n" or "\r\n") as a byte range.
  case newline(Range<Int>)
  case tag(Tag)
}
