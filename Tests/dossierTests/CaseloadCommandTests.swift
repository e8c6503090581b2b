import Foundation
import Testing

@testable import dossier

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

private let sampleCases =
  ((try? FileManager.default.contentsOfDirectory(
    atPath: repository.appendingPathComponent("Samples/cases").path)) ?? [])
  .filter { $0.hasSuffix(".json") }.sorted()

/// `dossier caseload` as a casemanager and a cron job run it.
@Suite struct CaseloadCommandTests {
  /// D1 2026-01-05, melding at werkgever and arbodienst on time; nothing after.
  static let early = CaseCommandTests.complete

  func folder(_ files: [String: String]) throws -> URL {
    let url = try makeTemporaryFolder()
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(
    "each case's steps are exactly those of dossier timeline --format json that are open or late",
    arguments: sampleCases)
  func agreesWithTimeline(_ name: String) throws {
    let path = "Samples/cases/\(name)"
    for date in ["2026-02-11", "2026-04-15", "2026-06-03"] {
      let caseload = runDossier(
        ["caseload", path, "--on", date, "--format", "json", "--fail-on", "never"], in: repository)
      #expect(caseload.status == .success, "\(caseload.error)")
      let timeline = runDossier(
        ["timeline", path, "--on", date, "--format", "json"], in: repository)
      #expect(timeline.status == .success)
      let overview = try json(caseload.output)
      #expect(overview["peildatum"] as? String == date)
      let dossier = try #require((overview["dossiers"] as? [[String: Any]])?.first)
      let expected = try json(timeline.output)
      #expect(dossier["referentie"] as? String == expected["referentie"] as? String)
      #expect(dossier["ziekteweek"] as? Int == expected["ziekteweek"] as? Int)
      let open = try #require(expected["stappen"] as? [[String: Any]]).filter {
        let status = ($0["stand"] as? [String: Any])?["status"] as? String
        return status == "open" || status == "te-laat"
      }
      let steps = try #require(dossier["stappen"] as? [[String: Any]])
      #expect(steps.count == open.count, "\(name) on \(date)")
      for step in steps {
        let regel = try #require(step["regel"] as? String)
        let same = try #require(open.first { $0["regel"] as? String == regel }, "\(regel)")
        #expect(NSDictionary(dictionary: step).isEqual(to: same), "\(name) \(regel) on \(date)")
      }
    }
  }

  @Test("--fail-on: late (the default) exits 1 on an overdue step, fout on a fout, never 0")
  func failOn() throws {
    let root = try folder(["case.json": Self.early])
    defer { try? FileManager.default.removeItem(at: root) }
    // The probleemanalyse is due on sick day 42 (15 February); the validator makes a missing
    // one a fout from day 43 (Regeling procesgang art. 2 lid 2, CNT-01).
    let before = ["caseload", ".", "--on", "2026-02-15"]
    #expect(runDossier(before, in: root).status == .success)
    #expect(runDossier(before + ["--fail-on", "fout"], in: root).status == .success)
    let after = ["caseload", ".", "--on", "2026-02-20"]
    #expect(runDossier(after, in: root).status == .findings)
    #expect(runDossier(after + ["--fail-on", "late"], in: root).status == .findings)
    #expect(runDossier(after + ["--fail-on", "fout"], in: root).status == .findings)
    #expect(runDossier(after + ["--fail-on", "never"], in: root).status == .success)
    let run = runDossier(after, in: root)
    #expect(
      run.output.contains(
        "te laat: TL-04 Probleemanalyse door de bedrijfsarts, uiterlijk 15 februari 2026: 5 dagen te laat"
      ))
    #expect(
      run.output.hasSuffix("1 dossier: 1 te laat, 0 met een termijn binnen 7 dagen, 1 met fouten\n")
    )
  }

  @Test("an unusable file exits 2 whatever --fail-on says, and the others are still shown")
  func unreadableExitsTwo() throws {
    let root = try folder([
      "a.json": Self.early, "b.json": "{\"referentie\": \"B\", \"werknemer\": 12}",
      "catalogus.json": "{\"pakketten\": []}",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let run = runDossier(["caseload", ".", "--on", "2026-01-20", "--fail-on", "never"], in: root)
    #expect(run.status == .unusable)
    #expect(run.output.contains("VZ-CLI-1"))
    #expect(run.error.contains("./b.json:1:1: $: missing key \"werkgever\""))
    #expect(
      run.error.contains(
        "dossier caseload: note: ./catalogus.json: not a case file (no \"verzuimperiodes\" or \"werknemer\"); skipped"
      ))
    let json = try json(
      runDossier(["caseload", ".", "--on", "2026-01-20", "--format", "json"], in: root).output)
    #expect((json["onleesbaar"] as? [[String: Any]])?.first?["bestand"] as? String == "./b.json")
    #expect((json["overgeslagen"] as? [[String: Any]])?.count == 1)
  }

  @Test("--out writes the same bytes as standard output, whole, and prints nothing else there")
  func outWritesAtomically() throws {
    let root = try folder(["case.json": Self.early])
    defer { try? FileManager.default.removeItem(at: root) }
    for format in ["text", "md", "html", "json", "ics"] {
      let words = ["caseload", "case.json", "--on", "2026-01-20", "--format", format]
      let shown = runDossier(words, in: root)
      let written = runDossier(words + ["--out", "uit/caseload.\(format)"], in: root)
      #expect(written.status == .success)
      #expect(written.output.isEmpty)
      let bytes = try String(
        contentsOf: root.appendingPathComponent("uit/caseload.\(format)"), encoding: .utf8)
      #expect(bytes == shown.output)
    }
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("uit").path)
    #expect(leftovers.allSatisfy { !$0.hasPrefix(".") })
  }

  @Test("--within and --alarm take a number of days; anything else is a usage error")
  func dayOptions() throws {
    let root = try folder(["case.json": Self.early])
    defer { try? FileManager.default.removeItem(at: root) }
    let run = runDossier(["caseload", "case.json", "--within", "twee"], in: root)
    #expect(run.status == .unusable)
    #expect(
      run.error.hasPrefix(
        "dossier caseload: option '--within' expects a whole number, found 'twee'\n"))
    #expect(runDossier(["caseload", "case.json", "--alarm", "-1"], in: root).status == .unusable)
    let ics = runDossier(
      ["caseload", "case.json", "--on", "2026-01-20", "--format", "ics", "--alarm", "5"], in: root)
    #expect(ics.output.contains("TRIGGER:-P5D\r\n"))
    // Within 30 days on 20 January: the probleemanalyse, due 15 February, is listed.
    let wide = runDossier(
      ["caseload", "case.json", "--on", "2026-01-20", "--within", "30"], in: root)
    #expect(wide.output.contains("binnen 30 dagen: TL-04 Probleemanalyse door de bedrijfsarts"))
    let narrow = runDossier(
      ["caseload", "case.json", "--on", "2026-01-20", "--within", "7"], in: root)
    #expect(!narrow.output.contains("binnen 7 dagen: TL-04"))
  }

  @Test("dossier help caseload describes the command")
  func help() {
    let run = runDossier(["help", "caseload"])
    #expect(run.status == .success)
    #expect(
      run.output.contains(
        "usage: dossier caseload PATH... [--on DATE] [--within DAYS] [--format text|md|html|json|ics] [--fail-on late|fout|never] [--alarm DAYS] [--out FILE]"
      ))
  }
}
