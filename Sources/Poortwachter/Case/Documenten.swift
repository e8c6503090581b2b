import Kalender
public import StrictJSON

/// The bedrijfsarts's oordeel en advies (Regeling procesgang art. 2): the employer's copy.
/// The medical basis is not here but in `BedrijfsartsDossier` (PA-09).
public struct Probleemanalyse: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// PA-01: the bedrijfsarts expects dreigend langdurig verzuim.
  public var dreigendLangdurigVerzuim: Bool?
  /// PA-02: facts relevant to recovery and the bedrijfsarts's assessment of them.
  public var feitenEnBeoordeling: String?
  /// PA-03: functional limitations and remaining capacities, without diagnosis.
  public var beperkingenEnMogelijkheden: String?
  /// PA-04: prognosis, expected duration, chances of return.
  public var prognose: String?
  /// PA-05: personal, private/social and work-related factors.
  public var nietMedischeFactoren: String?
  /// PA-06: advice on using or increasing capacities.
  public var advies: String?
  /// PA-07: no lasting usable capacities, so no plan van aanpak will follow.
  public var geenBenutbareMogelijkheden: Bool?
  public var motiveringGeenMogelijkheden: String?
  /// TL-06: why the term of six weeks was not met (Regeling procesgang art. 5).
  public var motivatieAfwijking: String?
}

/// A later advice because the course of the incapacity requires the plan to change (BIJ-01).
public struct BijstellingProbleemanalyse: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// The new oordeel on dreigend langdurig verzuim, when the probleemanalyse found none and the
  /// employee is still sick (Regeling procesgang art. 2 lid 3, COR-07). Absent is read as a
  /// threat: a plan van aanpak follows within two weeks.
  public var dreigendLangdurigVerzuim: Bool?
  public var reden: String?
  public var beperkingenEnMogelijkheden: String?
  public var prognose: String?
  public var advies: String?
}

public struct Activiteit: Codable, Sendable, Equatable {
  public var omschrijving: String?
  /// Who does it: werkgever, werknemer, casemanager, …
  public var wie: String?
  public var planning: String?
}

public struct Doel: Codable, Sendable, Equatable {
  public var omschrijving: String?
  /// PVA-03: the expected time frame.
  public var termijn: String?
}

/// The agreed plan (Regeling procesgang art. 4).
public struct PlanVanAanpak: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// PVA-06: the date of the probleemanalyse it rests on.
  public var datumProbleemanalyse: CalendarDate?
  public var einddoel: Doel?
  public var tussendoelen: [Doel]?
  public var activiteiten: [Activiteit]?
  /// PVA-04: the agreed evaluation moments.
  public var evaluatiemomenten: [CalendarDate]?
  /// PVA-05: the person who guides the activities.
  public var casemanager: String?
  /// PVA-11: views of werkgever and werknemer (from 1 July 2023).
  public var visieWerkgever: String?
  public var visieWerknemer: String?
  /// PVA-07: both sign.
  public var ondertekeningWerkgever: Ondertekening?
  public var ondertekeningWerknemer: Ondertekening?
  /// PVA-08: copies sent without delay to werknemer, casemanager and bedrijfsarts.
  public var verzondenAan: [String]?
  public var verzenddatum: CalendarDate?
  /// TL-06: why the term of two weeks after the probleemanalyse was not met.
  public var motivatieAfwijking: String?
}

public struct BijstellingPlanVanAanpak: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  public var reden: String?
  public var einddoel: Doel?
  public var activiteiten: [Activiteit]?
  public var visieWerkgever: String?
  public var visieWerknemer: String?
  public var ondertekeningWerkgever: Ondertekening?
  public var ondertekeningWerknemer: Ondertekening?
}

/// A periodic evaluation record (BIJ-05).
public struct Evaluatie: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  public var voortgang: String?
  /// Hours actually worked (Regeling procesgang art. 3).
  public var gewerkteUrenPerWeek: Double?
  public var afspraken: String?
  public var visieWerkgever: String?
  public var visieWerknemer: String?
  public var volgendeEvaluatie: CalendarDate?
}

/// The aangifte of long-term illness to UWV after 42 weeks (ZW art. 38 lid 1).
public struct Melding42eWeek: Codable, Sendable, Equatable {
  public enum Kanaal: String, Codable, Sendable, CaseIterable, JSONSchemaEnumeration {
    case verzuimmelder, digipoort, papier
  }
  public var datum: CalendarDate?
  /// M42-01: the eerste ziektedag as reported (after samentelling).
  public var eersteZiektedag: CalendarDate?
  public var kanaal: Kanaal?
  public var uwvKenmerk: String?
}

public struct Eerstejaarsevaluatie: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// EJE-02
  public var terugblik: String?
  /// EJE-03
  public var opKoers: Bool?
  public var toelichtingKoers: String?
  /// EJE-04: the explicit choice of route.
  public var spoor: Spoor?
  public var motiveringSpoor: String?
  /// EJE-05
  public var bijgesteldDoel: String?
  /// EJE-06: reference to the bedrijfsarts's current advice, not medical content.
  public var adviesBedrijfsarts: String?
  /// EJE-07
  public var visieWerkgever: String?
  public var visieWerknemer: String?
  public var ondertekeningWerkgever: Ondertekening?
  public var ondertekeningWerknemer: Ondertekening?
}

public enum Spoor: String, Codable, Sendable, CaseIterable, JSONSchemaEnumeration {
  /// Return in the own company only.
  case spoor1
  /// Work with another employer (BW 7:658a lid 1).
  case spoor2
  case spoor1En2
}

/// The bedrijfsarts's current view, non-medical part (Regeling procesgang art. 6 lid 1 i–k).
public struct ActueelOordeel: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// AO-01
  public var verloop: String?
  /// AO-02
  public var beperkingenEnMogelijkheden: String?
  /// AO-03
  public var kwaliteitArbeidsrelatie: String?
  /// AO-04
  public var passendeArbeid: String?
  public var standReintegratie: String?
}

public struct Eindevaluatie: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// EE-01
  public var uitvoeringAfspraken: String?
  public var standVanZaken: String?
  /// EE-03
  public var kwaliteitArbeidsrelatie: String?
  /// EE-04
  public var passendeArbeid: String?
  public var oordeelVerloopWerkgever: String?
  public var oordeelVerloopWerknemer: String?
  /// Ziek uit dienst: whether the employer wants to re-hire once fit.
  public var wedertewerkstelling: Bool?
  public var ondertekeningWerkgever: Ondertekening?
  public var ondertekeningWerknemer: Ondertekening?
}

/// The employee's opinion on items a–k (Regeling procesgang art. 6 lid 1 l).
public struct OordeelWerknemer: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var eensMetVerslag: Bool?
  public var toelichting: String?
  public var ondertekening: Ondertekening?
}

/// The set handed to UWV with the WIA-aanvraag (Wet WIA art. 25 lid 3).
public struct Reintegratieverslag: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// The day the employee received a copy (TL-17).
  public var kopieAanWerknemer: CalendarDate?
}

/// The short form at ziek uit dienst (vorm-beleidsregel art. 2a).
public struct VerkortReintegratieverslag: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var opsteller: Opsteller?
  /// VRIV-02
  public var standVanZaken: String?
  public var reintegratieTotNu: String?
  public var wedertewerkstelling: Bool?
  public var kopieAanWerknemer: CalendarDate?
  public var ondertekeningWerkgever: Ondertekening?
}

public struct WiaAanvraag: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  /// The day UWV informed the employee about the aanvraag (Wet WIA art. 64 lid 2: at the latest
  /// when the wachttijd has lasted 89 weeks). A later notice lets an aanvraag within four weeks
  /// of it count as on time (art. 64 lid 6), unless the 42e-weeksmelding was missing at 81
  /// weeks (TL-13).
  public var datumKennisgevingUWV: CalendarDate?
}

/// The aangifte to UWV when the employment ends during illness (ZW art. 38 lid 2): due on the
/// last working day, and "gedaan" only with its date recorded (COR-08).
public struct MeldingZiekUitDienst: Codable, Sendable, Equatable {
  public var datum: CalendarDate?
  public var kanaal: Melding42eWeek.Kanaal?
  public var uwvKenmerk: String?
}

/// Vrijwillige verlenging van de loondoorbetaling (Wet WIA art. 24).
public struct VerlengingLoondoorbetaling: Codable, Sendable, Equatable {
  public var aanvraagdatum: CalendarDate?
  /// The new end of the wachttijd.
  public var nieuweEinddatum: CalendarDate?
  public var ondertekeningWerkgever: Ondertekening?
  public var ondertekeningWerknemer: Ondertekening?
}

/// A UWV loonsanctie (Wet WIA art. 25 lid 9): wage payment extended by at most 52 weeks.
public struct Loonsanctie: Codable, Sendable, Equatable {
  /// The date of UWV's decision: after the wachttijd it has no effect, after its latest date
  /// (six weeks before the end) it shortens the sanction by the delay (lid 11, 14; COR-10).
  public var beschikkingsdatum: CalendarDate?
  public var weken: Int?
  /// Ended early after repair (lid 12–14).
  public var einddatum: CalendarDate?
}
