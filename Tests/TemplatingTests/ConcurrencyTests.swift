import Dispatch
import Testing

@testable import Templating

@Suite("Compiled templates are shared across threads")
struct ConcurrencyTests {
  @Test("rendering one compiled template from many threads at once gives identical output")
  func concurrentRendering() throws {
    let partials = try TemplateSet(sources: [
      "rij": "<tr><td>{{nummer}}</td><td>{{tekst}}</td></tr>\n"
    ])
    let template = try Template(
      "<table>\n{{#rijen}}\n{{> rij}}\n{{/rijen}}\n</table>\n", name: "t.html.mustache")
    let data: TemplateValue = [
      "rijen": .list(
        (0..<200).map { ["nummer": .number(TemplateNumber($0)), "tekst": .string("<\($0)>")] })
    ]
    let expected = try template.render(data, partials: partials)
    let results = ResultBox(count: 64)
    DispatchQueue.concurrentPerform(iterations: 64) { index in
      results.set(index, (try? template.render(data, partials: partials)) ?? "error")
    }
    #expect(results.values.allSatisfy { $0 == expected })
    #expect(expected.contains("<tr><td>199</td><td>&lt;199&gt;</td></tr>"))
  }
}

/// Collects results from concurrent workers; each index is written by one worker only.
private final class ResultBox: @unchecked Sendable {
  private var storage: [String]
  private let lock = NSLockLike()
  init(count: Int) { storage = Array(repeating: "", count: count) }
  func set(_ index: Int, _ value: String) { lock.withLock { storage[index] = value } }
  var values: [String] { lock.withLock { storage } }
}

/// A lock from Dispatch alone, so the test needs no Foundation.
private final class NSLockLike: @unchecked Sendable {
  private let semaphore = DispatchSemaphore(value: 1)
  func withLock<T>(_ body: () -> T) -> T {
    semaphore.wait()
    defer { semaphore.signal() }
    return body()
  }
}
