import Kalender
public import StrictJSON

/// What only the bedrijfsarts (arbodienst) may keep: the medical basis of the advices and the
/// vangnet category. Employer-side documents have no way to reach these types, and templates
/// of employer-side documents that refer to them are refused (POORTWACHTER.md §6).
public struct BedrijfsartsDossier: Codable, Sendable, Equatable {
  /// Which Ziektewet vangnet applies (ZW art. 29 lid 2, 29a, 29b): the arbodienst side only.
  public var vangnetCategorie: VangnetCategorie?
  /// The day the arbodienst reported the vangnetter to UWV (TL-03); kept here because the
  /// melding reveals the category.
  public var datumMeldingVangnetUWV: CalendarDate?
  public var medischeInformatie: MedischeGegevens?
  /// PA-09: the medical basis of the probleemanalyse.
  public var grondslagProbleemanalyse: MedischeGegevens?
  public var grondslagActueelOordeel: MedischeGegevens?
}

/// Diagnosis and treatment: the only type that may hold them.
public struct MedischeGegevens: Codable, Sendable, Equatable {
  public var diagnose: String?
  public var behandeling: String?
  public var toelichting: String?
}

public enum VangnetCategorie: String, Codable, Sendable, CaseIterable, JSONSchemaEnumeration {
  /// ZW art. 29 lid 2 e: orgaandonatie.
  case orgaandonatie
  /// ZW art. 29a (via art. 29 lid 2 f): illness from pregnancy or childbirth.
  case zwangerschap
  /// ZW art. 29b (via art. 29 lid 2 g): no-riskpolis.
  case noRiskPolis
  /// Other vangnet grounds (ZW art. 29 lid 2 a–d and the like).
  case overig

  /// No vangnetter gets a 42e-weeksmelding (COR-03): ZW art. 38 lid 1 binds only the employer
  /// of an insured with a BW 7:629 wage right, which the art. 29 lid 2 a–d cases lack, and
  /// art. 38 lid 4 exempts the cases of lid 2 e (orgaandonatie), f (art. 29a, pregnancy) and
  /// g (art. 29b, no-riskpolis).
  public var isExemptFromMelding42: Bool { true }
}
