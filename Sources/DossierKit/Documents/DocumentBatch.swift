import Foundation
import Kalender
public import Poortwachter

/// Rendering the documents of many cases at once, on all cores, with the same result as one
/// at a time: each case is rendered independently and results keep the input order.
public struct DocumentBatch: Sendable {
  public enum Selection: Sendable, Equatable {
    /// The documents the dossier holds or that are due by the reference date.
    case due
    case kinds([DocumentKind])
  }

  public struct Job: Sendable {
    public var name: String
    public var dossier: Verzuimdossier
    public var peildatum: CalendarDate

    public init(name: String, dossier: Verzuimdossier, peildatum: CalendarDate) {
      self.name = name
      self.dossier = dossier
      self.peildatum = peildatum
    }
  }

  public struct Result: Sendable {
    public var job: String
    public var documents: [RenderedDocument] = []
    public var refused: [(kind: DocumentKind, findings: [Finding])] = []
    public var failure: String? = nil
  }

  public let renderer: DocumentRenderer
  public var selection: Selection
  public var formats: [DocumentFormat]
  public var draft: Bool

  public init(
    renderer: DocumentRenderer, selection: Selection, formats: [DocumentFormat], draft: Bool
  ) {
    self.renderer = renderer
    self.selection = selection
    self.formats = formats
    self.draft = draft
  }

  public func kinds(for job: Job) -> [DocumentKind] {
    switch selection {
    case .kinds(let kinds): return kinds
    case .due:
      let timeline = Timeline(dossier: job.dossier, on: job.peildatum)
      return DocumentKind.allCases.filter { $0.isDue(in: job.dossier, timeline: timeline) }
    }
  }

  public func render(_ job: Job) -> Result {
    var result = Result(job: job.name)
    for kind in kinds(for: job) {
      do {
        switch try renderer.render(
          kind, formats: formats, dossier: job.dossier, on: job.peildatum, draft: draft)
        {
        case .rendered(let documents): result.documents += documents
        case .refused(let kind, let findings): result.refused.append((kind, findings))
        }
      } catch {
        result.failure = "\(job.name): \(kind.titel): \(error)"
        return result
      }
    }
    return result
  }

  /// Two cases of a batch whose documents would get the same file name: written one after
  /// the other, the second would silently replace the first (`VZ 2026/27` and `VZ-2026-27`
  /// both become `VZ-2026-27_…`). Names are compared ignoring letter case, as the file
  /// systems of macOS and Windows do.
  public struct NameCollision: Sendable, Equatable, CustomStringConvertible {
    /// The jobs (case files) that both give the names, in input order.
    public var first: String
    public var second: String
    /// The file names both would write, in the order rendered.
    public var fileNames: [String]

    public var description: String {
      let more = fileNames.count > 1 ? " (and \(fileNames.count - 1) more)" : ""
      return
        "\(first) and \(second) both give \(fileNames[0])\(more); give one of the cases another referentie"
    }
  }

  /// Every pair of cases that would write a file of the same name, first clash first.
  ///
  /// - Parameter outputs: Each job (case file) with the names of the files it would write.
  public static func collisions(_ outputs: [(job: String, fileNames: [String])])
    -> [NameCollision]
  {
    var owner: [String: String] = [:]
    var collisions: [NameCollision] = []
    for (job, fileNames) in outputs {
      for fileName in fileNames {
        let key = fileName.lowercased()
        guard let first = owner[key] else {
          owner[key] = job
          continue
        }
        if let index = collisions.firstIndex(where: { $0.first == first && $0.second == job }
        ) {
          collisions[index].fileNames.append(fileName)
        } else {
          collisions.append(
            NameCollision(first: first, second: job, fileNames: [fileName]))
        }
      }
    }
    return collisions
  }

  /// Every job's result, in the order given, rendered concurrently.
  public func render(_ jobs: [Job]) -> [Result] {
    jobs.concurrentMap { render($0) }
  }
}
