import Testing

@testable import Templating

@Suite("Escaping follows the template's output format")
struct EscapingTests {
  private func render(_ value: String, in name: String, source: String = "{{v}}") throws -> String {
    try Template(source, name: name).render(["v": .string(value)])
  }

  @Test(
    "the format comes from the file name",
    arguments: [
      ("plan.html.mustache", OutputFormat.html), ("plan.mustache", .html),
      ("plan.md.mustache", .markdown),
      ("plan.txt.mustache", .text), ("map/plan.md.mustache", .markdown), ("plan", .html),
    ])
  func formatFromName(_ name: String, _ format: OutputFormat) {
    #expect(OutputFormat(templateName: name) == format)
  }

  @Test("HTML escapes the five significant characters")
  func html() throws {
    #expect(
      try render(##"<b>"A&B's"</b>"##, in: "x.html.mustache")
        == "&lt;b&gt;&quot;A&amp;B&#39;s&quot;&lt;/b&gt;")
  }

  @Test(
    "Markdown escapes inline syntax characters with a backslash",
    arguments: [
      ("*vet* en _cursief_", ##"\*vet\* en \_cursief\_"##),
      ("# kop", ##"\# kop"##),
      ("a | b", ##"a \| b"##),
      ("[link](http://x)", ##"\[link\](http://x)"##),
      ("<script>", ##"\<script\>"##),
      (##"C:\map"##, ##"C:\\map"##),
      ("`code`", ##"\`code\`"##),
      ("~~weg~~", ##"\~\~weg\~\~"##),
      ("&amp;", ##"\&amp;"##),
    ])
  func markdownInline(_ value: String, _ expected: String) throws {
    #expect(try render(value, in: "x.md.mustache") == expected)
  }

  @Test(
    "Markdown escapes block starts at the start of a value",
    arguments: [
      ("1. punt", ##"1\. punt"##), ("12) punt", ##"12\) punt"##), ("- punt", ##"\- punt"##),
      ("+ punt", ##"\+ punt"##), ("=== ", ##"\=== "##), ("€ 1.234,56", "€ 1.234,56"),
      ("12 maart 2026", "12 maart 2026"), ("week 6-8", "week 6-8"),
    ])
  func markdownBlockStarts(_ value: String, _ expected: String) throws {
    #expect(try render(value, in: "x.md.mustache") == expected)
  }

  @Test("Markdown turns line breaks into <br> so a value stays inside its table cell")
  func markdownLineBreaks() throws {
    let rendered = try render(
      "regel 1\n# regel 2\r\n- regel 3", in: "x.md.mustache", source: "| {{v}} |")
    #expect(rendered == ##"| regel 1<br>\# regel 2<br>- regel 3 |"##)
  }

  @Test(
    "plain text does not escape, and triple mustache and & stay raw in every format",
    arguments: ["x.txt.mustache", "x.md.mustache", "x.html.mustache"])
  func raw(_ name: String) throws {
    let rendered = try Template("{{{v}}}|{{&v}}", name: name).render(["v": "<*a*|b>"])
    #expect(rendered == "<*a*|b>|<*a*|b>")
    if name.hasPrefix("x.txt") { #expect(try render("<*a*|b>", in: name) == "<*a*|b>") }
  }

  @Test("numbers render as written, not as binary floating point")
  func numbers() throws {
    let template = try Template("{{a}} {{b}} {{c}} {{d}}", name: "x.txt.mustache")
    #expect(
      try template.render([
        "a": 1.21, "b": 85, "c": .number(TemplateNumber(0.1 + 0.2)),
        "d": .number(TemplateNumber(text: "1.50")),
      ]) == "1.21 85 0.30000000000000004 1.50")
  }
}
