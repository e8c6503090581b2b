import Foundation
import Kalender
import StrictJSON
import Testing

@testable import Poortwachter

/// The case keys §13 added are read as strictly as every other: a misspelt key is refused
/// with a suggestion, an impossible date with its path.
@Suite struct NewCaseFieldTests {
  /// A minimal case file with `extra` spliced in at the top level.
  func decode(_ extra: String) throws(StrictJSONError) -> Verzuimdossier {
    let text = """
      {"referentie": "VZ-NIEUW", "werkgever": {}, "werknemer": {},
       "verzuimperiodes": [{"eersteZiektedag": "2026-01-05"}], \(extra)}
      """
    return try Verzuimdossier.decode(from: Data(text.utf8))
  }

  @Test func readsTheNewKeys() throws {
    let dossier = try decode(
      """
      "meldingZiekUitDienst": {"datum": "2026-03-31", "kanaal": "verzuimmelder"},
      "wiaAanvraag": {"datumKennisgevingUWV": "2027-10-01"},
      "bijstellingenProbleemanalyse": [{"datum": "2026-02-20", "dreigendLangdurigVerzuim": true}]
      """)
    #expect(dossier.meldingZiekUitDienst?.datum == CalendarDate("2026-03-31"))
    #expect(dossier.meldingZiekUitDienst?.kanaal == .verzuimmelder)
    #expect(dossier.wiaAanvraag?.datumKennisgevingUWV == CalendarDate("2027-10-01"))
    #expect(dossier.bijstellingenProbleemanalyse?.first?.dreigendLangdurigVerzuim == true)
  }

  @Test func refusesAMisspeltKeyWithASuggestion() {
    #expect {
      _ = try decode(#""meldingZiekUitdienst": {"datum": "2026-03-31"}"#)
    } throws: { error in
      guard let error = error as? StrictJSONError,
        case .unknownKey(let key, let suggestion) = error.reason
      else { return false }
      return key == "meldingZiekUitdienst" && suggestion == "meldingZiekUitDienst"
    }
  }

  @Test func refusesAnImpossibleDateWithItsPath() {
    #expect {
      _ = try decode(#""wiaAanvraag": {"datumKennisgevingUWV": "2027-02-30"}"#)
    } throws: { error in
      (error as? StrictJSONError)?.path == "$.wiaAanvraag.datumKennisgevingUWV"
    }
  }
}
