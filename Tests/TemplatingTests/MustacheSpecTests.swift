import Foundation
import Testing

@testable import Templating

/// The Mustache specification's test files, read from `../shared/mustache-spec` beside the
/// checkout. Each spec test is its own test case, named by file and test name.
struct MustacheSpecCase: Sendable, Decodable, CustomTestStringConvertible {
  var file = ""
  let name: String
  let desc: String
  let data: TemplateValue
  let template: String
  let partials: [String: String]?
  let expected: String

  var testDescription: String { "\(file): \(name)" }

  private enum CodingKeys: String, CodingKey {
    case name, desc, data, template, partials, expected
  }
}

enum MustacheSpec {
  /// The modules dossierkit implements: all required ones, inheritance and dynamic names.
  /// Lambdas (`~lambdas.json`) are not offered.
  static let files = [
    "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
    "~inheritance", "~dynamic-names",
  ]

  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")

  static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent("sections.json").path)
  }

  static func cases() -> [MustacheSpecCase] {
    struct SpecFile: Decodable { let tests: [MustacheSpecCase] }
    var all: [MustacheSpecCase] = []
    for file in files {
      let url = directory.appendingPathComponent("\(file).json")
      guard let data = try? Data(contentsOf: url),
        let spec = try? JSONDecoder().decode(SpecFile.self, from: data)
      else { continue }
      all += spec.tests.map { test in
        var test = test
        test.file = file
        return test
      }
    }
    return all
  }
}

@Suite(
  "Mustache specification",
  .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not beside the checkout"))
struct MustacheSpecTests {
  @Test("all 184 tests of the implemented modules are found")
  func specIsComplete() {
    #expect(MustacheSpec.cases().count == 184)
  }

  @Test("spec test passes", arguments: MustacheSpec.cases())
  func specCase(_ test: MustacheSpecCase) throws {
    let template = try Template(test.template, name: "\(test.file)/\(test.name)")
    let partials = try TemplateSet(sources: test.partials ?? [:])
    let rendered = try template.render(test.data, partials: partials)
    #expect(rendered == test.expected, "\(test.desc)")
  }
}
