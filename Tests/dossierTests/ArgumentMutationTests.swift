import Foundation
import Testing

@testable import dossier

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// "Bad input never crashes", for the command line: seeded random argument vectors, built from
/// the real command tree (its commands, options and placeholders) with values good and bad,
/// run in-process in a sandbox holding copies of Samples/ and Templates/. Every run ends with
/// exit status 0, 1 or 2, and a 2 always says why on standard error.
@Suite struct ArgumentMutationTests {
  /// SplitMix64, as in DossierKitTests' MalformedInputTests: a failure reproduces from the seed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
  }

  /// Text no option expects: empty, huge, control characters, option-like, not a path.
  static let junk = [
    "", " ", "x", "--", "-", "-x", "--onbekend", "\u{1B}[2J", "a\nb", "\u{0}", "é", "../../..",
    String(repeating: "a", count: 5_000), "%s%n", "{{naam}}",
  ]

  /// Values for each placeholder a real option or argument names.
  static func values(for placeholder: String) -> [String] {
    switch placeholder {
    case "CASE", "FILE", "PATH":
      [
        "Samples/cases/02-week-10-pa-en-pva.json",
        "Samples/cases/05-week-92-reintegratieverslag.json",
        "Samples/cases/09-dossier-met-fouten.json", "Samples/cases",
        "Samples/packages/goudse-verzuimvizier-2009.json",
        "Templates/plan-van-aanpak.md.mustache", "nope.json", "/dev/null", "/nonexistent/x.json",
        "Samples/rendered", "Samples/packages/offertes/goudse-compleet-12-maand.json",
        "Samples/packages/vergelijkingen/vov-aanbieders.json",
      ]
    case "CATALOG":
      [
        "Samples/packages", "Samples/packages/goudse-verzuimvizier-2009.json",
        "Samples/cases/01-hersteld-week-3.json",
        "nope.json",
      ]
    case "TEMPLATE":
      [
        "Templates/plan-van-aanpak.md.mustache", "Templates/layout.html.mustache",
        "Samples/templates/uitnodiging.md.mustache",
        "Templates/partials/voet.md.mustache", "Templates", "nope.mustache", "/dev/null",
      ]
    case "DIR":
      [
        "out", "out/sub", "Templates", "Samples", "Samples/cases/01-hersteld-week-3.json",
        "/nonexistent/dir", ".", "-",
      ]
    case "DATE":
      [
        "2026-03-01", "2026-02-29", "2024-02-29", "9999-12-31", "0000-01-01", "1900-01-01",
        "2026-13-01", "01-03-2026",
      ]
    case "N", "YEAR":
      ["0", "1", "-1", "12", "2026", "99999999999999999999", "1e3", "abc"]
    default:
      ["S1", "S4", "S12", "md", "html", "txt", "json", "ics", "plan-van-aanpak", "maand", "jaar"]
    }
  }

  /// One argument vector: a command path (sometimes misspelled, cut short or asking for help),
  /// then options and positionals of that command, of another, or junk.
  static func vector(_ generator: inout Generator, allOptions: [OptionSpec]) -> [String] {
    var words: [String] = []
    var command = DossierCLI.root
    if generator.chance(5) { words.append(generator.pick(["help", "--help", "-h"])) }
    while !command.subcommands.isEmpty, !generator.chance(4) {
      let next = generator.pick(command.subcommands)
      if generator.chance(4) {
        words.append(String(next.name.dropLast()))  // a typo
        break
      }
      words.append(next.name)
      command = next
    }
    // A third of the vectors start well formed: every argument given a real file.
    if generator.chance(33) {
      for argument in command.arguments {
        words.append(generator.pick(Array(values(for: argument.name).prefix(3))))
      }
    }
    for _ in 0..<Int(generator.next() % 6) {
      switch generator.next() % 10 {
      case 0...3 where !command.arguments.isEmpty:
        words.append(generator.pick(values(for: generator.pick(command.arguments).name)))
      case 0...6 where !command.options.isEmpty:
        let option = generator.pick(command.options)
        words += spell(option, &generator)
      case 7:
        words += spell(generator.pick(allOptions), &generator)
      case 8:
        words.append(generator.pick(["--help", "--", "-"]))
      default:
        words.append(generator.pick(junk))
      }
    }
    // Never a browser or another program from a random vector.
    return words.filter { $0 != "pdf" && $0 != "bundle" }
  }

  private static func spell(_ option: OptionSpec, _ generator: inout Generator) -> [String] {
    guard let placeholder = option.valueName else {
      return generator.chance(10) ? ["--\(option.name)=ja"] : ["--\(option.name)"]
    }
    let candidates = option.choices + values(for: placeholder)
    let value = generator.chance(15) ? generator.pick(junk) : generator.pick(candidates)
    switch generator.next() % 6 {
    case 0: return ["--\(option.name)=\(value)"]
    case 1: return ["--\(option.name)"]  // the value left out
    default: return ["--\(option.name)", value]
    }
  }

  @Test func randomArgumentVectorsEndWithAStatusAndAMessage() throws {
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-arguments-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: sandbox) }
    for name in ["Samples", "Templates"] {
      try FileManager.default.copyItem(
        at: repository.appendingPathComponent(name), to: sandbox.appendingPathComponent(name))
    }
    func options(_ command: CommandSpec) -> [OptionSpec] {
      command.options + command.subcommands.flatMap(options)
    }
    let allOptions = options(DossierCLI.root)
    var generator = Generator(state: 10_2026)
    var statuses: [Int32: Int] = [:]
    let runs = 800
    for _ in 0..<runs {
      let words = Self.vector(&generator, allOptions: allOptions)
      // `samples` re-renders every sample: keep the few that would, and cut the rest short.
      if words.first == "samples", words.count > 1, !generator.chance(5) { continue }
      let run = runDossier(words, in: sandbox)
      statuses[run.status.rawValue, default: 0] += 1
      #expect([0, 1, 2].contains(run.status.rawValue), "status \(run.status) for \(words)")
      if run.status.rawValue == 2 {
        // `validate --format json` reports an unusable file inside its JSON, as data.
        #expect(
          !run.error.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            || run.output.contains("\"onbruikbaar\" : \""),
          "exit 2 without a message for \(words)")
      }
    }
    print(
      "argument vectors: \(statuses.values.reduce(0, +)) run, by status \(statuses.sorted { $0.key < $1.key })"
    )
    // Every outcome occurs, so the vectors reach the commands and not just the parser.
    #expect(statuses[0, default: 0] > 50)
    #expect(statuses[1, default: 0] > 2)
    #expect(statuses[2, default: 0] > 200)
  }
}
