/// The legal sources findings cite, spelled once.
enum Bron {
  static let regeling = "Regeling procesgang eerste en tweede ziektejaar"
  static func regeling(_ article: String) -> String { "\(regeling) art. \(article)" }
  static let vorm = "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen"
  static func vorm(_ article: String) -> String { "\(vorm) art. \(article)" }
  static let beoordelingskader = "Beleidsregels beoordelingskader poortwachter (UWV)"
  static let ap = "AP, Beleidsregels De zieke werknemer (2016)"
  static let uwvFormulieren = "UWV, re-integratieverslag indienen (BSN en handtekening op elk document)"
  static let identificatie = "POORTWACHTER.md §7"
}
