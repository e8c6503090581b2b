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

  /// Every job's result, in the order given, rendered concurrently.
  public func render(_ jobs: [Job]) -> [Result] {
    jobs.concurrentMap { render($0) }
  }
}
