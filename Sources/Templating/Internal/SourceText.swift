/// Line and column arithmetic over UTF-8 source bytes, for error messages.
enum SourceText {
  /// 1-based line and column of a byte offset; the column counts Unicode scalars, so a caret
  /// lines up under the character in a terminal.
  static func lineAndColumn(of offset: Int, in source: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, source.count)
    while index < end {
      let byte = source[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return (line, column)
  }

  /// The text of the line holding `offset`, without its line ending.
  static func line(containing offset: Int, in source: [UInt8]) -> String {
    let clamped = min(max(offset, 0), source.count)
    var start = clamped
    while start > 0, source[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    var end = clamped
    while end < source.count, source[end] != UInt8(ascii: "\n") { end += 1 }
    if end > start, source[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: source[start..<end], as: UTF8.self)
  }
}
