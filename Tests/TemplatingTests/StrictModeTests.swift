import Testing

@testable import Templating

@Suite("Strict mode")
struct StrictModeTests {
  private let data: TemplateValue = [
    "werknemer": ["naam": "S. de Vries", "functie": "planner"],
    "spoor2": nil,
    "activiteiten": [["omschrijving": "Gesprek"]],
  ]

  private func strictError(_ source: String, partials: TemplateSet = TemplateSet())
    -> TemplateError?
  {
    do {
      _ = try Template(source, name: "pva.md.mustache").render(
        data, partials: partials, options: .strict)
      return nil
    } catch {
      return error
    }
  }

  @Test("a misspelt name is an error with a did-you-mean from the names in scope")
  func misspeltName() throws {
    let error = try #require(strictError("Naam: {{werknemer.nam}}"))
    #expect(
      error.oneLine
        == #"pva.md.mustache:1:7: no value named "werknemer.nam" in scope; did you mean "werknemer.naam"?"#
    )
  }

  @Test("a misspelt top-level name suggests a top-level name")
  func misspeltTopLevelName() throws {
    let error = try #require(strictError("{{#activiteit}}x{{/activiteit}}"))
    #expect(error.reason == .missingName("activiteit", suggestion: "activiteiten"))
  }

  @Test("a name with nothing close gets no suggestion")
  func noSuggestion() throws {
    let error = try #require(strictError("{{loonheffingennummer}}"))
    #expect(error.reason == .missingName("loonheffingennummer", suggestion: nil))
  }

  @Test("names inside a section resolve against the item, then outward")
  func sectionScope() throws {
    let rendered = try Template(
      "{{#activiteiten}}{{omschrijving}} ({{werknemer.naam}}){{/activiteiten}}",
      name: "x.txt.mustache"
    )
    .render(data, options: .strict)
    #expect(rendered == "Gesprek (S. de Vries)")
    let error = try #require(strictError("{{#activiteiten}}{{omschrijvng}}{{/activiteiten}}"))
    #expect(error.reason == .missingName("omschrijvng", suggestion: "omschrijving"))
  }

  @Test("a name that holds null is present and falsy, so sections can guard optional data")
  func nullIsNotMissing() throws {
    let template = try Template(
      "{{#spoor2}}tweede spoor{{/spoor2}}{{^spoor2}}geen tweede spoor{{/spoor2}}|{{spoor2}}|",
      name: "x.txt.mustache")
    #expect(try template.render(data, options: .strict) == "geen tweede spoor||")
  }

  @Test("a missing partial is an error in strict mode and nothing otherwise")
  func missingPartial() throws {
    let error = try #require(strictError("{{> voettekst}}"))
    #expect(error.reason == .missingTemplate("voettekst"))
    let lenient = try Template("a{{> voettekst}}b", name: "x.mustache").render(data)
    #expect(lenient == "ab")
  }

  @Test("errors inside a partial name the partial and its own line")
  func errorInPartial() throws {
    let partials = try TemplateSet(sources: [
      "voettekst.md.mustache": "Met groet,\n{{casemanager.naam}}\n"
    ])
    let error = try #require(strictError("Tekst\n{{> voettekst}}\n", partials: partials))
    #expect(error.templateName == "voettekst.md.mustache")
    #expect(error.line == 2)
    #expect(error.reason == .missingName("casemanager", suggestion: nil))
  }

  @Test("without strict mode a missing name renders as nothing, as the spec says")
  func lenient() throws {
    #expect(try Template("[{{nergens}}]", name: "x.mustache").render(data) == "[]")
  }
}
