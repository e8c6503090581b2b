import DossierKit
import Foundation
import Kalender
import Poortwachter
import Templating
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// "Bad input never crashes", for templates: the default templates and the Mustache
/// specification's templates, mutated many times over by a seeded generator (deep nesting,
/// delimiter changes, unbalanced and mistyped tags, huge names, invalid UTF-8, NUL bytes),
/// either compile, check and render or are refused with a located, one-line-readable error.
@Suite struct MalformedTemplateTests {
  typealias Generator = MalformedInputTests.Generator

  /// Tag fragments a template author could mistype, or a hostile template could hold.
  static let fragments = [
    "{{", "}}", "{{{", "}}}", "{{#a}}", "{{/a}}", "{{^a}}", "{{/}}", "{{#}}", "{{&a}}", "{{.}}",
    "{{!", "{{! x }}", "{{>", "{{> a}}", "{{>*a}}", "{{> ../x}}", "{{> /etc/passwd}}",
    "{{<layout}}", "{{/layout}}", "{{$inhoud}}", "{{/inhoud}}", "{{<*a}}{{/*a}}",
    "{{a b}}", "{{a.b.c.d}}", "{{..}}", "{{#.}}{{/.}}", "{{a\r}}", "\r", "\r\n",
  ]

  /// Delimiter changes, good and bad.
  static let delimiters = [
    "{{=<% %>=}}", "{{=| |=}}", "{{=[[ ]]=}}", "{{={{ }}=}}", "{{=a b=}}", "{{= =}}",
    "{{=<%=}}", "{{=<% %> x=}}", "{{=< >=}}", "{{=\u{0} \u{0}=}}", "{{=é ü=}}", "<%={{ }}=%>",
  ]

  /// Bytes that are not UTF-8, or are but should not be in a template.
  static let oddBytes: [[UInt8]] = [
    [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    [0x00], [0x00, 0x00, 0x00], [0x1B, 0x5B, 0x32, 0x4A], [0xEF, 0xBB, 0xBF],
  ]

  static func mutate(_ text: [UInt8], _ generator: inout Generator) -> [UInt8] {
    var bytes = text
    func position() -> Int { Int(generator.next() % UInt64(bytes.count + 1)) }
    func pick<T>(_ list: [T]) -> T { list[Int(generator.next() % UInt64(list.count))] }
    switch generator.next() % 9 {
    case 0:  // drop a stretch
      guard !bytes.isEmpty else { break }
      let start = Int(generator.next() % UInt64(bytes.count))
      bytes.removeSubrange(start..<min(bytes.count, start + 1 + Int(generator.next() % 16)))
    case 1:  // duplicate a stretch
      guard !bytes.isEmpty else { break }
      let start = Int(generator.next() % UInt64(bytes.count))
      let end = min(bytes.count, start + Int(generator.next() % 80))
      bytes.insert(contentsOf: bytes[start..<end], at: start)
    case 2:  // a tag fragment
      bytes.insert(contentsOf: Array(pick(fragments).utf8), at: position())
    case 3:  // nesting around the limit, closed or not
      let depth = 200 + Int(generator.next() % 200)
      let name = pick(["a", "naam", ".", "werknemer"])
      let sigil = pick(["#", "^", "$", "<"])
      let at = position()
      if generator.next() % 2 == 0 {
        let closes = Array(String(repeating: "{{/\(name)}}", count: depth).utf8)
        bytes.insert(
          contentsOf: closes, at: at + Int(generator.next() % UInt64(bytes.count - at + 1)))
      }
      bytes.insert(
        contentsOf: Array(String(repeating: "{{\(sigil)\(name)}}", count: depth).utf8), at: at)
    case 4:  // a huge name, in a tag of any kind
      let length = 1_000 + Int(generator.next() % 50_000)
      let tag =
        "{{" + pick(["", "#", "^", "/", ">", "<", "$", "&", "{"])
        + String(repeating: pick(["a", "é", "a.", " "]), count: length) + "}}"
      bytes.insert(contentsOf: Array(tag.utf8), at: position())
    case 5:  // invalid UTF-8, NUL, an escape sequence
      bytes.insert(contentsOf: pick(oddBytes), at: position())
    case 6:  // a delimiter change
      bytes.insert(contentsOf: Array(pick(delimiters).utf8), at: position())
    case 7:  // unbalance: drop a closing tag, or rename it
      let closings = bytes.indices.filter {
        $0 + 2 < bytes.count && bytes[$0] == UInt8(ascii: "{") && bytes[$0 + 1] == UInt8(ascii: "{")
          && bytes[$0 + 2] == UInt8(ascii: "/")
      }
      guard let start = closings.randomElement(using: &generator) else { break }
      let end = (bytes[start...].firstIndex(of: UInt8(ascii: "}")) ?? bytes.count - 1) + 1
      if generator.next() % 2 == 0 {
        bytes.removeSubrange(start..<min(bytes.count, end + 1))
      } else {
        bytes.replaceSubrange(start..<end, with: Array("{{/anders".utf8))
      }
    default:  // change a tag's sigil
      let opens = bytes.indices.filter {
        $0 + 2 < bytes.count && bytes[$0] == UInt8(ascii: "{") && bytes[$0 + 1] == UInt8(ascii: "{")
      }
      guard let start = opens.randomElement(using: &generator) else { break }
      bytes[start + 2] = pick(Array("#^/!>$<&{=.* ".utf8))
    }
    return bytes
  }

  /// A refusal a template author can act on: the file, a line and column inside it, a reason,
  /// and a description whose lines fit a terminal.
  static func expectLocated(
    _ error: TemplateError, names: Set<String>, source: [UInt8],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = source.count { $0 == UInt8(ascii: "\n") } + 1
    #expect(names.contains(error.templateName), "\(error.oneLine)", sourceLocation: sourceLocation)
    #expect(
      error.line >= 1 && error.line <= max(lines, 1), "\(error.oneLine)",
      sourceLocation: sourceLocation)
    #expect(error.column >= 1, "\(error.oneLine)", sourceLocation: sourceLocation)
    #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
    let widest = error.description.split(separator: "\n").map(\.unicodeScalars.count).max() ?? 0
    #expect(
      widest < 400, "a description line \(widest) characters wide", sourceLocation: sourceLocation)
    #expect(
      !error.description.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" },
      "a control character in \(error.oneLine)", sourceLocation: sourceLocation)
  }

  @Test func mutatedSpecTemplatesNeverCrash() throws {
    let specFolder = repository.deletingLastPathComponent().appendingPathComponent(
      "shared/mustache-spec")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: specFolder.path)) ?? []
    struct SpecFile: Decodable {
      struct Test: Decodable {
        let data: TemplateValue
        let template: String
        let partials: [String: String]?
      }
      let tests: [Test]
    }
    var generator = Generator(state: 20_261_127)
    var counts = (runs: 0, compiled: 0, refused: 0, rendered: 0, renderErrors: 0)
    for file in files.filter({ $0.hasSuffix(".json") && !$0.contains("lambdas") }).sorted() {
      let spec = try JSONDecoder().decode(
        SpecFile.self, from: Data(contentsOf: specFolder.appendingPathComponent(file)))
      for test in spec.tests {
        for _ in 0..<8 {
          counts.runs += 1
          let bytes = Self.mutate(Array(test.template.utf8), &generator)
          let partials = (try? TemplateSet(sources: test.partials ?? [:])) ?? TemplateSet()
          let template: Template
          do {
            template = try Template(String(decoding: bytes, as: UTF8.self), name: "spec.mustache")
            counts.compiled += 1
          } catch {
            counts.refused += 1
            Self.expectLocated(error, names: ["spec.mustache"], source: bytes)
            continue
          }
          _ = template.check(against: test.data, partials: partials)
          for options in [RenderOptions(), .strict] {
            do {
              _ = try template.render(test.data, partials: partials, options: options)
              counts.rendered += 1
            } catch {
              counts.renderErrors += 1
              #expect(error.line >= 1 && error.column >= 1, "\(error.oneLine)")
            }
          }
        }
      }
    }
    print("mutated spec templates: \(counts)")
    guard !files.isEmpty else { return }
    #expect(counts.compiled > 500)
    #expect(counts.refused > 500)
    #expect(counts.renderErrors > 50)
  }

  @Test func mutatedDocumentTemplatesNeverCrash() throws {
    let defaultsFolder = repository.appendingPathComponent("Templates")
    let defaults = try TemplateDirectory(root: defaultsFolder)
    let paths = try FileManager.default.subpathsOfDirectory(atPath: defaultsFolder.path)
      .filter { $0.hasSuffix(".mustache") }.sorted()
    let dossier = try Verzuimdossier.decode(
      from: Data(
        contentsOf: repository.appendingPathComponent(
          "Samples/cases/05-week-92-reintegratieverslag.json")))
    let peildatum = try #require(dossier.peildatum)
    let custom = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-mutated-templates-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: custom) }
    var generator = Generator(state: 1_027)
    var counts = (runs: 0, refused: 0, issues: 0, rendered: 0, renderErrors: 0)
    for path in paths {
      let original = Array(try Data(contentsOf: defaultsFolder.appendingPathComponent(path)))
      for _ in 0..<8 {
        counts.runs += 1
        // The mutated file in a user's template folder, in front of the defaults, as
        // `--templates DIR` puts it.
        try? FileManager.default.removeItem(at: custom)
        let file = custom.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let bytes = Self.mutate(original, &generator)
        try Data(bytes).write(to: file)
        let templates = DocumentTemplates(
          library: TemplateLibrary(custom: try TemplateDirectory(root: custom), defaults: defaults))
        let format: DocumentFormat = path.hasSuffix(".html.mustache") ? .html : .markdown
        let kind =
          DocumentTemplates.kind(ofTemplate: path)
          ?? DocumentKind.allCases[Int(generator.next() % UInt64(DocumentKind.allCases.count))]
        do {
          _ = try templates.library.load(path)
          let issues = templates.issues(of: try templates.template(kind, format), kind: kind)
          counts.issues += issues.count
        } catch {
          counts.refused += 1
          Self.expectLocated(
            error, names: Set(paths).union(paths.map { "partials/" + $0 }), source: bytes)
          continue
        }
        do {
          _ = try DocumentRenderer(templates: templates).render(
            kind, formats: [format], dossier: dossier, on: peildatum, draft: true)
          counts.rendered += 1
        } catch let error as TemplateError {
          counts.renderErrors += 1
          #expect(error.line >= 1 && error.column >= 1, "\(error.oneLine)")
        }
      }
    }
    print("mutated document templates: \(counts)")
    #expect(counts.refused > 50)
    #expect(counts.rendered > 50)
    #expect(counts.renderErrors + counts.issues > 50)
  }
}
