/// The legal sources findings cite, spelled once.
enum Bron {
  static let regeling = "Regeling procesgang eerste en tweede ziektejaar"
  static func regeling(_ article: String) -> String { "\(regeling) art. \(article)" }
  static let vorm = "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen"
  static func vorm(_ article: String) -> String { "\(vorm) art. \(article)" }
  static let beoordelingskader = "Beleidsregels beoordelingskader poortwachter (UWV)"
  static let ap = "AP, Beleidsregels De zieke werknemer (2016)"
  static let uwvFormulieren =
    "UWV, re-integratieverslag indienen (BSN en handtekening op elk document)"
  static let bsn =
    "Wet algemene bepalingen burgerservicenummer (elfproef); UWV: BSN op elk document"
  static let loonheffingennummer = "Belastingdienst: loonheffingennummer = RSIN/BSN + L + subnummer"
  static let kvk = "Handelsregisterwet 2007: KVK-nummer van 8 cijfers, vestigingsnummer van 12"
  static let postcode = "PostNL-postcodesystematiek: 4 cijfers en 2 letters"
  static let iban = "ISO 13616 (IBAN, controle modulo 97)"
  /// The BSN only where a law requires it; a case reference is not such a place.
  static let bsnGebruik = "UAVG art. 46 en Wabb art. 10 (BSN alleen waar de wet het voorschrijft)"
  static let dataminimalisatie = "AVG art. 5 lid 1 c (minimale gegevensverwerking)"
  /// The order of the steps: no document before the eerste ziektedag, each after the one it rests on.
  static let identificatie = "Regeling procesgang art. 2, 4 en 6 (volgorde van de stappen)"
}
