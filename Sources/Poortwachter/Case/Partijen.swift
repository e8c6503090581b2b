import Kalender
public import StrictJSON

public struct Werkgever: Codable, Sendable, Equatable {
  public var naam: String?
  public var kvkNummer: String?
  public var vestigingsnummer: String?
  public var loonheffingennummer: String?
  public var adres: Adres?
  public var contactpersoon: Persoon?
  /// Nature of the business (Regeling procesgang art. 6 lid 1 b), shown on the eindevaluatie.
  public var aardVanHetBedrijf: String?
  public var iban: String?
  /// Eigenrisicodrager Ziektewet: no RIV duty at ziek uit dienst (ZW art. 38 lid 2).
  public var eigenRisicodragerZW: Bool?
}

public struct Werknemer: Codable, Sendable, Equatable {
  public var naam: String?
  public var bsn: String?
  public var geboortedatum: CalendarDate?
  public var adres: Adres?
  public var telefoon: String?
  public var functie: String?
  /// Skills (Regeling procesgang art. 6 lid 1 d).
  public var bekwaamheden: String?
  public var contracturenPerWeek: Double?
  public var dienstverband: Dienstverband?
  /// Whether a Ziektewet vangnet applies: yes or no only. Which one is for the bedrijfsarts
  /// (`BedrijfsartsDossier.vangnetCategorie`), never for the employer (POORTWACHTER.md §6.2).
  public var vangnet: Bool?
}

public struct Dienstverband: Codable, Sendable, Equatable {
  public enum Soort: String, Codable, Sendable, CaseIterable, JSONSchemaEnumeration {
    case vast, tijdelijk
  }
  public var soort: Soort
  public var ingangsdatum: CalendarDate?
  /// End of a temporary contract, or the end of employment. Falling while sick, it makes the
  /// case ziek uit dienst (COR-08) even when no last working day is recorded.
  public var einddatum: CalendarDate?
  /// The last working day when employment ends while sick (ziek uit dienst, TL-24): the
  /// aangifte to UWV is due that day (ZW art. 38 lid 2).
  public var laatsteWerkdag: CalendarDate?

  public init(
    soort: Soort, ingangsdatum: CalendarDate? = nil, einddatum: CalendarDate? = nil,
    laatsteWerkdag: CalendarDate? = nil
  ) {
    self.soort = soort
    self.ingangsdatum = ingangsdatum
    self.einddatum = einddatum
    self.laatsteWerkdag = laatsteWerkdag
  }
}

/// One period of incapacity, from the eerste ziektedag to the day before full recovery.
public struct Verzuimperiode: Codable, Sendable, Equatable {
  /// A reason the law treats differently. Only `ziekte` belongs in an employer-side file: the
  /// other two name a vangnet ground, which validation flags (PRIV-DENY, a warning, for files
  /// the arbodienst keeps whole).
  public enum Reden: String, Codable, Sendable, CaseIterable, JSONSchemaEnumeration {
    case ziekte
    /// Illness related to pregnancy or childbirth (ZW art. 29a/29b): a vangnet case.
    case zwangerschapOfBevalling
    case orgaandonatie
  }
  public var eersteZiektedag: CalendarDate
  /// The first day of full recovery in the own work; absent while the period runs.
  public var hersteldatum: CalendarDate?
  /// Partial return (CNT-12): the clock keeps running.
  public var gedeeltelijkHerstel: [GedeeltelijkHerstel]?
  public var reden: Reden?
  /// Across a WAZO leave periods chain unless the incapacity after it cannot stem from the same
  /// cause (CNT-11, COR-01): `false`, recorded on the bedrijfsarts's word, starts a new count;
  /// absent chains (the earlier deadlines) with a waarschuwing.
  public var zelfdeOorzaakAlsVorige: Bool?
  public var arbeidsongeval: Bool?
  /// A third party may be liable (regres).
  public var regres: Bool?
}

public struct GedeeltelijkHerstel: Codable, Sendable, Equatable {
  public var datum: CalendarDate
  /// Share of the contract hours worked again, 0 to 100.
  public var percentage: Double

  public init(datum: CalendarDate, percentage: Double) {
    self.datum = datum
    self.percentage = percentage
  }
}

public struct WazoVerlof: Codable, Sendable, Equatable {
  public var van: CalendarDate
  /// The last day of the leave.
  public var totEnMet: CalendarDate
}

public struct Ziekmelding: Codable, Sendable, Equatable {
  /// The day the employee reported sick to the employer (TL-01).
  public var datumMeldingWerkgever: CalendarDate?
  /// The day the employer reported to the bedrijfsarts or arbodienst (TL-02).
  public var datumMeldingArbodienst: CalendarDate?
  /// Expected duration as the employer may record it (PRIV-ALLOW 2).
  public var verwachteDuur: String?
  /// Appointments and work to hand over (PRIV-ALLOW 3).
  public var lopendeAfspraken: String?
}
