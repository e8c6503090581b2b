import Kalender
import Pakketten
import Poortwachter

/// The template data of `package-quote.*`: a quote with every amount in Dutch text.
public struct PackageQuote: Sendable, Encodable {
  public var kop: SheetHeader
  public var aanbieder: String
  public var catalogus: String
  public var pakket: String
  public var werknemers: Int
  public var betaling: String
  public var verzekeringen: Int
  public var groepen: [Group]
  public var totaalPerJaar: String
  /// The payments, `6 × € 112,90; 6 × € 112,89`.
  public var termijnen: String
  public var toelichtingen: [String]
  public var afronding: String

  /// - Parameter peildatum: The quote's date as text; the catalog's first valid day if nil.
  public init(_ offerte: Offerte, catalog: Catalog, peildatum: CalendarDate? = nil) {
    kop = SheetHeader(
      soort: "Offerte", titel: "Offerte \(offerte.pakketnaam)",
      referentie: "\(offerte.catalogus)/\(offerte.pakket)",
      peildatum: (peildatum ?? catalog.geldigVanaf)?.dutch ?? "tarieven \(catalog.jaar)")
    aanbieder = offerte.aanbieder
    catalogus = offerte.titel
    pakket = offerte.pakketnaam
    werknemers = offerte.werknemers
    betaling = offerte.termijn.betaling
    verzekeringen = offerte.verzekeringen
    groepen = offerte.groepen.map(Group.init)
    totaalPerJaar = offerte.totaalPerJaar.dutch
    termijnen = offerte.termijnbedragen.map { "\($0.aantal) × \($0.bedrag.dutch)" }.joined(
      separator: "; ")
    toelichtingen = offerte.toelichtingen
    afronding = offerte.afronding
  }

  /// The lines of one tax basis.
  public struct Group: Sendable, Encodable {
    public var grondslag: String
    public var regels: [Line]
    public var subtotaal: String
    public var correcties: [Line]
    /// What the group's total includes: `Totaal inclusief btw`, `Totaal (geen btw)`.
    public var totaalOmschrijving: String
    public var totaal: String

    init(_ groep: Offertegroep) {
      grondslag = groep.grondslag.dutch
      regels = groep.regels.map { regel in
        Line(
          omschrijving: regel.omschrijving, berekening: "\(regel.aantal) × \(regel.prijs.dutch)",
          bedrag: regel.bedrag.dutch, toelichting: regel.toelichting)
      }
      subtotaal = groep.subtotaal.dutch
      correcties = [groep.korting, groep.toeslag, groep.btw].compactMap { $0 }.map { regel in
        Line(
          omschrijving: regel.omschrijving,
          berekening: "\(regel.percentage.dutch) van \(regel.over.dutch)",
          bedrag: regel.bedrag.dutch, toelichting: nil)
      }
      totaalOmschrijving =
        groep.grondslag == .inclusiefAssurantiebelasting
        ? "Totaal (geen btw)" : "Totaal inclusief btw"
      totaal = groep.totaal.dutch
    }
  }

  /// One line: what, how it was computed, the amount.
  public struct Line: Sendable, Encodable {
    public var omschrijving: String
    public var berekening: String
    public var bedrag: String
    public var toelichting: String?
  }
}
