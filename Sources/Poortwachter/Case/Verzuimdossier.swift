import Kalender

/// One sick employee's dossier: the parties, the periods of incapacity and the documents of
/// every Poortwachter step, as a casemanager keeps it.
///
/// The JSON keys are these property names (see docs/case-format.md). Document contents are
/// optional on purpose: a dossier is filled step by step, and a missing field is a validation
/// finding with its path, not a file that cannot be read. Medical details can only live in
/// `bedrijfsarts`-side types (`BedrijfsartsDossier`); nothing the employer keeps can hold them.
public struct Verzuimdossier: Codable, Sendable, Equatable {
  /// The case reference: used for output file names (never a BSN).
  public var referentie: String
  /// The date the dossier describes: the default reference date when a command is given
  /// none (samples pin theirs so that CI output never depends on the day it runs).
  public var peildatum: CalendarDate?
  public var werkgever: Werkgever
  public var werknemer: Werknemer
  public var arbodienst: Arbodienst?
  public var bedrijfsarts: Persoon?
  public var casemanager: Persoon?
  public var verzuimperiodes: [Verzuimperiode]
  /// Zwangerschaps- en bevallingsverlof (WAZO): left out of the counts (CNT-11).
  public var wazoVerlof: [WazoVerlof]?
  public var ziekmelding: Ziekmelding?
  public var probleemanalyse: Probleemanalyse?
  public var bijstellingenProbleemanalyse: [BijstellingProbleemanalyse]?
  public var planVanAanpak: PlanVanAanpak?
  public var bijstellingenPlanVanAanpak: [BijstellingPlanVanAanpak]?
  public var evaluaties: [Evaluatie]?
  public var melding42eWeek: Melding42eWeek?
  public var eerstejaarsevaluatie: Eerstejaarsevaluatie?
  public var actueelOordeel: ActueelOordeel?
  public var eindevaluatie: Eindevaluatie?
  public var oordeelWerknemer: OordeelWerknemer?
  public var reintegratieverslag: Reintegratieverslag?
  public var verkortReintegratieverslag: VerkortReintegratieverslag?
  /// Ziek uit dienst: the aangifte to UWV (TL-24, COR-08).
  public var meldingZiekUitDienst: MeldingZiekUitDienst?
  public var wiaAanvraag: WiaAanvraag?
  public var verlengingLoondoorbetaling: VerlengingLoondoorbetaling?
  public var loonsanctie: Loonsanctie?
  /// The bedrijfsarts's compartment: never rendered into an employer-side document.
  public var bedrijfsartsDossier: BedrijfsartsDossier?
  /// The service package the employer has, for costs per step.
  public var pakket: PakketKeuze?
  /// The SIVI notifications this case was imported from (`dossier import sivi`): a repeated
  /// import skips them, so facts corrected by hand afterwards stay as corrected.
  public var siviMeldingen: [SiviMeldingSleutel]?
}

/// Who drew up or signed a document (DOC-ALL-02: name and function on every element).
public struct Opsteller: Codable, Sendable, Equatable {
  public var naam: String?
  public var functie: String?
}

/// A signature block: who signed, and when. Absent means not signed.
public struct Ondertekening: Codable, Sendable, Equatable {
  public var naam: String?
  public var datum: CalendarDate?
}

public struct Adres: Codable, Sendable, Equatable {
  public var straat: String?
  public var huisnummer: String?
  public var postcode: String?
  public var plaats: String?
}

/// A contact: casemanager, bedrijfsarts, contactpersoon.
public struct Persoon: Codable, Sendable, Equatable {
  public var naam: String?
  public var functie: String?
  public var telefoon: String?
  public var email: String?
  /// BIG-registratie of a bedrijfsarts, where known.
  public var bigNummer: String?
}

public struct Arbodienst: Codable, Sendable, Equatable {
  public var naam: String?
  public var telefoon: String?
  public var email: String?
  public var adres: Adres?
}

/// The package named in a catalog (issue: a case and its package).
public struct PakketKeuze: Codable, Sendable, Equatable {
  /// The catalog file, relative to the case file's folder; it must lie inside the catalog
  /// root (DossierKit's `CatalogRoot`).
  public var catalogus: String
  public var pakket: String

  public init(catalogus: String, pakket: String) {
    self.catalogus = catalogus
    self.pakket = pakket
  }
}
