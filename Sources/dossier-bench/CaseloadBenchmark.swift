import DossierKit
import Foundation
import Kalender

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `dossier caseload` over generated case files on disk: reading, parsing, timeline,
/// validation and ordering on all cores, then each of the five formats. The cases are those of
/// `dossier-bench cases`, written to a temporary folder first (not timed).
struct CaseloadBenchmark {
  var count: Int

  func run() throws -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-bench-caseload-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try CaseBenchmark.write(count: count, to: folder)
    // One date for all, as the CLI's --on: the generated cases span 2024 to 2026.
    let peildatum = CalendarDate(year: 2026, month: 1, day: 15) ?? CalendarDate(dayNumber: 0)
    // Finding the files is the serial part of loading: timed on its own.
    let (found, findSeconds) = timeOnce { CaseloadInput.files([(folder, "cases")]) }
    let cpuBefore = cpuSeconds()
    let (caseload, loadSeconds) = timeOnce {
      Caseload.load([(folder, "cases")], on: peildatum, horizon: 14)
    }
    var lines = [
      "phase=find files=\(found.count) seconds=\(format(findSeconds))",
      "phase=load cases=\(caseload.entries.count) unreadable=\(caseload.unreadable.count) cores=\(ProcessInfo.processInfo.activeProcessorCount) seconds=\(format(loadSeconds)) cpu_s=\(format(cpuSeconds() - cpuBefore)) cases_per_s=\(Int(Double(count) / loadSeconds))",
    ]
    var total = loadSeconds
    let renderers: [(String, () throws -> String)] = [
      ("text", caseload.text), ("md", caseload.markdown), ("html", caseload.html),
      ("json", { try JSONText.encode(caseload.document) }), ("ics", { caseload.ics(alarmDays: 3) }),
    ]
    for (name, render) in renderers {
      let cpu = cpuSeconds()
      let (output, seconds) = try timeOnce(render)
      total += seconds
      lines.append(
        "phase=render format=\(name) seconds=\(format(seconds)) cpu_s=\(format(cpuSeconds() - cpu)) mb=\(String(format: "%.1f", Double(output.utf8.count) / 1_048_576))"
      )
    }
    lines.append(
      "phase=total cases=\(count) load_plus_all_formats_s=\(format(total)) max_rss_mb=\(maxResidentMegabytes())"
    )
    return lines
  }

  private func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

  /// User and system time of the process so far, all threads: on a machine shared with other
  /// work, wall time overstates what the caseload costs.
  private func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }

  /// The process's peak resident set size, for the memory-per-case figure.
  private func maxResidentMegabytes() -> Int {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return usage.ru_maxrss / 1024  // kilobytes on Linux
    #else
      getrusage(RUSAGE_SELF, &usage)
      return usage.ru_maxrss / 1_048_576  // bytes on Darwin
    #endif
  }
}
