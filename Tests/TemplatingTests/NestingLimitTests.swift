import StrictJSON
import Testing

@testable import Templating

/// The engine's tree is built, rendered, checked and freed by recursion, so its depth is bounded
/// where the depth is written: at compile time, with the place of the first tag too deep.
@Suite("Nesting is limited where it is written, never by the stack")
struct NestingLimitTests {
  private func nested(
    _ depth: Int, open: String = "#", name: String = "a", inner: String = "x"
  ) -> String {
    String(repeating: "{{\(open)\(name)}}", count: depth) + inner
      + String(repeating: "{{/\(name)}}", count: depth)
  }

  private func compileError(_ source: String) -> TemplateError? {
    do {
      _ = try Template(source, name: "diep.md.mustache")
      return nil
    } catch {
      return error
    }
  }

  @Test("256 nested sections compile and render; the 257th is refused at its own tag")
  func sectionLimit() throws {
    let deepest = try Template(nested(256), name: "diep.md.mustache")
    #expect(try deepest.render(["a": true]) == "x")
    let error = try #require(compileError(nested(257)))
    #expect(error.reason == .nestingLimit(256))
    #expect(error.line == 1)
    #expect(error.column == 256 * 6 + 1)  // each "{{#a}}" is 6 characters
    #expect(
      error.oneLine
        == "diep.md.mustache:1:1537: sections, parents and blocks nested more than 256 deep in one template"
    )
  }

  @Test(
    "inverted sections, parents and blocks count toward the same limit",
    arguments: ["^", "<", "$"])
  func otherNestingTags(_ sigil: String) throws {
    #expect(throws: Never.self) { try Template(nested(256, open: sigil), name: "t.mustache") }
    let error = try #require(compileError(nested(257, open: sigil)))
    #expect(error.reason == .nestingLimit(256))
  }

  @Test("the reproduction of issue 10: 50,000 nested sections are an error, not SIGSEGV")
  func issueReproduction() throws {
    let error = try #require(compileError(nested(50_000)))
    #expect(error.reason == .nestingLimit(256))
    #expect(error.column == 1537)
  }

  @Test("a limit counts open sections, not sections one after another")
  func siblingsAreNotNesting() throws {
    let source = String(repeating: nested(200), count: 100)
    let template = try Template(source, name: "breed.txt.mustache")
    #expect(try template.render(["a": true]) == String(repeating: "x", count: 100))
  }

  @Test("sections and partials nest at most 1024 deep across templates, in render and check")
  func deepestTemplatesThroughPartials() throws {
    // 255 sections deep, then itself again: without a bound across templates, 64 partial
    // levels would nest 16,000 sections, more than a test thread's stack holds.
    let source = nested(255, inner: "{{>diep}}")
    let partials = try TemplateSet(sources: ["diep": source])
    let template = try Template(source, name: "diep")
    do {
      _ = try template.render(["a": true], partials: partials)
      Issue.record("expected the nesting limit")
    } catch {
      #expect(error.reason == .renderNestingLimit(1024))
      // 1024 = 4 × (255 sections + 1 partial): the 1025th level is the fifth copy's first tag.
      #expect(error.templateName == "diep")
      #expect(error.column == 1)
    }
    // Checking follows each partial once, so a chain of distinct templates is the deep case.
    var sources: [String: String] = [:]
    for index in 0..<200 { sources["t\(index)"] = nested(255, inner: "{{>t\(index + 1)}}") }
    sources["t200"] = "einde"
    let chain = try TemplateSet(sources: sources)
    let first = try #require(chain.templates["t0"])
    let errors = first.check(against: ["a": true], partials: chain)
    #expect(errors.map(\.reason) == [.renderNestingLimit(1024)])
    #expect(errors.first?.templateName == "t4")
  }

  @Test("a chain of distinct partials deeper than the render's limit is reported by check")
  func longChainInCheck() throws {
    var sources: [String: String] = [:]
    for index in 0..<100 { sources["t\(index)"] = "{{>t\(index + 1)}}" }
    sources["t100"] = "einde"
    let chain = try TemplateSet(sources: sources)
    let first = try #require(chain.templates["t0"])
    let errors = first.check(against: [:], partials: chain)
    #expect(errors.map(\.reason) == [.recursionLimit(64)])
    #expect(errors.first?.templateName == "t64")
    #expect(throws: TemplateError.self) { try first.render([:], partials: chain) }
  }

  @Test("JSON data nested to the parser's limit becomes template data; one deeper is located")
  func deepData() throws {
    let depth = JSONParser.maximumDepth
    let json = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    let value = TemplateValue(json: try JSONParser.parse(Array(json.utf8)))
    // Each section enters one list level; the innermost renders the number.
    let template = try Template(nested(256, name: ".", inner: "{{.}}"), name: "t.txt.mustache")
    #expect(try template.render(value) == "")
    let shallow = try Template(nested(depth / 2, name: ".", inner: "{{.}}"), name: "t.txt.mustache")
    _ = try shallow.render(value)
    let deeper = "[" + json + "]"
    #expect {
      try JSONParser.parse(Array(deeper.utf8))
    } throws: { error in
      guard let error = error as? StrictJSONError else { return false }
      return error.position?.column == depth + 1 && error.message.contains("nesting deeper")
    }
  }
}
