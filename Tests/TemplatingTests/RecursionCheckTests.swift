import Testing

@testable import Templating

/// `Template.check` finds recursion no data could stop, without rendering, and leaves alone the
/// recursion a template uses on purpose (a tree rendered through a section).
@Suite struct RecursionCheckTests {
  private let model: TemplateValue = ["kinderen": [["naam": "x"]], "naam": "x"]

  private func check(_ main: String, _ partials: [String: String]) throws -> [String] {
    let template = try Template(main, name: "hoofd.md.mustache")
    return template.check(against: model, partials: try TemplateSet(sources: partials))
      .map(\.oneLine)
  }

  @Test func aPartialIncludingItselfIsReportedAtTheTag() throws {
    let found = try check("{{> zelf}}", ["zelf.md.mustache": "tekst\n{{naam}} {{> zelf}}"])
    #expect(
      found == [
        #"zelf.md.mustache:2:10: "zelf.md.mustache" includes itself with no section around the inclusion (zelf.md.mustache → zelf.md.mustache): rendering it would never end; put the inclusion inside a section that can be empty"#
      ])
  }

  @Test func mutualRecursionNamesTheWholeCycle() throws {
    let found = try check(
      "{{> a}}", ["a.md.mustache": "{{> b}}", "b.md.mustache": "B {{> a}}"])
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("b.md.mustache:1:3: \"a.md.mustache\" includes itself") == true)
    #expect(found.first?.contains("(a.md.mustache → b.md.mustache → a.md.mustache)") == true)
  }

  @Test func theTemplateCheckedIsPartOfTheCycle() throws {
    let found = try check(
      "{{> a}}", ["a.md.mustache": "{{> hoofd.md.mustache}}", "hoofd.md.mustache": ""])
    // `hoofd.md.mustache` in the set is a different template from the one checked only by
    // content; by name it closes the cycle.
    #expect(found.count == 1)
    #expect(
      found.first?.contains("(hoofd.md.mustache → a.md.mustache → hoofd.md.mustache)") == true)
  }

  @Test(
    "recursion through a section, normal or inverted, is allowed",
    arguments: [
      "{{#kinderen}}{{> boom}}{{/kinderen}}", "{{^naam}}{{> boom}}{{/naam}}",
    ])
  func conditionalRecursionIsAllowed(_ boom: String) throws {
    #expect(try check("{{> boom}}", ["boom.md.mustache": boom]).isEmpty)
  }

  @Test func aParentIncludingItselfIsRecursionToo() throws {
    let found = try check("{{< ouder}}{{/ ouder}}", ["ouder.md.mustache": "{{< ouder}}{{/ ouder}}"])
    #expect(found.count == 1)
    #expect(found.first?.contains("includes itself") == true)
  }
}
