/// Appends `value` to `output`, escaped for `format`.
func appendEscaped(_ value: String, as format: OutputFormat, to output: inout [UInt8]) {
  var value = value
  value.withUTF8 { bytes in
    switch format {
    case .html: appendHTMLEscaped(bytes, to: &output)
    case .markdown: appendMarkdownEscaped(bytes, to: &output)
    case .text: output.append(contentsOf: bytes)
    }
  }
}

/// Appends an ASCII literal without touching a global array (no lazy initialisation, no retain).
private func append(_ literal: StaticString, to output: inout [UInt8]) {
  literal.withUTF8Buffer { output.append(contentsOf: $0) }
}

private func appendHTMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
  var runStart = 0
  for index in 0..<bytes.count {
    let replacement: StaticString
    switch bytes[index] {
    case UInt8(ascii: "&"): replacement = "&amp;"
    case UInt8(ascii: "<"): replacement = "&lt;"
    case UInt8(ascii: ">"): replacement = "&gt;"
    case UInt8(ascii: "\""): replacement = "&quot;"
    case UInt8(ascii: "'"): replacement = "&#39;"
    default: continue
    }
    if index > runStart {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
    }
    append(replacement, to: &output)
    runStart = index + 1
  }
  if bytes.count > runStart {
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
  }
}

/// Markdown: a backslash before every character CommonMark or GFM could read as syntax
/// anywhere in a line (`\ ` * _ [ ] < > # | ~ &`), before `-`, `+` and `=` and an ordered-list
/// dot or parenthesis where the value starts (list items, setext underlines), and line breaks
/// as `<br>` so that a value never starts a new block or breaks a table row.
private func appendMarkdownEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
  var index = 0
  var leadingDigits = true
  while index < bytes.count {
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"):
      output.append(UInt8(ascii: "\\"))
      output.append(byte)
    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
      if index == 0 { output.append(UInt8(ascii: "\\")) }
      output.append(byte)
    case UInt8(ascii: "."), UInt8(ascii: ")"):
      if leadingDigits && index > 0 { output.append(UInt8(ascii: "\\")) }
      output.append(byte)
    case UInt8(ascii: "\r"):
      append("<br>", to: &output)
      if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
    case UInt8(ascii: "\n"):
      append("<br>", to: &output)
    default:
      output.append(byte)
    }
    if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { leadingDigits = false }
    index += 1
  }
}
