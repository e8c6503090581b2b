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

private let ampersand = Array("&amp;".utf8)
private let lessThan = Array("&lt;".utf8)
private let greaterThan = Array("&gt;".utf8)
private let quote = Array("&quot;".utf8)
private let apostrophe = Array("&#39;".utf8)

private func appendHTMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
  var runStart = 0
  for index in 0..<bytes.count {
    let replacement: [UInt8]
    switch bytes[index] {
    case UInt8(ascii: "&"): replacement = ampersand
    case UInt8(ascii: "<"): replacement = lessThan
    case UInt8(ascii: ">"): replacement = greaterThan
    case UInt8(ascii: "\""): replacement = quote
    case UInt8(ascii: "'"): replacement = apostrophe
    default: continue
    }
    if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
    output.append(contentsOf: replacement)
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
  let lineBreak = Array("<br>".utf8)
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
      output.append(contentsOf: lineBreak)
      if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
    case UInt8(ascii: "\n"):
      output.append(contentsOf: lineBreak)
    default:
      output.append(byte)
    }
    if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { leadingDigits = false }
    index += 1
  }
}
