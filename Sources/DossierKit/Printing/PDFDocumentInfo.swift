public import Kalender

/// What a printed document says about itself in its PDF metadata: the Info dictionary and the
/// catalog's language. The date stands for both the creation and the modification date, so
/// that printing the same document twice gives the same bytes.
public struct PDFDocumentInfo: Sendable, Equatable {
  public var title: String
  /// Who drew the document up (the opsteller), as UWV asks every element to say (DOC-ALL-02).
  public var author: String
  public var subject: String
  /// The document's own date, never the time of printing.
  public var date: CalendarDate
  /// The catalog's `/Lang`, a BCP 47 tag.
  public var language: String

  public init(
    title: String, author: String, subject: String, date: CalendarDate, language: String = "nl"
  ) {
    self.title = title
    self.author = author
    self.subject = subject
    self.date = date
    self.language = language
  }
}
