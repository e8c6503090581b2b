import Foundation

/// A small structural check of HTML5 documents, enough for tests: the doctype and `lang`,
/// balanced elements (void elements excepted), no scripts and no external resources.
/// Not a full HTML5 parser; it reports the first problems it meets.
enum HTMLStructure {
  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
  ]

  static func problems(in html: String) -> [String] {
    var problems: [String] = []
    if !html.hasPrefix("<!DOCTYPE html>") { problems.append("no <!DOCTYPE html> at the start") }
    if !html.contains("<html lang=\"nl\">") { problems.append("no <html lang=\"nl\">") }
    for required in ["<head>", "<meta charset=\"utf-8\">", "<title>", "<body>", "</html>"]
    where !html.contains(required) {
      problems.append("missing \(required)")
    }
    if html.range(of: "<script", options: .caseInsensitive) != nil {
      problems.append("has a script")
    }
    for external in ["src=\"http", "href=\"http", "@import", "url(http"]
    where html.contains(external) {
      problems.append("refers to an external resource (\(external))")
    }
    var stack: [String] = []
    var index = html.startIndex
    while let open = html[index...].firstIndex(of: "<") {
      guard let close = html[open...].firstIndex(of: ">") else {
        problems.append("unclosed tag at offset \(html.distance(from: html.startIndex, to: open))")
        break
      }
      let tag = html[html.index(after: open)..<close]
      index = html.index(after: close)
      if tag.hasPrefix("!") { continue }
      let isClosing = tag.hasPrefix("/")
      let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
      guard !name.isEmpty else {
        problems.append(
          "a bare '<' in text at offset \(html.distance(from: html.startIndex, to: open)); it must be &lt;"
        )
        continue
      }
      if voidElements.contains(name) { continue }
      if isClosing {
        guard stack.last == name else {
          problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
          return problems
        }
        stack.removeLast()
      } else if name == "style" {
        // CSS is text; skip to its end tag.
        guard let end = html[index...].range(of: "</style>") else {
          problems.append("unclosed <style>")
          return problems
        }
        index = end.upperBound
      } else {
        stack.append(name)
      }
    }
    if !stack.isEmpty { problems.append("unclosed elements: \(stack.joined(separator: ", "))") }
    return problems
  }
}
