import Testing

@testable import Templating

@Suite("Partials and parents")
struct PartialTests {
  @Test(
    "names that would leave the template root are refused",
    arguments: [
      "../geheim", "/etc/passwd", "map/../../geheim", #"map\bestand"#, "a//b",
    ])
  func refusedNames(_ name: String) throws {
    let template = try Template("{{> \(name)}}", name: "x.mustache")
    #expect(throws: TemplateError.self) { try template.render([:], partials: TemplateSet()) }
    do {
      _ = try template.render([:], partials: TemplateSet())
    } catch {
      guard case .refusedTemplateName(name, _) = error.reason else {
        Issue.record("unexpected reason \(error.reason)")
        return
      }
    }
  }

  @Test("a dynamic name that points outside the root is refused too")
  func refusedDynamicName() throws {
    let template = try Template("{{>*sjabloon}}", name: "x.mustache")
    #expect(throws: TemplateError.self) {
      try template.render(["sjabloon": "../x"], partials: TemplateSet())
    }
  }

  @Test("a partial that includes itself without data to stop it ends with an error, not a crash")
  func unboundedRecursion() throws {
    let partials = try TemplateSet(sources: ["lus": "x{{> lus}}"])
    let template = try Template("{{> lus}}", name: "x.mustache")
    do {
      _ = try template.render([:], partials: partials)
      Issue.record("expected a recursion error")
    } catch {
      #expect(error.reason == .recursionLimit(64))
      #expect(error.templateName == "lus")
    }
  }

  @Test("parents recursing without end also stop at the limit")
  func unboundedParentRecursion() throws {
    let partials = try TemplateSet(sources: ["ouder": "{{<ouder}}{{/ouder}}"])
    let template = try Template("{{<ouder}}{{/ouder}}", name: "x.mustache")
    #expect(throws: TemplateError.self) {
      try template.render([:], partials: partials, options: RenderOptions(maximumDepth: 10))
    }
  }

  @Test("recursion bounded by data renders to any depth within the limit")
  func boundedRecursion() throws {
    var node: TemplateValue = ["naam": "blad", "kinderen": []]
    for level in 0..<20 { node = ["naam": .string("n\(level)"), "kinderen": [node]] }
    let partials = try TemplateSet(sources: [
      "knoop": "{{naam}}({{#kinderen}}{{> knoop}}{{/kinderen}})"
    ])
    let rendered = try Template("{{> knoop}}", name: "x.txt.mustache").render(
      node, partials: partials)
    #expect(rendered.hasPrefix("n19(n18("))
    #expect(rendered.hasSuffix("blad()" + String(repeating: ")", count: 20)))
  }

  @Test("a partial is found by its name with the document's format extension")
  func formatSpecificLookup() throws {
    let partials = try TemplateSet(sources: [
      "voettekst.html.mustache": "<footer>{{naam}}</footer>", "voettekst.md.mustache": "— {{naam}}",
    ])
    let data: TemplateValue = ["naam": "A&B"]
    #expect(
      try Template("{{> voettekst}}", name: "p.html.mustache").render(data, partials: partials)
        == "<footer>A&amp;B</footer>")
    #expect(
      try Template("{{> voettekst}}", name: "p.md.mustache").render(data, partials: partials)
        == #"— A\&B"#)
  }

  @Test("a house layout through inheritance: blocks overridden, defaults kept")
  func layout() throws {
    let partials = try TemplateSet(sources: [
      "layout.html.mustache": """
      <html lang="nl">
      <head><title>{{$titel}}Document{{/titel}}</title></head>
      <body>
        {{$inhoud}}
        <p>leeg</p>
        {{/inhoud}}
      </body>
      </html>

      """
    ])
    let page = try Template(
      """
      {{<layout}}
      {{$titel}}Plan van aanpak {{referentie}}{{/titel}}
      {{$inhoud}}
      <h1>{{werknemer}}</h1>
      {{/inhoud}}
      {{/layout}}

      """, name: "plan.html.mustache")
    let rendered = try page.render(
      ["referentie": "VZ-1", "werknemer": "K. Bos"], partials: partials, options: .strict)
    #expect(
      rendered == """
        <html lang="nl">
        <head><title>Plan van aanpak VZ-1</title></head>
        <body>
          <h1>K. Bos</h1>
        </body>
        </html>

        """)
  }
}
