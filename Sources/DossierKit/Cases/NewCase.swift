public import Foundation
public import Kalender
public import Poortwachter

/// A case file to start from: the parties and the first period, named by its schema so an
/// editor helps with the rest. Everything else starts empty; validation says what each step
/// will need and when.
public struct NewCase: Sendable {
  public var dossier: Verzuimdossier

  public init(
    referentie: String, werkgever: String, werknemer: String, eersteZiektedag: CalendarDate
  ) {
    dossier = Verzuimdossier(
      referentie: referentie, werkgever: Werkgever(naam: werkgever),
      werknemer: Werknemer(naam: werknemer),
      verzuimperiodes: [Verzuimperiode(eersteZiektedag: eersteZiektedag)])
  }

  /// The file's bytes, with `"$schema"` naming the schema file beside it.
  public func caseFile() throws -> Data {
    try dossier.encodedCaseFile(schemaReference: Verzuimdossier.schemaFileName)
  }

  /// `<referentie>.json`, named as the case's documents are (``DocumentRenderer/fileStem(_:)``).
  public var defaultFileName: String {
    DocumentRenderer.fileStem(dossier.referentie) + ".json"
  }

  /// Why a reference cannot name a case, or nil: it must hold a visible character and no
  /// control characters (it reaches file names, terminals and calendars).
  public static func problem(withReferentie referentie: String) -> String? {
    if referentie.allSatisfy({ $0.isWhitespace }) { return "the referentie is empty" }
    if referentie.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "the referentie holds a control character"
    }
    return nil
  }
}
