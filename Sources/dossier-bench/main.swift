import Foundation

/// dossier-bench: speed measurements, not tests. Build with `swift build -c release`.
///
///     dossier-bench engine [--workload DIR] [--seconds S] [--parse-seconds S]
///     dossier-bench cases [--count N]
///     dossier-bench documents [--count N] [--templates DIR]
///     dossier-bench sivi [--count N]
///     dossier-bench pdf [--count N] [--chromium PATH]
///     dossier-bench caseload [--count N]
///     dossier-bench scale [--items N] | scale --text-mb M
let arguments = Array(CommandLine.arguments.dropFirst())
let usage =
  "usage: dossier-bench engine [--workload DIR] [--seconds S] [--parse-seconds S] | cases [--count N] | documents [--count N] [--templates DIR] | sivi [--count N] | pdf [--count N] [--chromium PATH] | caseload [--count N] | scale [--items N] | scale --text-mb M"

func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

do {
  switch arguments.first ?? "engine" {
  case "engine":
    let benchmark = EngineBenchmark(
      workload: URL(fileURLWithPath: option("--workload") ?? "../shared/bench/workload"),
      seconds: option("--seconds").flatMap(Double.init) ?? 1.5,
      parseSeconds: option("--parse-seconds").flatMap(Double.init) ?? 0.5)
    for line in try benchmark.run() { print(line) }
  case "cases":
    for line in try CaseBenchmark(count: option("--count").flatMap(Int.init) ?? 10_000).run() {
      print(line)
    }
  case "write-cases":
    try CaseBenchmark.write(
      count: option("--count").flatMap(Int.init) ?? 20,
      to: URL(fileURLWithPath: option("--out") ?? "bench-cases"))
  case "scale":
    let lines =
      if let megabytes = option("--text-mb").flatMap(Int.init) {
        try FreeTextBenchmark(size: megabytes).run()
      } else {
        try ScaleBenchmark(items: option("--items").flatMap(Int.init) ?? 25_000).run()
      }
    for line in lines { print(line) }
  case "sivi":
    for line in try SiviBenchmark(count: option("--count").flatMap(Int.init) ?? 10_000).run() {
      print(line)
    }
  case "caseload":
    for line in try CaseloadBenchmark(count: option("--count").flatMap(Int.init) ?? 10_000).run() {
      print(line)
    }
  case "documents":
    let benchmark = DocumentBenchmark(
      count: option("--count").flatMap(Int.init) ?? 1_000,
      templates: option("--templates").map { URL(fileURLWithPath: $0) })
    for line in try benchmark.run() { print(line) }
  case "pdf":
    let benchmark = PDFBenchmark(
      count: option("--count").flatMap(Int.init) ?? 4, chromium: option("--chromium"))
    for line in try benchmark.run() { print(line) }
  default:
    FileHandle.standardError.write(Data("\(usage)\n".utf8))
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
  exit(2)
}
