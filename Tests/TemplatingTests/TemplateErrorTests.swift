import Testing

@testable import Templating

@Suite("Template errors name the template, line, column and reason")
struct TemplateErrorTests {
  private func compileError(_ source: String, name: String = "brief.html.mustache")
    -> TemplateError?
  {
    do {
      _ = try Template(source, name: name)
      return nil
    } catch {
      return error
    }
  }

  @Test("an unclosed tag is reported where it opens")
  func unclosedTag() throws {
    let error = try #require(compileError("Beste {{naam,\nmet groet"))
    #expect(
      error.oneLine
        == #"brief.html.mustache:1:7: unclosed tag: expected "}}" before the end of the line"#)
  }

  @Test("an unclosed section is reported where it was opened, not at the end")
  func unclosedSection() throws {
    let error = try #require(
      compileError("<ul>\n  {{#activiteiten}}\n  <li>{{omschrijving}}</li>\n</ul>\n"))
    #expect(error.line == 2)
    #expect(error.column == 3)
    #expect(error.reason == .unclosedSection("activiteiten"))
  }

  @Test("a mismatched closing tag names both sections and where the open one started")
  func mismatchedClosingTag() throws {
    let error = try #require(compileError("{{#a}}\n{{#b}}\n{{/a}}\n{{/b}}"))
    #expect(
      error.oneLine
        == #"brief.html.mustache:3:1: closing tag "a" does not match the open section "b" (opened at 2:1)"#
    )
  }

  @Test("a stray closing tag has its own message")
  func strayClosingTag() throws {
    let error = try #require(compileError("tekst {{/spoor2}}"))
    #expect(error.reason == .strayClosingTag("spoor2"))
    #expect(error.column == 7)
  }

  @Test(
    "a bad delimiter change has its own message",
    arguments: ["{{=<% %>}}", "{{=<%%>=}}", "{{=<= =>=}}"])
  func badDelimiters(_ source: String) throws {
    let error = try #require(compileError(source))
    switch error.reason {
    case .badDelimiters, .unclosedTag: break
    default: Issue.record("unexpected reason \(error.reason)")
    }
  }

  @Test("a delimiter change without its closing = is an unclosed tag naming =}}")
  func delimiterWithoutClosingEquals() throws {
    let error = try #require(compileError("{{=<% %>}}"))
    #expect(error.reason == .unclosedTag(expected: "=}}"))
  }

  @Test("empty tags and names with spaces are refused")
  func malformedNames() throws {
    #expect(try #require(compileError("a {{}} b")).reason == .emptyTag)
    #expect(
      try #require(compileError("{{eerste ziektedag}}")).reason
        == .whitespaceInName("eerste ziektedag"))
  }

  @Test("the description is compiler-style with the line and a caret under the column")
  func description() throws {
    let error = try #require(compileError("<p>\n  <b>{{#spoor2}}</b>\n</p>"))
    #expect(
      error.description == """
        error: unclosed section "spoor2": opened here but never closed with a closing tag for "spoor2"
         --> brief.html.mustache:2:6
          |
        2 |   <b>{{#spoor2}}</b>
          |      ^
        """)
  }

  @Test("columns count characters, not bytes, and CRLF lines count once")
  func columnsCountCharacters() throws {
    let error = try #require(compileError("één\r\nrégel {{/x}}"))
    #expect(error.line == 2)
    #expect(error.column == 7)
    #expect(error.excerpt == "régel {{/x}}")
  }
}
