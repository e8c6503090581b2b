import Foundation
import Kalender
import Poortwachter
public import Templating

extension DocumentKind {
  /// The template data of this document for a case: a typed context, turned into a value.
  public func context(_ facts: DocumentFacts) throws -> TemplateValue {
    switch self {
    case .probleemanalyse: try TemplateValue(encoding: ProbleemanalyseContext(facts))
    case .planVanAanpak: try TemplateValue(encoding: PlanVanAanpakContext(facts))
    case .melding42eWeek: try TemplateValue(encoding: Melding42eWeekContext(facts))
    case .eerstejaarsevaluatie: try TemplateValue(encoding: EerstejaarsevaluatieContext(facts))
    case .actueelOordeel: try TemplateValue(encoding: ActueelOordeelContext(facts))
    case .eindevaluatie: try TemplateValue(encoding: EindevaluatieContext(facts))
    case .reintegratieverslag: try TemplateValue(encoding: ReintegratieverslagContext(facts))
    case .verkortReintegratieverslag:
      try TemplateValue(encoding: VerkortReintegratieverslagContext(facts))
    }
  }

  /// An example of the context with every optional set and every list filled: what a template
  /// of this kind is checked against before anything is rendered.
  public func model() throws -> TemplateValue {
    let dossier = ModelDossier.complete
    let timeline = Timeline(dossier: dossier, on: ModelDossier.peildatum)
    return try context(
      DocumentFacts(dossier: dossier, timeline: timeline, findings: [], ontbreekt: ["voorbeeld"]))
  }

  /// Names that only medical data would have. A template of an employer-side document that
  /// refers to one is refused with its own message (POORTWACHTER.md §6), not just "no such name".
  public static let medicalNames: Set<String> = [
    "diagnose", "behandeling", "medischeinformatie", "bedrijfsartsdossier",
    "grondslagprobleemanalyse",
    "grondslagactueeloordeel", "medischegrondslag", "medischegegevens", "vangnetcategorie",
    "medicatie",
  ]
}

/// A dossier with every field filled, for the template models. Its values never reach a
/// document; only its shape matters. Written as case-file JSON so that it goes through the
/// same decoding as a user's file.
enum ModelDossier {
  static let peildatum = CalendarDate(year: 2027, month: 11, day: 1) ?? CalendarDate(dayNumber: 0)

  static let complete: Verzuimdossier = {
    do {
      return try Verzuimdossier.decode(from: Data(json.utf8))
    } catch {
      preconditionFailure("the built-in model dossier does not decode: \(error)")
    }
  }()

  static let json = """
    {
      "referentie": "MODEL", "peildatum": "2027-11-01",
      "werkgever": {"naam": "x", "kvkNummer": "12345678", "vestigingsnummer": "000012345678", "loonheffingennummer": "123456782L01",
        "adres": {"straat": "x", "huisnummer": "1", "postcode": "1234 AB", "plaats": "x"},
        "contactpersoon": {"naam": "x", "functie": "x", "telefoon": "x", "email": "x"}, "aardVanHetBedrijf": "x",
        "iban": "NL91ABNA0417164300", "eigenRisicodragerZW": false},
      "werknemer": {"naam": "x", "bsn": "111222333", "geboortedatum": "1980-01-01",
        "adres": {"straat": "x", "huisnummer": "1", "postcode": "1234 AB", "plaats": "x"}, "telefoon": "x", "functie": "x",
        "bekwaamheden": "x", "contracturenPerWeek": 32,
        "dienstverband": {"soort": "vast", "ingangsdatum": "2020-01-01", "einddatum": "2028-01-01", "laatsteWerkdag": "2026-03-06"},
        "vangnet": false},
      "arbodienst": {"naam": "x", "telefoon": "x", "email": "x", "adres": {"straat": "x", "huisnummer": "1", "postcode": "1234 AB", "plaats": "x"}},
      "bedrijfsarts": {"naam": "x", "functie": "x", "telefoon": "x", "email": "x"},
      "casemanager": {"naam": "x", "functie": "x", "telefoon": "x", "email": "x"},
      "verzuimperiodes": [{"eersteZiektedag": "2026-01-05"}],
      "ziekmelding": {"datumMeldingWerkgever": "2026-01-05", "datumMeldingArbodienst": "2026-01-06", "verwachteDuur": "x", "lopendeAfspraken": "x"},
      "probleemanalyse": {"datum": "2026-02-09", "opsteller": {"naam": "x", "functie": "x"}, "dreigendLangdurigVerzuim": true,
        "feitenEnBeoordeling": "x", "beperkingenEnMogelijkheden": "x", "prognose": "x", "nietMedischeFactoren": "x", "advies": "x",
        "geenBenutbareMogelijkheden": true, "motiveringGeenMogelijkheden": "x", "motivatieAfwijking": "x"},
      "bijstellingenProbleemanalyse": [{"datum": "2026-04-15", "opsteller": {"naam": "x", "functie": "x"}, "reden": "x",
        "beperkingenEnMogelijkheden": "x", "prognose": "x", "advies": "x"}],
      "planVanAanpak": {"datum": "2026-02-22", "opsteller": {"naam": "x", "functie": "x"}, "datumProbleemanalyse": "2026-02-09",
        "einddoel": {"omschrijving": "x", "termijn": "x"}, "tussendoelen": [{"omschrijving": "x", "termijn": "x"}],
        "activiteiten": [{"omschrijving": "x", "wie": "x", "planning": "x"}], "evaluatiemomenten": ["2026-04-05"], "casemanager": "x",
        "visieWerkgever": "x", "visieWerknemer": "x", "ondertekeningWerkgever": {"naam": "x", "datum": "2026-02-22"},
        "ondertekeningWerknemer": {"naam": "x", "datum": "2026-02-22"}, "verzondenAan": ["werknemer"], "verzenddatum": "2026-02-23",
        "motivatieAfwijking": "x"},
      "bijstellingenPlanVanAanpak": [{"datum": "2026-05-05", "opsteller": {"naam": "x", "functie": "x"}, "reden": "x",
        "einddoel": {"omschrijving": "x", "termijn": "x"}, "activiteiten": [{"omschrijving": "x", "wie": "x", "planning": "x"}],
        "visieWerkgever": "x", "visieWerknemer": "x", "ondertekeningWerkgever": {"naam": "x", "datum": "2026-05-05"},
        "ondertekeningWerknemer": {"naam": "x", "datum": "2026-05-05"}}],
      "evaluaties": [{"datum": "2026-04-05", "opsteller": {"naam": "x", "functie": "x"}, "voortgang": "x", "gewerkteUrenPerWeek": 8,
        "afspraken": "x", "visieWerkgever": "x", "visieWerknemer": "x", "volgendeEvaluatie": "2026-05-15"}],
      "melding42eWeek": {"datum": "2026-10-22", "eersteZiektedag": "2026-01-05", "kanaal": "verzuimmelder", "uwvKenmerk": "x"},
      "eerstejaarsevaluatie": {"datum": "2026-12-21", "opsteller": {"naam": "x", "functie": "x"}, "terugblik": "x", "opKoers": false,
        "toelichtingKoers": "x", "spoor": "spoor2", "motiveringSpoor": "x", "bijgesteldDoel": "x", "adviesBedrijfsarts": "x",
        "visieWerkgever": "x", "visieWerknemer": "x", "ondertekeningWerkgever": {"naam": "x", "datum": "2026-12-21"},
        "ondertekeningWerknemer": {"naam": "x", "datum": "2026-12-21"}},
      "actueelOordeel": {"datum": "2027-08-28", "opsteller": {"naam": "x", "functie": "x"}, "verloop": "x", "beperkingenEnMogelijkheden": "x",
        "kwaliteitArbeidsrelatie": "x", "passendeArbeid": "x", "standReintegratie": "x"},
      "eindevaluatie": {"datum": "2027-09-07", "opsteller": {"naam": "x", "functie": "x"}, "uitvoeringAfspraken": "x", "standVanZaken": "x",
        "kwaliteitArbeidsrelatie": "x", "passendeArbeid": "x", "oordeelVerloopWerkgever": "x", "oordeelVerloopWerknemer": "x",
        "wedertewerkstelling": true, "ondertekeningWerkgever": {"naam": "x", "datum": "2027-09-07"},
        "ondertekeningWerknemer": {"naam": "x", "datum": "2027-09-07"}},
      "oordeelWerknemer": {"datum": "2027-09-17", "eensMetVerslag": true, "toelichting": "x", "ondertekening": {"naam": "x", "datum": "2027-09-17"}},
      "reintegratieverslag": {"datum": "2027-09-22", "opsteller": {"naam": "x", "functie": "x"}, "kopieAanWerknemer": "2027-09-23"},
      "verkortReintegratieverslag": {"datum": "2026-03-06", "opsteller": {"naam": "x", "functie": "x"}, "standVanZaken": "x",
        "reintegratieTotNu": "x", "wedertewerkstelling": true, "kopieAanWerknemer": "2026-03-06",
        "ondertekeningWerkgever": {"naam": "x", "datum": "2026-03-06"}},
      "wiaAanvraag": {"datum": "2027-10-05"}
    }
    """
}
