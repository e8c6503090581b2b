import DossierKit
import Foundation
import Kalender
import Poortwachter
import StrictJSON
import Templating

/// How the work grows with the input: one case whose plan van aanpak lists `n`, `2n` and `4n`
/// activities, each lacking its `wie` (so each is also a finding), through every phase of
/// `dossier validate`, `timeline` and `render --draft`. Linear work doubles its time when the
/// input doubles (growth ≈ 2); a quadratic path shows as ≈ 4.
///
/// With `--text-mb M`, one case whose `planVanAanpak.visieWerkgever` holds M MB of free text
/// goes the way of `dossier render CASE --document plan-van-aanpak --out DIR` (read, decode,
/// validate, render both formats, write), and the peak resident memory is set against the
/// file's size. Run that in its own process: the peak is the process's high-water mark.
struct ScaleBenchmark {
  var items: Int

  func run() throws -> [String] {
    var lines: [String] = []
    var previous: [String: Double] = [:]
    for n in [items, items * 2, items * 4] {
      let data = Self.caseFile(activities: n)
      var times: [(String, Double)] = []
      let (dossier, decode) = try cpuTimeOnce { try Verzuimdossier.decode(from: data) }
      times.append(("decode", decode))
      let peildatum = dossier.peildatum ?? CalendarDate(dayNumber: 0)
      let (findings, validate) = cpuTimeOnce { Validator().validate(dossier, on: peildatum) }
      times.append(("validate", validate))
      let (timeline, timelineSeconds) = cpuTimeOnce { Timeline(dossier: dossier, on: peildatum) }
      times.append(("timeline", timelineSeconds))
      let report = ValidationReport.Case(
        file: "scale.json", dossier: dossier, peildatum: peildatum,
        ziekteweek: timeline.ziekteweek, findings: findings)
      let (json, jsonSeconds) = try cpuTimeOnce {
        try JSONText.encode(ValidationReport(cases: [report]))
      }
      times.append(("report-json", jsonSeconds))
      let (text, textSeconds) = cpuTimeOnce { report.text() }
      times.append(("report-text", textSeconds))
      // The draft's context: the document's fields and one "ontbreekt" line per finding.
      let facts = DocumentFacts(
        dossier: dossier, timeline: timeline, findings: findings,
        ontbreekt: findings.map { "\($0.message) (\($0.code))" })
      let (_, contextSeconds) = try cpuTimeOnce { try DocumentKind.planVanAanpak.context(facts) }
      times.append(("context", contextSeconds))
      let batch = DocumentBatch(
        renderer: DocumentRenderer(templates: DocumentTemplates(library: TemplateLibrary())),
        selection: .kinds([.planVanAanpak]), formats: DocumentFormat.allCases, draft: true)
      let (result, renderSeconds) = cpuTimeOnce {
        batch.render(DocumentBatch.Job(name: "scale", dossier: dossier, peildatum: peildatum))
      }
      times.append(("render-draft", renderSeconds))
      if let failure = result.failure { throw BenchFailure(description: failure) }
      let bytes = result.documents.reduce(0) { $0 + $1.bytes.count }
      lines.append(
        "items=\(n) input_mb=\(megabytes(data.count)) findings=\(findings.count) json_mb=\(megabytes(json.utf8.count)) text_mb=\(megabytes(text.utf8.count)) documents_mb=\(megabytes(bytes))"
      )
      for (phase, seconds) in times {
        let growth = previous[phase].map { " growth=\(String(format: "%.2f", seconds / $0))" } ?? ""
        lines.append(
          "  phase=\(phase) items=\(n) cpu_seconds=\(String(format: "%.3f", seconds))\(growth)")
        previous[phase] = seconds
      }
    }
    lines.append("peak_rss_mb=\(megabytes(peakResidentBytes()))")
    return lines
  }

  /// A week-10 case with a plan van aanpak of `activities` activities, none saying who.
  static func caseFile(activities: Int) -> Data {
    var text = String(decoding: caseHead(), as: UTF8.self)
    text += #","activiteiten": ["#
    for index in 0..<activities {
      if index > 0 { text += "," }
      text +=
        #"{"omschrijving": "Activiteit \#(index): aangepast werk & overleg <intern>", "planning": "week \#(index % 52 + 1)"}"#
    }
    text += "]}}"
    return Data(text.utf8)
  }

  /// The case up to the plan van aanpak's last field, left open for more.
  static func caseHead(visieWerkgever: String = "Haalbaar.") -> Data {
    Data(
      #"""
      {"referentie": "VZ-SCALE-1", "peildatum": "2026-03-11",
       "werkgever": {"naam": "Schaal B.V.", "loonheffingennummer": "123456782L01"},
       "werknemer": {"naam": "S. Schaal", "bsn": "111222333", "functie": "monteur", "adres": {"postcode": "2345 BC"}},
       "verzuimperiodes": [{"eersteZiektedag": "2026-01-05"}],
       "ziekmelding": {"datumMeldingWerkgever": "2026-01-05", "datumMeldingArbodienst": "2026-01-06"},
       "probleemanalyse": {"datum": "2026-02-09", "opsteller": {"naam": "A. Arts", "functie": "bedrijfsarts"}, "dreigendLangdurigVerzuim": true, "feitenEnBeoordeling": "Besproken.", "beperkingenEnMogelijkheden": "Licht werk.", "prognose": "Herstel verwacht.", "nietMedischeFactoren": "Geen.", "advies": "Opbouw."},
       "planVanAanpak": {"datum": "2026-02-20", "opsteller": {"naam": "C. Casus", "functie": "casemanager"}, "datumProbleemanalyse": "2026-02-09", "einddoel": {"omschrijving": "Terug in eigen werk", "termijn": "juni 2026"}, "casemanager": "C. Casus", "evaluatiemomenten": ["2026-04-10"], "visieWerknemer": "Eens.", "ondertekeningWerkgever": {"naam": "W. Gever", "datum": "2026-02-20"}, "ondertekeningWerknemer": {"naam": "S. Schaal", "datum": "2026-02-20"}, "visieWerkgever": "\#(visieWerkgever)"
      """#.utf8)
  }
}

/// One case with a huge free-text field through the built `dossier` (beside this program),
/// each command in its own process, so that its peak memory is its own; see `ScaleBenchmark`.
struct FreeTextBenchmark {
  var size: Int

  func run() throws -> [String] {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("dossier")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw BenchFailure(description: "build dossier too: no \(executable.path)")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("tekst.json")
    let size = try writeCase(to: file)
    let out = folder.appendingPathComponent("out").path
    var lines: [String] = []
    for command in [
      ["validate", file.path],
      ["render", file.path, "--document", "plan-van-aanpak", "--format", "md", "--out", out],
      ["render", file.path, "--document", "plan-van-aanpak", "--out", out],
    ] {
      let (status, seconds, peak) = try Self.spawn(executable.path, command)
      let shown = command.map {
        $0.hasPrefix(folder.path) ? "…" + $0.dropFirst(folder.path.count) : $0
      }
      lines.append(
        "phase=free-text command=\"dossier \(shown.joined(separator: " "))\" status=\(status) input_mb=\(megabytes(size)) seconds=\(String(format: "%.2f", seconds)) peak_rss_mb=\(megabytes(peak)) peak_over_input=\(String(format: "%.2f", Double(peak) / Double(size)))"
      )
    }
    return lines
  }

  /// Runs a program to its end: its exit status, wall seconds and peak resident bytes (from
  /// `wait4`'s resource usage, which is the child's own).
  static func spawn(_ path: String, _ arguments: [String]) throws -> (Int32, Double, Int) {
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let start = ContinuousClock.now
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      throw BenchFailure(description: "cannot start \(path)")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let elapsed = (ContinuousClock.now - start).components
    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
    return ((status >> 8) & 0xFF, seconds, usage.ru_maxrss * 1024)
  }

  /// Streams the case to disk a megabyte at a time, so that writing it costs no memory.
  private func writeCase(to url: URL) throws -> Int {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    let head = ScaleBenchmark.caseHead(visieWerkgever: "")
    // Everything up to the text's closing quote.
    try handle.write(contentsOf: head.dropLast(1))
    let sentence = "Werkgever en werknemer bespreken de opbouw; het gaat stap voor stap. "
    let chunk = Data(String(repeating: sentence, count: 1_048_576 / sentence.utf8.count).utf8)
    for _ in 0..<size { try handle.write(contentsOf: chunk) }
    let tail = Data(
      #"", "activiteiten": [{"omschrijving": "Aangepast werk", "wie": "werkgever", "planning": "week 9"}]}}"#
        .utf8)
    try handle.write(contentsOf: tail)
    return head.count - 1 + chunk.count * size + tail.count
  }
}

/// Times one call of `body` in CPU seconds of the process, which a busy shared machine
/// disturbs less than wall-clock time (the phases measured here run on one thread).
func cpuTimeOnce<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
  let start = now()
  let result = try body()
  return (result, now() - start)
}

/// Bytes as megabytes with one decimal.
func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

/// The process's peak resident set (VmHWM in /proc/self/status, else getrusage).
func peakResidentBytes() -> Int {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
  {
    return kilobytes * 1024
  }
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return usage.ru_maxrss * 1024
}

struct BenchFailure: Error, CustomStringConvertible {
  var description: String
}
