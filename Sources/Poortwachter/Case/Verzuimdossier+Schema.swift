public import StrictJSON

extension Verzuimdossier {
  /// The schema's identifier; also what `dossier new` writes as `"$schema"` when no other
  /// location is given, beside which `dossier schema case --out` puts the file.
  public static let schemaFileName = "case.schema.json"

  /// The JSON Schema (draft 2020-12) of a case file, derived from the strict reader itself
  /// (``JSONSchemaDerivation``): the same keys, the same required keys, the same values.
  public static func jsonSchema() throws(JSONSchemaDerivationError) -> JSONSchemaDocument {
    try JSONSchemaDerivation(descriptions: schemaDescriptions).document(
      for: Verzuimdossier.self, id: schemaFileName, title: "Verzuimdossier (dossierkit)")
  }

  /// Dutch descriptions for editors, by type and by `Type.key`; docs/case-format.md has the
  /// rules behind each key. A test fails when a key lacks a description or one is left over.
  public static let schemaDescriptions: [String: String] = [
    "Verzuimdossier":
      "Het dossier van één zieke werknemer: partijen, verzuimperiodes en de stukken van elke poortwachterstap.",
    "Verzuimdossier.referentie":
      "Kenmerk van het dossier; wordt gebruikt in bestandsnamen. Nooit een BSN.",
    "Verzuimdossier.peildatum":
      "Standaard peildatum voor toetsing en tijdlijn wanneer het commando geen --on krijgt.",
    "Verzuimdossier.werkgever": "De werkgever (S1; RIV-onderdelen a en b).",
    "Verzuimdossier.werknemer": "De zieke werknemer (S1; RIV-onderdelen a, c en d).",
    "Verzuimdossier.arbodienst": "De arbodienst of regiebehandelaar.",
    "Verzuimdossier.bedrijfsarts": "De bedrijfsarts (PA-08, RIV-a).",
    "Verzuimdossier.casemanager": "Contactgegevens van de casemanager.",
    "Verzuimdossier.verzuimperiodes":
      "De perioden van arbeidsongeschiktheid, oudste eerst; basis van alle termijnen.",
    "Verzuimdossier.wazoVerlof":
      "Zwangerschaps- en bevallingsverlof (WAZO); telt niet mee als ziektedagen.",
    "Verzuimdossier.ziekmelding": "De ziekmelding bij werkgever en arbodienst (TL-01, TL-02).",
    "Verzuimdossier.probleemanalyse":
      "Oordeel en advies van de bedrijfsarts, werkgeversversie (S3).",
    "Verzuimdossier.bijstellingenProbleemanalyse": "Bijstellingen van de probleemanalyse (S5).",
    "Verzuimdossier.planVanAanpak": "Het plan van aanpak (S4).",
    "Verzuimdossier.bijstellingenPlanVanAanpak": "Bijstellingen van het plan van aanpak (S5).",
    "Verzuimdossier.evaluaties": "Periodieke evaluaties van het plan van aanpak (S5).",
    "Verzuimdossier.melding42eWeek": "De ziekmelding aan UWV in de 42e week (S6).",
    "Verzuimdossier.eerstejaarsevaluatie": "De eerstejaarsevaluatie (S7).",
    "Verzuimdossier.actueelOordeel":
      "Het actueel oordeel van de bedrijfsarts, niet-medisch deel (S8).",
    "Verzuimdossier.eindevaluatie": "De eindevaluatie (S9).",
    "Verzuimdossier.oordeelWerknemer":
      "Het oordeel van de werknemer over het re-integratieverslag (RIV-l).",
    "Verzuimdossier.reintegratieverslag": "Het re-integratieverslag voor de WIA-aanvraag (S10).",
    "Verzuimdossier.verkortReintegratieverslag":
      "Het verkort re-integratieverslag bij ziek uit dienst (S12).",
    "Verzuimdossier.meldingZiekUitDienst":
      "De ziekmelding bij UWV wanneer het dienstverband tijdens ziekte eindigt (TL-24).",
    "Verzuimdossier.wiaAanvraag": "De WIA-aanvraag (S11).",
    "Verzuimdossier.verlengingLoondoorbetaling":
      "Vrijwillige verlenging van de loondoorbetaling (S13).",
    "Verzuimdossier.loonsanctie": "Een loonsanctie van UWV: verlenging van de loondoorbetaling.",
    "Verzuimdossier.bedrijfsartsDossier":
      "Het compartiment van de bedrijfsarts; komt nooit in een werkgeversstuk.",
    "Verzuimdossier.pakket":
      "Het dienstverleningspakket van de werkgever, voor de kosten per stap.",
    "Verzuimdossier.siviMeldingen":
      "De SIVI-verzuimmeldingen waaruit dit dossier is ingelezen (dossier import sivi); een volgende import slaat ze over. Niet met de hand invullen.",

    "Werkgever": "De werkgever.",
    "Werkgever.naam": "Naam van de werkgever (PA-08, RIV-a).",
    "Werkgever.kvkNummer": "KvK-nummer: precies 8 cijfers (ID-KVK).",
    "Werkgever.vestigingsnummer": "Vestigingsnummer: precies 12 cijfers (ID-KVKV).",
    "Werkgever.loonheffingennummer": "Loonheffingennummer, bijvoorbeeld 123456782L01 (ID-LHN).",
    "Werkgever.adres": "Adres van de werkgever.",
    "Werkgever.contactpersoon": "Contactpersoon bij de werkgever.",
    "Werkgever.aardVanHetBedrijf": "Aard van het bedrijf (EE-02, RIV-b, VRIV-02).",
    "Werkgever.iban": "IBAN (ID-IBAN).",
    "Werkgever.eigenRisicodragerZW":
      "Eigenrisicodrager voor de Ziektewet: geen re-integratieverslag bij ziek uit dienst.",

    "Werknemer": "De zieke werknemer.",
    "Werknemer.naam": "Naam van de werknemer (PA-08, RIV-a).",
    "Werknemer.bsn":
      "Burgerservicenummer: 9 cijfers, elfproef (ID-BSN). Alleen hier, nooit in de referentie.",
    "Werknemer.geboortedatum": "Geboortedatum; vóór de eerste ziektedag.",
    "Werknemer.adres": "Adres; de postcode is nodig zodra er een plan van aanpak is (PVA-09).",
    "Werknemer.telefoon": "Telefoonnummer (mag de werkgever vastleggen).",
    "Werknemer.functie": "Functie (PA-08, RIV-c, VRIV-02); zonder medische woorden.",
    "Werknemer.bekwaamheden": "Opleiding en bekwaamheden (RIV-d).",
    "Werknemer.contracturenPerWeek": "Contracturen per week.",
    "Werknemer.dienstverband": "Het dienstverband; het einde ervan bepaalt ziek uit dienst.",
    "Werknemer.vangnet":
      "Valt onder het vangnet van de Ziektewet (alleen ja/nee; de grond hoort bij de bedrijfsarts).",

    "Dienstverband": "Het dienstverband van de werknemer.",
    "Dienstverband.soort": "Vast of tijdelijk; tijdelijk vraagt een einddatum.",
    "Dienstverband.ingangsdatum": "Begin van het dienstverband.",
    "Dienstverband.einddatum": "Einde van het (tijdelijke) contract of het dienstverband.",
    "Dienstverband.laatsteWerkdag": "Laatste dag van het dienstverband; daarna ziek uit dienst.",

    "Adres": "Een adres.",
    "Adres.straat": "Straat.",
    "Adres.huisnummer": "Huisnummer met toevoeging, als tekst: \"12a\".",
    "Adres.postcode": "Postcode als 1234 AB (ID-PC).",
    "Adres.plaats": "Plaats.",

    "Persoon": "Een contactpersoon: casemanager, bedrijfsarts of contactpersoon.",
    "Persoon.naam": "Naam.",
    "Persoon.functie": "Functie.",
    "Persoon.telefoon": "Telefoonnummer.",
    "Persoon.email": "E-mailadres.",
    "Persoon.bigNummer": "BIG-registratie van een bedrijfsarts.",

    "Arbodienst": "De arbodienst.",
    "Arbodienst.naam": "Naam van de arbodienst (PA-08, RIV-a).",
    "Arbodienst.telefoon": "Telefoonnummer.",
    "Arbodienst.email": "E-mailadres.",
    "Arbodienst.adres": "Adres.",

    "Verzuimperiode": "Eén periode van arbeidsongeschiktheid.",
    "Verzuimperiode.eersteZiektedag": "Eerste werkdag die wegens ziekte niet is gewerkt.",
    "Verzuimperiode.hersteldatum": "Eerste dag van volledig herstel; leeg zolang de periode loopt.",
    "Verzuimperiode.gedeeltelijkHerstel": "Gedeeltelijke werkhervatting; de wachttijd loopt door.",
    "Verzuimperiode.reden": "Reden; alleen 'ziekte' hoort in een werkgeversdossier (PRIV-DENY).",
    "Verzuimperiode.zelfdeOorzaakAlsVorige":
      "Zelfde oorzaak als de periode vóór het WAZO-verlof, volgens de bedrijfsarts.",
    "Verzuimperiode.arbeidsongeval": "Gevolg van een arbeidsongeval.",
    "Verzuimperiode.regres": "Er is een aansprakelijke derde (regres).",

    "GedeeltelijkHerstel": "Gedeeltelijke werkhervatting.",
    "GedeeltelijkHerstel.datum": "Datum van de hervatting.",
    "GedeeltelijkHerstel.percentage": "Hervat deel van de contracturen, 0 tot 100.",

    "WazoVerlof": "Zwangerschaps- en bevallingsverlof.",
    "WazoVerlof.van": "Eerste dag van het verlof.",
    "WazoVerlof.totEnMet": "Laatste dag van het verlof.",

    "Ziekmelding": "De ziekmelding.",
    "Ziekmelding.datumMeldingWerkgever":
      "Dag waarop de werknemer zich ziek meldde bij de werkgever (TL-01).",
    "Ziekmelding.datumMeldingArbodienst":
      "Dag waarop de werkgever de arbodienst inschakelde (TL-02).",
    "Ziekmelding.verwachteDuur": "Verwachte duur van het verzuim.",
    "Ziekmelding.lopendeAfspraken": "Lopende afspraken en werkzaamheden.",

    "Opsteller": "Wie het stuk opstelde: naam en functie (DOC-ALL-02).",
    "Opsteller.naam": "Naam van de opsteller.",
    "Opsteller.functie": "Functie van de opsteller.",

    "Ondertekening": "Een handtekening: wie en wanneer. Ontbreekt = niet ondertekend.",
    "Ondertekening.naam": "Naam van wie ondertekende.",
    "Ondertekening.datum": "Datum van ondertekening.",

    "Probleemanalyse": "Oordeel en advies van de bedrijfsarts (probleemanalyse), werkgeversversie.",
    "Probleemanalyse.datum": "Datum van de probleemanalyse (TL-04).",
    "Probleemanalyse.opsteller": "De bedrijfsarts die haar opstelde.",
    "Probleemanalyse.dreigendLangdurigVerzuim": "Dreigt langdurig verzuim (PA-01)?",
    "Probleemanalyse.feitenEnBeoordeling": "Feiten en beoordeling (PA-02).",
    "Probleemanalyse.beperkingenEnMogelijkheden":
      "Beperkingen en mogelijkheden, in functionele termen (PA-03).",
    "Probleemanalyse.prognose": "Prognose (PA-04).",
    "Probleemanalyse.nietMedischeFactoren": "Niet-medische factoren (PA-05).",
    "Probleemanalyse.advies": "Advies over de re-integratie (PA-06).",
    "Probleemanalyse.geenBenutbareMogelijkheden":
      "Geen benutbare mogelijkheden: er volgt geen plan (PA-07).",
    "Probleemanalyse.motiveringGeenMogelijkheden":
      "Motivering bij geen benutbare mogelijkheden (PA-07).",
    "Probleemanalyse.motivatieAfwijking": "Reden waarom de termijn niet is gehaald.",

    "BijstellingProbleemanalyse": "Een bijstelling van de probleemanalyse.",
    "BijstellingProbleemanalyse.datum": "Datum van de bijstelling.",
    "BijstellingProbleemanalyse.opsteller": "Wie de bijstelling opstelde.",
    "BijstellingProbleemanalyse.reden": "Reden van de bijstelling (BIJ-01).",
    "BijstellingProbleemanalyse.beperkingenEnMogelijkheden":
      "Gewijzigde beperkingen en mogelijkheden.",
    "BijstellingProbleemanalyse.prognose": "Gewijzigde prognose.",
    "BijstellingProbleemanalyse.dreigendLangdurigVerzuim":
      "Het nieuwe oordeel over dreigend langdurig verzuim na een probleemanalyse zonder (COR-07).",
    "BijstellingProbleemanalyse.advies": "Gewijzigd advies.",

    "Doel": "Een doel met termijn.",
    "Doel.omschrijving": "Omschrijving van het doel (PVA-02).",
    "Doel.termijn": "Termijn waarbinnen het doel bereikt moet zijn (PVA-03).",

    "Activiteit": "Een activiteit van het plan van aanpak.",
    "Activiteit.omschrijving": "Wat er gebeurt (PVA-01).",
    "Activiteit.wie": "Wie het doet (PVA-01).",
    "Activiteit.planning": "Wanneer (PVA-03).",

    "PlanVanAanpak": "Het plan van aanpak.",
    "PlanVanAanpak.datum": "Datum van het plan (TL-05).",
    "PlanVanAanpak.opsteller": "Wie het plan opstelde.",
    "PlanVanAanpak.datumProbleemanalyse":
      "Datum van de probleemanalyse waarop het plan rust (PVA-06).",
    "PlanVanAanpak.einddoel": "Het einddoel (PVA-02, PVA-03).",
    "PlanVanAanpak.tussendoelen": "Tussendoelen, elk met termijn (PVA-03).",
    "PlanVanAanpak.activiteiten": "De activiteiten (PVA-01).",
    "PlanVanAanpak.evaluatiemomenten": "Geplande evaluatiemomenten (PVA-04).",
    "PlanVanAanpak.casemanager": "De casemanager die de activiteiten begeleidt (PVA-05).",
    "PlanVanAanpak.visieWerkgever": "Visie van de werkgever (PVA-11).",
    "PlanVanAanpak.visieWerknemer": "Visie van de werknemer (PVA-11).",
    "PlanVanAanpak.ondertekeningWerkgever": "Handtekening van de werkgever (PVA-07).",
    "PlanVanAanpak.ondertekeningWerknemer": "Handtekening van de werknemer (PVA-07).",
    "PlanVanAanpak.verzondenAan":
      "Aan wie het plan is gezonden: werknemer, casemanager, bedrijfsarts (PVA-08).",
    "PlanVanAanpak.verzenddatum": "Datum van verzending (PVA-08).",
    "PlanVanAanpak.motivatieAfwijking": "Reden waarom de termijn niet is gehaald.",

    "BijstellingPlanVanAanpak": "Een bijstelling van het plan van aanpak.",
    "BijstellingPlanVanAanpak.datum": "Datum van de bijstelling.",
    "BijstellingPlanVanAanpak.opsteller": "Wie de bijstelling opstelde.",
    "BijstellingPlanVanAanpak.reden": "Reden van de bijstelling (BIJ-03).",
    "BijstellingPlanVanAanpak.einddoel": "Het bijgestelde einddoel.",
    "BijstellingPlanVanAanpak.activiteiten": "De bijgestelde activiteiten.",
    "BijstellingPlanVanAanpak.visieWerkgever": "Visie van de werkgever.",
    "BijstellingPlanVanAanpak.visieWerknemer": "Visie van de werknemer.",
    "BijstellingPlanVanAanpak.ondertekeningWerkgever": "Handtekening van de werkgever.",
    "BijstellingPlanVanAanpak.ondertekeningWerknemer": "Handtekening van de werknemer.",

    "Evaluatie": "Een periodieke evaluatie.",
    "Evaluatie.datum": "Datum van de evaluatie (elke zes weken).",
    "Evaluatie.opsteller": "Wie de evaluatie opstelde.",
    "Evaluatie.voortgang": "Voortgang van de re-integratie (BIJ-05).",
    "Evaluatie.gewerkteUrenPerWeek": "Werkelijk gewerkte uren per week.",
    "Evaluatie.afspraken": "Gemaakte afspraken.",
    "Evaluatie.visieWerkgever": "Visie van de werkgever.",
    "Evaluatie.visieWerknemer": "Visie van de werknemer.",
    "Evaluatie.volgendeEvaluatie": "Datum van de volgende evaluatie.",

    "Melding42eWeek": "De ziekmelding aan UWV in de 42e week.",
    "Melding42eWeek.datum": "Dag van de melding (TL-09).",
    "Melding42eWeek.eersteZiektedag": "Gemelde eerste ziektedag, na samentelling (M42-01).",
    "Melding42eWeek.kanaal": "Hoe gemeld (M42-06).",
    "Melding42eWeek.uwvKenmerk": "Kenmerk van UWV.",

    "MeldingZiekUitDienst": "De ziekmelding bij UWV bij einde dienstverband tijdens ziekte.",
    "MeldingZiekUitDienst.datum":
      "Dag van de melding, uiterlijk de laatste werkdag (TL-24); zonder datum niet gedaan.",
    "MeldingZiekUitDienst.kanaal": "Hoe gemeld.",
    "MeldingZiekUitDienst.uwvKenmerk": "Kenmerk van UWV.",

    "Eerstejaarsevaluatie": "De eerstejaarsevaluatie.",
    "Eerstejaarsevaluatie.datum": "Datum (TL-11, weken 46–52).",
    "Eerstejaarsevaluatie.opsteller": "Wie de evaluatie opstelde.",
    "Eerstejaarsevaluatie.terugblik": "Terugblik op het eerste jaar (EJE-02).",
    "Eerstejaarsevaluatie.opKoers": "Ligt de re-integratie op koers (EJE-03)?",
    "Eerstejaarsevaluatie.toelichtingKoers": "Toelichting wanneer niet op koers (EJE-03).",
    "Eerstejaarsevaluatie.spoor": "Gekozen spoor (EJE-04).",
    "Eerstejaarsevaluatie.motiveringSpoor": "Motivering van het spoor (EJE-04).",
    "Eerstejaarsevaluatie.bijgesteldDoel": "Bijgesteld re-integratiedoel (EJE-05).",
    "Eerstejaarsevaluatie.adviesBedrijfsarts":
      "Verwijzing naar het advies van de bedrijfsarts, zonder medische inhoud (EJE-06).",
    "Eerstejaarsevaluatie.visieWerkgever": "Visie van de werkgever (EJE-07).",
    "Eerstejaarsevaluatie.visieWerknemer": "Visie van de werknemer (EJE-07).",
    "Eerstejaarsevaluatie.ondertekeningWerkgever": "Handtekening van de werkgever.",
    "Eerstejaarsevaluatie.ondertekeningWerknemer": "Handtekening van de werknemer.",

    "ActueelOordeel": "Het actueel oordeel van de bedrijfsarts, niet-medisch deel.",
    "ActueelOordeel.datum": "Datum (TL-15).",
    "ActueelOordeel.opsteller": "De bedrijfsarts.",
    "ActueelOordeel.verloop": "Verloop van de arbeidsongeschiktheid.",
    "ActueelOordeel.beperkingenEnMogelijkheden": "Actuele beperkingen en mogelijkheden.",
    "ActueelOordeel.kwaliteitArbeidsrelatie": "Kwaliteit van de arbeidsrelatie.",
    "ActueelOordeel.passendeArbeid": "Passende arbeid.",
    "ActueelOordeel.standReintegratie": "Stand van de re-integratie.",

    "Eindevaluatie": "De eindevaluatie.",
    "Eindevaluatie.datum": "Datum (TL-16).",
    "Eindevaluatie.opsteller": "Wie de eindevaluatie opstelde.",
    "Eindevaluatie.uitvoeringAfspraken": "Uitvoering van de afspraken.",
    "Eindevaluatie.standVanZaken": "Stand van zaken.",
    "Eindevaluatie.kwaliteitArbeidsrelatie": "Kwaliteit van de arbeidsrelatie.",
    "Eindevaluatie.passendeArbeid": "Passende arbeid.",
    "Eindevaluatie.oordeelVerloopWerkgever": "Oordeel van de werkgever over het verloop.",
    "Eindevaluatie.oordeelVerloopWerknemer": "Oordeel van de werknemer over het verloop.",
    "Eindevaluatie.wedertewerkstelling": "Is de werknemer weer aan het werk?",
    "Eindevaluatie.ondertekeningWerkgever": "Handtekening van de werkgever.",
    "Eindevaluatie.ondertekeningWerknemer": "Handtekening van de werknemer.",

    "OordeelWerknemer": "Het oordeel van de werknemer over het re-integratieverslag.",
    "OordeelWerknemer.datum": "Datum.",
    "OordeelWerknemer.eensMetVerslag": "Is de werknemer het eens met het verslag?",
    "OordeelWerknemer.toelichting": "Toelichting van de werknemer.",
    "OordeelWerknemer.ondertekening": "Handtekening van de werknemer.",

    "Reintegratieverslag": "Het re-integratieverslag.",
    "Reintegratieverslag.datum": "Datum (TL-17).",
    "Reintegratieverslag.opsteller": "Wie het verslag opstelde.",
    "Reintegratieverslag.kopieAanWerknemer": "Dag waarop de werknemer een kopie kreeg.",

    "VerkortReintegratieverslag": "Het verkort re-integratieverslag bij ziek uit dienst.",
    "VerkortReintegratieverslag.datum": "Datum.",
    "VerkortReintegratieverslag.opsteller": "Wie het verslag opstelde.",
    "VerkortReintegratieverslag.standVanZaken": "Stand van zaken.",
    "VerkortReintegratieverslag.reintegratieTotNu": "Re-integratie tot nu toe.",
    "VerkortReintegratieverslag.wedertewerkstelling": "Is de werknemer weer aan het werk?",
    "VerkortReintegratieverslag.kopieAanWerknemer": "Dag waarop de werknemer een kopie kreeg.",
    "VerkortReintegratieverslag.ondertekeningWerkgever": "Handtekening van de werkgever.",

    "WiaAanvraag": "De WIA-aanvraag.",
    "WiaAanvraag.datum": "Dag van de aanvraag (TL-18).",
    "WiaAanvraag.datumKennisgevingUWV":
      "Dag waarop UWV de werknemer over de aanvraag informeerde (Wet WIA art. 64 lid 2 en 6).",

    "VerlengingLoondoorbetaling": "Vrijwillige verlenging van de loondoorbetaling.",
    "VerlengingLoondoorbetaling.aanvraagdatum": "Dag van de aanvraag bij UWV (TL-23).",
    "VerlengingLoondoorbetaling.nieuweEinddatum": "Nieuwe einddatum van de wachttijd.",
    "VerlengingLoondoorbetaling.ondertekeningWerkgever": "Handtekening van de werkgever.",
    "VerlengingLoondoorbetaling.ondertekeningWerknemer": "Handtekening van de werknemer.",

    "Loonsanctie": "Een loonsanctie van UWV.",
    "Loonsanctie.beschikkingsdatum": "Datum van de beschikking.",
    "Loonsanctie.weken": "Duur in weken, hoogstens 52.",
    "Loonsanctie.einddatum": "Eerdere einddatum, wanneer UWV de sanctie bekort.",

    "BedrijfsartsDossier":
      "Het compartiment van de bedrijfsarts: medische gegevens en de vangnetgrond.",
    "BedrijfsartsDossier.vangnetCategorie": "Welk vangnet van de Ziektewet van toepassing is.",
    "BedrijfsartsDossier.datumMeldingVangnetUWV":
      "Dag waarop de arbodienst de vangnetter bij UWV meldde (TL-03).",
    "BedrijfsartsDossier.medischeInformatie":
      "Medische informatie voor UWV; nooit via de werkgever.",
    "BedrijfsartsDossier.grondslagProbleemanalyse": "Medische grondslag van de probleemanalyse.",
    "BedrijfsartsDossier.grondslagActueelOordeel": "Medische grondslag van het actueel oordeel.",

    "MedischeGegevens": "Medische gegevens; alleen voor de bedrijfsarts en UWV.",
    "MedischeGegevens.diagnose": "Diagnose.",
    "MedischeGegevens.behandeling": "Behandeling.",
    "MedischeGegevens.toelichting": "Toelichting.",

    "PakketKeuze": "Het pakket uit een catalogus.",
    "PakketKeuze.catalogus": "Het catalogusbestand, relatief aan de map van dit dossier.",
    "PakketKeuze.pakket": "De sleutel van het pakket in die catalogus.",
    "SiviMeldingSleutel":
      "De sleutel van een ingelezen SIVI-verzuimmelding; technische gegevens, "
      + "geen inhoud.",
    "SiviMeldingSleutel.verzuimgevalId":
      "VrzmgvlId: het kenmerk van het verzuimgeval bij de afzender.",
    "SiviMeldingSleutel.volgnummer":
      "VrzmgvlVnrMld: het volgnummer van de melding binnen het verzuimgeval.",
    "SiviMeldingSleutel.berrefnr": "Berrefnr: het kenmerk van het bericht waarin de melding kwam.",
  ]
}
