import Testing

@testable import Templating

/// Inputs `Scripts/fuzz.sh engine` found crashing, reduced by hand to what matters. Each must
/// end with output or a located error.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  @Test(
    "a block overridden by content that holds the same block ends with an error, not a stack overflow"
  )
  func blockInsideItsOwnOverride() throws {
    // Found by the engine harness: a block override `inhoud` containing `{{$inhoud}}` again.
    // The inner block resolves to the same override, which holds it again, without end.
    let partials = try TemplateSet(sources: ["layout": "<main>{{$inhoud}}{{/inhoud}}</main>"])
    let template = try Template(
      "{{<layout}}{{$inhoud}}a{{$inhoud}}b{{/inhoud}}{{/inhoud}}{{/layout}}", name: "brief.mustache"
    )
    do {
      _ = try template.render([:], partials: partials)
      Issue.record("expected the nesting limit")
    } catch {
      #expect(error.reason == .renderNestingLimit(Template.maximumRenderNesting))
      #expect(error.line == 1)
    }
    #expect(template.check(against: [:], partials: partials).isEmpty)
  }
}
