import Foundation
import Testing

@testable import dossier

/// The Mustache spec once more, through `dossier template render` with files on disk:
/// template, partials folder and JSON data, as a template author would run it.
struct CLISpecCase: Sendable, CustomTestStringConvertible {
  var file: String
  var name: String
  var template: String
  var partials: [String: String]
  var data: Data
  var expected: String
  var testDescription: String { "\(file): \(name)" }

  static let specFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")

  static func all() -> [CLISpecCase] {
    let files = [
      "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance",
      "~dynamic-names",
    ]
    var cases: [CLISpecCase] = []
    for file in files {
      guard let data = try? Data(contentsOf: specFolder.appendingPathComponent("\(file).json")),
        let spec = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let tests = spec["tests"] as? [[String: Any]]
      else { continue }
      for test in tests {
        guard let name = test["name"] as? String, let template = test["template"] as? String,
          let expected = test["expected"] as? String, let value = test["data"],
          let json = try? JSONSerialization.data(
            withJSONObject: value, options: [.fragmentsAllowed])
        else { continue }
        cases.append(
          CLISpecCase(
            file: file, name: name, template: template,
            partials: test["partials"] as? [String: String] ?? [:],
            data: json, expected: expected))
      }
    }
    return cases
  }
}

@Suite(
  "The Mustache spec through dossier template render",
  .enabled(if: !CLISpecCase.all().isEmpty, "../shared/mustache-spec is not beside the checkout"))
struct SpecThroughCLITests {
  @Test("all 184 spec tests are found")
  func complete() {
    #expect(CLISpecCase.all().count == 184)
  }

  @Test("spec test renders through the CLI", arguments: CLISpecCase.all())
  func specCase(_ test: CLISpecCase) throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let partials = folder.appendingPathComponent("partials")
    try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
    for (name, source) in test.partials {
      try Data(source.utf8).write(to: partials.appendingPathComponent(name))
    }
    try Data(test.template.utf8).write(to: folder.appendingPathComponent("template.mustache"))
    try test.data.write(to: folder.appendingPathComponent("data.json"))
    let run = runDossier(
      ["template", "render", "template.mustache", "--data", "data.json", "--partials", "partials"],
      in: folder)
    #expect(run.status == .success, "\(run.error)")
    #expect(run.output == test.expected)
  }
}
