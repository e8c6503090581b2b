import DossierKit
import Foundation
import Kalender
import Pakketten
import Poortwachter
import StrictJSON
import Templating
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// "Bad input never crashes": every sample case, mutated many times over by a seeded generator,
/// either decodes or is refused with a located error; whatever decodes goes through timeline,
/// validation and every document without trapping.
@Suite struct MalformedInputTests {
  /// SplitMix64: a small, seeded generator, so a failure reproduces.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Replacements that a hand-edited file could plausibly contain.
  static let values = [
    "\"\"", "null", "0", "-1", "1e400", "1e300", "-1e300", "99999999999999999999", "1.5", "true",
    "[]", "{}",
    "\"9999-12-31\"", "\"0001-01-01\"", "\"2026-02-29\"", "\"<script>\"", "\"burn-out\"",
  ]

  static func mutate(_ text: [UInt8], _ generator: inout Generator) -> [UInt8] {
    var bytes = text
    switch generator.next() % 4 {
    case 0:  // drop a byte
      bytes.remove(at: Int(generator.next() % UInt64(bytes.count)))
    case 1:  // duplicate a stretch
      let start = Int(generator.next() % UInt64(bytes.count))
      let end = min(bytes.count, start + Int(generator.next() % 40))
      bytes.insert(contentsOf: bytes[start..<end], at: start)
    default:  // replace a JSON value after a colon with another kind of value
      let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
      guard let colon = colons.randomElement(using: &generator) else { break }
      var end = colon + 1
      while end < bytes.count,
        ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "\n")].contains(bytes[end])
      {
        end += 1
      }
      let value = values[Int(generator.next() % UInt64(values.count))]
      bytes.replaceSubrange((colon + 1)..<end, with: Array(" \(value)".utf8))
    }
    return bytes
  }

  @Test func mutatedSampleCasesNeverCrash() throws {
    let folder = repository.appendingPathComponent("Samples/cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json")
    }.sorted()
    let templates = DocumentTemplates(
      library: TemplateLibrary(
        defaults: try TemplateDirectory(root: repository.appendingPathComponent("Templates"))))
    let renderer = DocumentRenderer(templates: templates)
    var generator = Generator(state: 20_261_125)
    var decoded = 0
    var refused = 0
    for name in names {
      let original = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
      for _ in 0..<80 {
        let bytes = Self.mutate(original, &generator)
        do {
          let dossier = try Verzuimdossier.decode(from: Data(bytes))
          decoded += 1
          let peildatum = dossier.peildatum ?? CalendarDate(dayNumber: 20_000)
          _ = Timeline(dossier: dossier, on: peildatum)
          _ = Validator().validate(dossier, on: peildatum)
          for kind in DocumentKind.allCases {
            _ = try renderer.render(
              kind, formats: DocumentFormat.allCases, dossier: dossier, on: peildatum, draft: true)
          }
        } catch let error as StrictJSONError {
          refused += 1
          #expect(
            error.position != nil || !error.path.isEmpty,
            "\(name): an error without a place: \(error)")
        }
      }
    }
    // Both outcomes occur, so the mutations exercise both paths.
    #expect(decoded > 100)
    #expect(refused > 100)
  }

  @Test func mutatedSampleCatalogsNeverCrash() throws {
    let folder = repository.appendingPathComponent("Samples/packages")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    var generator = Generator(state: 42)
    var decoded = 0
    for name in names {
      let original = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
      for _ in 0..<40 {
        let bytes = Self.mutate(original, &generator)
        guard let catalog = try? Catalog.decode(from: Data(bytes)) else { continue }
        decoded += 1
        let findings = catalog.validate()
        guard findings.isEmpty else { continue }
        _ = try? PackageSheet(catalog)
        for pakket in catalog.pakketten {
          for employees in [1, 12, 1_000_000] {
            for term in Termijn.allCases {
              _ = try? catalog.quote(
                Offerteaanvraag(
                  pakket: pakket.sleutel, werknemers: employees, termijn: term, verzekeringen: 100))
            }
          }
        }
      }
    }
    #expect(decoded > 50)
  }
}
