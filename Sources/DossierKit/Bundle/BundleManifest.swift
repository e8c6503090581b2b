public import Kalender

/// What an upload set holds and what it asks of the casemanager: per file the RIV items it
/// covers, its date, who signs and whether the case records it, its size and the BSN; what the
/// employee sends himself; the deadlines. Written beside the files as JSON, Markdown and HTML.
public struct BundleManifest: Sendable, Encodable {
  public struct Bestand: Sendable, Encodable {
    public var bestand: String
    public var document: String
    /// Items a–l of Regeling procesgang art. 6 lid 1 in this file.
    public var rivItems: [String]
    public var datum: CalendarDate?
    public var opsteller: String?
    public var ondertekening: [Ondertekenaar]
    /// The PDF's size; nil when only the manifest was made (nothing printed).
    public var bytes: Int?
    /// The BSN stands in the running header of every page.
    public var bsnOpElkePagina: Bool
    public var concept: Bool
  }

  public var referentie: String
  public var peildatum: CalendarDate
  public var situatie: UploadSituatie
  public var omschrijving: String
  /// The employee's name (not `werknemer`: a file with that key reads as a case file to
  /// `dossier caseload`).
  public var naamWerknemer: String
  public var bsn: String
  /// A draft set (`--draft`): the verslag does not validate yet; `fouten` says why.
  public var concept: Bool
  public var fouten: [String]
  public var bestanden: [Bestand]
  /// Documents UWV wants beside the verslag that the case does not hold.
  public var ontbreekt: [String]
  public var werknemerStuurtZelf: [String]
  public var termijnen: [UploadDeadline]
  /// UWV's limit per file (10 MB, taken as 10,000,000 bytes: never more than UWV accepts).
  public var maximumBytes: Int
}
