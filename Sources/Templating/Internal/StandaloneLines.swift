/// Removes lines that hold only whitespace and "standalone" tags (spec: sections, comments,
/// partials, delimiters, inheritance), recording the removed indentation on the tag.
///
/// A line qualifies when its text is whitespace and it holds one tag that may stand alone, or
/// a run of adjacent inheritance tags (`{{<parent}}{{$block}}`, `{{/block}}{{/parent}}`), as
/// the inheritance module of the spec asks.
enum StandaloneLines {
  static func apply(to tokens: [Token], source: [UInt8]) -> [Token] {
    var output: [Token] = []
    output.reserveCapacity(tokens.count)
    var openKinds: [TagKind] = []
    var lineStart = 0
    while lineStart < tokens.count {
      var lineEnd = lineStart
      while lineEnd < tokens.count {
        if case .newline = tokens[lineEnd] { break }
        lineEnd += 1
      }
      // tokens[lineStart..<lineEnd] is the line's content; tokens[lineEnd] its newline, if any.
      let hasNewline = lineEnd < tokens.count
      var line = Array(tokens[lineStart..<lineEnd])
      let closedKinds = track(line, openKinds: &openKinds)
      if let indentation = standaloneIndentation(line, closedKinds: closedKinds, source: source) {
        var newline: [UInt8] = []
        if hasNewline, case .newline(let range) = tokens[lineEnd] { newline = Array(source[range]) }
        line = line.compactMap { token in
          guard case .tag = token else { return nil }
          return token
        }
        mark(&line, indentation: indentation, newline: newline, closedKinds: closedKinds)
        output.append(contentsOf: line)
      } else {
        output.append(contentsOf: line)
        if hasNewline { output.append(tokens[lineEnd]) }
      }
      lineStart = lineEnd + 1
    }
    return output
  }

  /// Follows section nesting so that a close tag knows what it closes; returns, per tag of the
  /// line, the kind a close tag closes (nil for other tags or an unmatched close).
  private static func track(_ line: [Token], openKinds: inout [TagKind]) -> [TagKind?] {
    var closed: [TagKind?] = []
    for token in line {
      guard case .tag(let tag) = token else { continue }
      switch tag.kind {
      case .section, .invertedSection, .parent, .block:
        openKinds.append(tag.kind)
        closed.append(nil)
      case .close:
        closed.append(openKinds.popLast())
      default:
        closed.append(nil)
      }
    }
    return closed
  }

  private static func standaloneIndentation(
    _ line: [Token], closedKinds: [TagKind?], source: [UInt8]
  ) -> [UInt8]? {
    var indentation: [UInt8] = []
    var tags: [Tag] = []
    var previousWasTag = false
    for token in line {
      switch token {
      case .text(let range):
        guard source[range].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        else { return nil }
        if !tags.isEmpty { previousWasTag = false } else { indentation += source[range] }
      case .tag(let tag):
        if !tags.isEmpty && !previousWasTag { return nil }
        tags.append(tag)
        previousWasTag = true
      case .newline:
        return nil
      }
    }
    guard let first = tags.first, first.kind.mayStandAlone else { return nil }
    if tags.count > 1 {
      for (tag, closed) in zip(tags, closedKinds) {
        let family = tag.kind == .close ? closed : tag.kind
        guard family?.isInheritance == true else { return nil }
      }
    }
    return indentation
  }

  private static func mark(
    _ line: inout [Token], indentation: [UInt8], newline: [UInt8], closedKinds: [TagKind?]
  ) {
    for index in line.indices {
      guard case .tag(var tag) = line[index] else { continue }
      tag.isStandalone = true
      if index == 0 { tag.indentation = indentation }
      if index == 0, line.count == 2, tag.kind == .block, closedKinds[1] == .block {
        tag.keepsLineEnding = newline
      }
      line[index] = .tag(tag)
    }
  }
}
