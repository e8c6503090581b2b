import Kalender
import Poortwachter

extension DocumentKind {
  /// The items a–l of Regeling procesgang art. 6 lid 1 this document holds, where the
  /// vorm-beleidsregel places them (POORTWACHTER.md §5.8, UWV-FORMS.md X-3): the
  /// administrative data (a, c, d, e) with the probleemanalyse and the actueel oordeel, the
  /// aard van het bedrijf (b) with the eindevaluatie, the employee's opinion (l) in the verslag.
  public var rivItems: [String] {
    switch self {
    case .probleemanalyse: ["a", "c", "d", "e", "f"]
    case .planVanAanpak: ["g"]
    case .melding42eWeek: []
    case .eerstejaarsevaluatie: ["h"]
    case .actueelOordeel: ["a", "c", "d", "e", "i", "j", "k"]
    case .eindevaluatie: ["b", "h", "i", "k"]
    case .reintegratieverslag: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]
    // Vorm-beleidsregel art. 2a lid 3: the state of affairs with items a–e, and the employee's
    // opinion; the bedrijfsarts's medical part goes its own way.
    case .verkortReintegratieverslag: ["a", "b", "c", "d", "e", "l"]
    }
  }

  /// Who signs this document and whether the case records each signature (UWV: every
  /// uploaded document signed; UWV-FORMS.md §11). The bedrijfsarts's documents record only
  /// their opsteller and date, so their signature is never recorded as given.
  public func ondertekening(in dossier: Verzuimdossier) -> [Ondertekenaar] {
    func bedrijfsarts(_ opsteller: Opsteller?, _ wat: String) -> Ondertekenaar {
      Ondertekenaar(rol: "bedrijfsarts", onderdeel: wat, naam: opsteller?.naam, datum: nil)
    }
    func beide(_ werkgever: Ondertekening?, _ werknemer: Ondertekening?, _ wat: String)
      -> [Ondertekenaar]
    {
      [
        Ondertekenaar(rol: "werkgever", onderdeel: wat, werkgever),
        Ondertekenaar(rol: "werknemer", onderdeel: wat, werknemer),
      ]
    }
    switch self {
    case .probleemanalyse:
      let pa = dossier.probleemanalyse
      return [bedrijfsarts(pa?.opsteller, "probleemanalyse")]
        + (dossier.bijstellingenProbleemanalyse ?? []).map {
          bedrijfsarts($0.opsteller, "bijstelling van \(dutchDate($0.datum))")
        }
    case .planVanAanpak:
      let plan = dossier.planVanAanpak
      return beide(plan?.ondertekeningWerkgever, plan?.ondertekeningWerknemer, "plan van aanpak")
        + (dossier.bijstellingenPlanVanAanpak ?? []).flatMap {
          beide(
            $0.ondertekeningWerkgever, $0.ondertekeningWerknemer,
            "bijstelling van \(dutchDate($0.datum))")
        }
    case .melding42eWeek: return []
    case .eerstejaarsevaluatie:
      let eje = dossier.eerstejaarsevaluatie
      return beide(eje?.ondertekeningWerkgever, eje?.ondertekeningWerknemer, "eerstejaarsevaluatie")
    case .actueelOordeel:
      let ao = dossier.actueelOordeel
      return [bedrijfsarts(ao?.opsteller, "actueel oordeel")]
    case .eindevaluatie:
      let ee = dossier.eindevaluatie
      return beide(ee?.ondertekeningWerkgever, ee?.ondertekeningWerknemer, "eindevaluatie")
    case .reintegratieverslag:
      return [
        Ondertekenaar(
          rol: "werkgever", onderdeel: "verslag",
          naam: dossier.reintegratieverslag?.opsteller?.naam,
          datum: nil),
        Ondertekenaar(
          rol: "werknemer", onderdeel: "deel 7, oordeel werknemer",
          dossier.oordeelWerknemer?.ondertekening),
      ]
    case .verkortReintegratieverslag:
      return [
        Ondertekenaar(
          rol: "werkgever", onderdeel: "verslag",
          dossier.verkortReintegratieverslag?.ondertekeningWerkgever),
        Ondertekenaar(
          rol: "werknemer", onderdeel: "oordeel werknemer", dossier.oordeelWerknemer?.ondertekening),
      ]
    }
  }
}

/// One signature a document needs: who, for which part, and the date the case records for it
/// (nil: not recorded as signed).
public struct Ondertekenaar: Sendable, Equatable, Encodable {
  public var rol: String
  public var onderdeel: String
  public var naam: String?
  /// The date of signing the case records; nil when it records none.
  public var datum: CalendarDate?

  public var isVastgelegd: Bool { datum != nil }

  init(rol: String, onderdeel: String, naam: String?, datum: CalendarDate?) {
    self.rol = rol
    self.onderdeel = onderdeel
    self.naam = naam
    self.datum = datum
  }

  init(rol: String, onderdeel: String, _ ondertekening: Ondertekening?) {
    self.init(
      rol: rol, onderdeel: onderdeel, naam: ondertekening?.naam, datum: ondertekening?.datum)
  }

  private enum CodingKeys: String, CodingKey { case rol, onderdeel, naam, datum, vastgelegd }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rol, forKey: .rol)
    try container.encode(onderdeel, forKey: .onderdeel)
    try container.encodeIfPresent(naam, forKey: .naam)
    try container.encodeIfPresent(datum, forKey: .datum)
    try container.encode(isVastgelegd, forKey: .vastgelegd)
  }
}
