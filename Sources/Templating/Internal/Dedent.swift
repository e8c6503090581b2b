/// Removes a block's own indentation from its content, so that it can be re-indented where
/// it expands (spec ~inheritance: "Block indentation is removed at the site of definition and
/// added at the site of expansion").
enum Dedent {
  /// The leading whitespace shared by every non-blank line of `nodes`.
  static func commonIndentation(of nodes: [Node]) -> [UInt8] {
    var common: [UInt8]? = nil
    var atLineStart = true
    func consider(_ prefix: ArraySlice<UInt8>) {
      guard let current = common else {
        common = Array(prefix)
        return
      }
      var length = 0
      while length < current.count, length < prefix.count,
        current[length] == prefix[prefix.startIndex + length]
      {
        length += 1
      }
      common = Array(current.prefix(length))
    }
    func walk(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .text(let bytes):
          var index = 0
          while index < bytes.count {
            let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if atLineStart {
              let line = bytes[index..<lineEnd]
              let indent = line.prefix(while: {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
              })
              let isBlank =
                indent.count == line.count
                || (indent.count == line.count - 1 && line.last == UInt8(ascii: "\r"))
              if !isBlank || lineEnd == bytes.count && !line.isEmpty { consider(indent) }
            }
            atLineStart = lineEnd < bytes.count
            index = lineEnd + 1
          }
        case .section(_, let children, _, _):
          if atLineStart { consider([]) }
          walk(children)
        case .partial(_, let indentation, _), .parent(_, _, let indentation, _):
          if atLineStart { consider(indentation[...]) }
          atLineStart = !indentation.isEmpty
        case .block(let block):
          if let indentation = block.indentation {
            consider(indentation[...])
            atLineStart = true
          } else {
            if atLineStart { consider([]) }
            atLineStart = false
          }
        case .variable:
          if atLineStart { consider([]) }
          atLineStart = false
        }
      }
    }
    walk(nodes)
    return common ?? []
  }

  /// `nodes` with `prefix` removed from the start of each line and from recorded indentation.
  static func strip(_ prefix: [UInt8], from nodes: [Node]) -> [Node] {
    guard !prefix.isEmpty else { return nodes }
    var atLineStart = true
    func removingPrefix(_ bytes: [UInt8]) -> [UInt8] {
      var count = 0
      while count < prefix.count, count < bytes.count, bytes[count] == prefix[count] { count += 1 }
      return Array(bytes[count...])
    }
    func walk(_ nodes: [Node]) -> [Node] {
      nodes.map { node in
        switch node {
        case .text(let bytes):
          var result: [UInt8] = []
          result.reserveCapacity(bytes.count)
          var index = 0
          while index < bytes.count {
            let lineEnd =
              bytes[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = Array(bytes[index..<lineEnd])
            result += atLineStart ? removingPrefix(line) : line
            atLineStart = line.last == UInt8(ascii: "\n")
            index = lineEnd
          }
          return .text(result)
        case .section(let name, let children, let isInverted, let offset):
          return .section(name, nodes: walk(children), isInverted: isInverted, offset: offset)
        case .partial(let target, let indentation, let offset):
          atLineStart = true
          return .partial(target, indentation: removingPrefix(indentation), offset: offset)
        case .parent(let target, let overrides, let indentation, let offset):
          atLineStart = true
          return .parent(
            target, overrides: overrides, indentation: removingPrefix(indentation), offset: offset)
        case .block(var block):
          if let indentation = block.indentation {
            block.indentation = removingPrefix(indentation)
            atLineStart = true
          } else {
            atLineStart = false
          }
          return .block(block)
        case .variable:
          atLineStart = false
          return node
        }
      }
    }
    return walk(nodes)
  }
}
