import DossierKit
import Foundation
import Kalender
import Poortwachter

/// Printing to PDF with headless Chromium, as `dossier render --format pdf` and `dossier
/// bundle` do: every due document of generated cases rendered to HTML, then printed in
/// parallel (one browser per document, at most one per core). Throughput is bound by the
/// browser's start-up, not by dossierkit.
struct PDFBenchmark {
  var count: Int
  var chromium: String?

  func run() throws -> [String] {
    let executable = try ChromiumLocator.find(
      explicit: chromium, environment: ProcessInfo.processInfo.environment,
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    let renderer = DocumentRenderer(templates: DocumentTemplates(library: TemplateLibrary()))
    let batch = DocumentBatch(renderer: renderer, selection: .due, formats: [.html], draft: true)
    var jobs: [DocumentPrinting.Job] = []
    for index in 0..<count {
      let dossier = try Verzuimdossier.decode(from: CaseBenchmark.caseFile(index))
      let peildatum = dossier.peildatum ?? CalendarDate(dayNumber: 0)
      let result = batch.render(
        DocumentBatch.Job(name: "\(index)", dossier: dossier, peildatum: peildatum))
      jobs += result.documents.map {
        DocumentPrinting.Job(html: $0, dossier: dossier, peildatum: peildatum)
      }
    }
    let printing = DocumentPrinting(printer: ChromiumPrinter(executable: executable))
    // One print first: the browser's files come into the page cache, as on a working machine.
    let (_, firstSeconds) = timeOnce { _ = printing.print(jobs[0]) }
    let cpuBefore = Self.childrenCPUSeconds()
    let (results, seconds) = timeOnce { printing.print(jobs) }
    // CPU of the browser processes this process waited for; helpers Chromium reaps itself
    // may be missing, so this is a lower bound.
    let cpu = Self.childrenCPUSeconds() - cpuBefore
    let sizes = results.compactMap { try? $0.get().bytes.count }
    let failures = results.count - sizes.count
    return [
      "phase=pdf-one chromium=\(executable.path) seconds=\(String(format: "%.3f", firstSeconds))",
      "phase=pdf-batch cores=\(ProcessInfo.processInfo.activeProcessorCount) documents=\(jobs.count) seconds=\(String(format: "%.3f", seconds)) documents_per_s=\(String(format: "%.2f", Double(jobs.count) / seconds)) kb_mean=\(sizes.isEmpty ? 0 : sizes.reduce(0, +) / sizes.count / 1024) failures=\(failures) child_cpu_s_per_document=\(String(format: "%.2f", cpu / Double(max(1, jobs.count))))",
    ]
  }

  static func childrenCPUSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    #else
      getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
}
