/// The rule catalog: every rule of `Regel` with its step, default severity, Dutch title,
/// sources and explanation. One exhaustive switch, so that a new case does not compile without
/// its entry; pure data, kept in one file on purpose (like ruff's rule table).
extension Regel {
  public var ruleDescription: RuleDescription {
    switch self {
    // MARK: - §2 Timeline
    case .tl01:
      entry(
        .s1, .waarschuwing, "Ziekmelding door de werknemer bij de werkgever",
        ["BW 7:629 lid 6 (verzuimvoorschriften)", "ZW art. 38a lid 1 (vangnetter)"],
        check:
          "De datum waarop de werknemer zich bij de werkgever ziek meldde: uiterlijk op de eerste ziektedag volgens de verzuimvoorschriften, voor een vangnetter uiterlijk op de tweede ziektedag.",
        fix:
          "Leg ziekmelding.datumMeldingWerkgever vast; een late melding staat zo in het dossier.",
        by: [.timeline, .validator])
    case .tl02:
      entry(
        .s2, .waarschuwing, "Ziekmelding bij bedrijfsarts of arbodienst",
        [Bron.regeling("2 lid 1")],
        check:
          "De werkgever meldt het verzuim 'tijdig' bij de bedrijfsarts of arbodienst; de praktijk is binnen een week (instelbaar in TimelineRules).",
        fix: "Leg ziekmelding.datumMeldingArbodienst vast en meld voortaan binnen een week.",
        by: [.timeline, .validator])
    case .tl03:
      entry(
        .s1, .fout, "Ziekmelding vangnetter bij UWV (via de arbodienst)",
        ["ZW art. 38a lid 2–3", "ZW art. 38b"],
        check:
          "Een vangnetter wordt bij UWV ziek gemeld: standaard uiterlijk op de vierde dag, na zes weken alleen in de gevallen van ZW art. 38a lid 3. De categorie staat in het dossier van de bedrijfsarts.",
        fix: "Meld de vangnetter bij UWV en leg bedrijfsartsDossier.datumMeldingVangnetUWV vast.",
        by: [.timeline, .validator])
    case .tl04:
      entry(
        .s3, .fout, "Probleemanalyse door de bedrijfsarts", [Bron.regeling("2 lid 2–3")],
        check:
          "De probleemanalyse is er binnen zes weken na de eerste ziektedag als de bedrijfsarts dreigend langdurig verzuim verwacht: na dag 42 een waarschuwing, na dag 43 een fout (CNT-01).",
        fix:
          "Laat de bedrijfsarts de probleemanalyse opstellen en leg de datum vast; leg bij een late analyse de motivering vast (TL-06).",
        by: [.timeline, .validator])
    case .tl05:
      entry(
        .s4, nil, "Plan van aanpak", [Bron.regeling("4 lid 1"), "Wet WIA art. 25 lid 2"],
        check:
          "Het plan van aanpak is er twee weken na de probleemanalyse (zonder probleemanalyse: week 8), tenzij de analyse geen benutbare mogelijkheden ziet. De validatie meldt een gemiste termijn als PVA-06.",
        fix: "Stel het plan van aanpak op met de werknemer en leg planVanAanpak.datum vast.",
        by: [.timeline])
    case .tl06:
      entry(
        nil, .waarschuwing, "Afwijken van een termijn met motivering", [Bron.regeling("5")],
        check:
          "Een probleemanalyse of plan van aanpak dat te laat is, is alleen een waarschuwing als werkgever en werknemer de afwijking motiveren (motivatieAfwijking).",
        fix: "Controleer of de motivering de afwijking echt verklaart; UWV toetst haar.",
        by: [.validator])
    case .tl07:
      entry(
        .s5, nil, "Evaluatie van het plan van aanpak",
        [Bron.regeling("4 lid 2 b"), "UWV: ten minste eens per zes weken"],
        check:
          "Het volgende evaluatiemoment: 42 ziektedagen na de laatste evaluatie, bijstelling, eerstejaarsevaluatie, eindevaluatie of het plan zelf; dagen van WAZO-verlof en hersteldagen tussen samengetelde perioden tellen niet mee (COR-02). De validatie meldt een te lange pauze als BIJ-05.",
        fix: "Plan de evaluatie en leg haar vast in evaluaties.", by: [.timeline])
    case .tl09:
      entry(
        .s6, nil, "Ziekmelding langdurig zieke werknemer aan UWV (42e week)", ["ZW art. 38 lid 1"],
        check:
          "De 42e-weeksmelding is uiterlijk op de eerste dag na 42 weken ongeschiktheid gedaan (dag 295, na samentelling, zonder WAZO-verlof); niet voor vangnetters (zonder loonrecht uit BW 7:629, of ZW art. 38 lid 4; COR-03) en niet na het einde van het dienstverband (COR-08). De validatie meldt een gemiste termijn als M42-R1.",
        fix: "Doe de melding bij UWV en leg melding42eWeek.datum vast.", by: [.timeline])
    case .tl10:
      entry(
        nil, nil, "UWV schrijft over de re-integratie en de eerstejaarsevaluatie",
        ["UWV, langdurige ziekte melden"],
        check: "Ter informatie: rond week 44, na de 42e-weeksmelding, schrijft UWV de werkgever.",
        fix: "Geen actie; houd rekening met de brief.", by: [.timeline])
    case .tl11:
      entry(
        .s7, nil, "Eerstejaarsevaluatie", [Bron.regeling("4 lid 2 b, art. 6 lid 1 h")],
        check:
          "De eerstejaarsevaluatie is er aan het einde van het eerste ziektejaar: in week 46 tot en met 52. Een evaluatie vóór week 46 telt niet (COR-05). De validatie meldt een gemiste termijn als EJE-01.",
        fix: "Houd de eerstejaarsevaluatie en leg eerstejaarsevaluatie.datum vast.",
        by: [.timeline])
    case .tl12:
      entry(
        nil, nil, "Laatste week voor een aanvraag van een vervroegde IVA-uitkering",
        ["Wet WIA art. 23 lid 6, art. 66"],
        check:
          "Ter informatie: week 68 is de laatste week voor een aanvraag van een verkorte wachttijd (alleen bij verwachte duurzame volledige arbeidsongeschiktheid).",
        fix: "Bespreek met de bedrijfsarts of een vervroegde IVA-aanvraag aan de orde is.",
        by: [.timeline])
    case .tl13:
      entry(
        nil, nil,
        "Zonder 42e-weeksmelding maakt een late UWV-brief een late WIA-aanvraag niet meer tijdig",
        ["Wet WIA art. 64 lid 6"],
        check:
          "Ter informatie, alleen als de 42e-weeksmelding te laat is: zonder melding vóór week 81 telt een late WIA-aanvraag niet als tijdig, ook niet na een late brief van UWV.",
        fix: "Doe de 42e-weeksmelding alsnog, vóór week 81.", by: [.timeline])
    case .tl14:
      entry(
        nil, nil, "UWV informeert de werknemer over de WIA-aanvraag", ["Wet WIA art. 64 lid 2"],
        check: "Ter informatie: uiterlijk na 89 weken wachttijd schrijft UWV de werknemer.",
        fix: "Geen actie; bereid het re-integratieverslag voor.", by: [.timeline])
    case .tl15:
      entry(
        .s8, .fout, "Actueel oordeel van de bedrijfsarts", [Bron.regeling("6 lid 1 i–k")],
        check:
          "Het actueel oordeel is er als het re-integratieverslag nodig is (13 weken vóór het einde van de wachttijd of bij ziek uit dienst na tien weken), vóór de eindevaluatie.",
        fix: "Vraag de bedrijfsarts om een actueel oordeel en leg het vast in actueelOordeel.",
        by: [.timeline, .validator])
    case .tl16:
      entry(
        .s9, .fout, "Eindevaluatie", [Bron.regeling("6 lid 1 h")],
        check:
          "De eindevaluatie is er als het re-integratieverslag nodig is, na het actueel oordeel.",
        fix: "Houd de eindevaluatie met de werknemer en leg haar vast in eindevaluatie.",
        by: [.timeline, .validator])
    case .tl17:
      entry(
        .s10, .fout, "Re-integratieverslag opgesteld, kopie aan de werknemer",
        ["Wet WIA art. 25 lid 3", "ZW art. 38 lid 2"],
        check:
          "Het re-integratieverslag is uiterlijk 13 weken vóór het einde van de wachttijd opgesteld, bij ziek uit dienst na tien weken of meer uiterlijk op de laatste werkdag; te laat of ontbrekend is een fout (een wettelijke termijn). De werknemer heeft een kopie (zonder datum: een waarschuwing).",
        fix:
          "Stel het verslag samen en leg reintegratieverslag.datum en kopieAanWerknemer vast.",
        by: [.timeline, .validator])
    case .tl18:
      entry(
        .s11, .fout, "WIA-aanvraag door de werknemer",
        ["Wet WIA art. 64 lid 3, lid 6, art. 65", "BW 7:629 lid 11 a"],
        check:
          "De werknemer vraagt de WIA-uitkering uiterlijk 11 weken vóór het einde van de wachttijd aan (week 93); kwam de kennisgeving van UWV na week 89, dan binnen vier weken daarna, tenzij de 42e-weeksmelding vóór week 81 ontbrak. Een late aanvraag verlengt de loondoorbetaling met de vertraging (COR-09).",
        fix: "Zorg dat de werknemer de aanvraag doet en leg wiaAanvraag.datum vast.",
        by: [.timeline, .validator])
    case .tl20:
      entry(
        .s11, .fout, "Uiterste datum beschikking loonsanctie UWV",
        ["Wet WIA art. 25 lid 9–11, lid 14"],
        check:
          "UWV beslist uiterlijk zes weken vóór het (door een late aanvraag verlengde) einde van de wachttijd over een loonsanctie; een loonsanctie duurt 1 tot en met 52 weken. Een beschikking na het einde van de wachttijd verlengt niets (een waarschuwing); een latere beschikking verkort de sanctie met de vertraging (COR-10).",
        fix:
          "Neem het aantal weken en de datum over uit de beschikking van UWV (loonsanctie.weken, beschikkingsdatum); controleer een beschikking van na de wachttijd.",
        by: [.timeline, .validator])
    case .tl22:
      entry(
        nil, nil, "Einde loondoorbetaling bij ziekte",
        ["BW 7:629 lid 1, lid 11", "Wet WIA art. 23 lid 1"],
        check:
          "Ter informatie: het einde van de loondoorbetaling na 104 weken, later door een late WIA-aanvraag, vrijwillige verlenging of een loonsanctie (die begint na lopend WAZO-verlof).",
        fix: "Geen actie.", by: [.timeline])
    case .tl23:
      entry(
        .s13, .fout, "Vrijwillige verlenging loondoorbetaling",
        ["Wet WIA art. 24", "UWV, aanvraag verlenging loondoorbetaling"],
        check:
          "Een verlenging heeft een aanvraagdatum, een nieuwe einddatum ten minste 13 weken na de aanvraag (art. 24 lid 3) en de handtekening van beide partijen; niet bij ziekengeld (art. 24 lid 1 a).",
        fix: "Vul de aanvraag aan of zie af van verlenging bij een vangnetter.",
        by: [.timeline, .validator])
    case .tl24:
      entry(
        .s12, .fout, "Ziek uit dienst: ziekmelding bij UWV", ["ZW art. 38 lid 2, lid 3"],
        check:
          "Eindigt het dienstverband tijdens ziekte (de laatste werkdag of de einddatum van het contract, de vroegste), dan meldt de werkgever de werknemer uiterlijk die dag ziek bij UWV. Gedaan is de melding alleen met haar datum (COR-08).",
        fix: "Meld bij UWV en leg meldingZiekUitDienst.datum vast.",
        by: [.timeline, .validator])
    case .cor07:
      entry(
        .s3, .fout, "Nieuw oordeel bij aanhoudend verzuim zonder dreigend langdurig verzuim",
        [Bron.regeling("2 lid 3"), Bron.regeling("4 lid 1"), "BW 7:658a lid 3"],
        check:
          "Zag de probleemanalyse geen dreigend langdurig verzuim en is de werknemer nog ziek, dan oordeelt de bedrijfsarts onverwijld opnieuw: een waarschuwing vanaf week 8, een fout vanaf week 13 (praktijkkeuze, instelbaar in TimelineRules) zolang geen nieuw oordeel is vastgelegd; daarna volgt binnen twee weken het plan van aanpak.",
        fix:
          "Laat de bedrijfsarts opnieuw oordelen en leg dat vast als bijstellingenProbleemanalyse[] met dreigendLangdurigVerzuim.",
        by: [.timeline, .validator])

    // MARK: - §3 Counting
    case .cnt11:
      entry(
        .s1, .waarschuwing, "Samentelling rond zwangerschaps- en bevallingsverlof",
        ["BW 7:629 lid 10", "ZW art. 38 lid 1", "Wet WIA art. 23 lid 3"],
        check:
          "Ziekte direct vóór en na WAZO-verlof telt samen, tenzij de latere ongeschiktheid niet uit dezelfde oorzaak voortkomt. Is dat niet vastgelegd, dan telt de tool samen (de vroegste termijnen) en waarschuwt (COR-01).",
        fix: "Laat de bedrijfsarts de oorzaak beoordelen en leg zelfdeOorzaakAlsVorige vast.",
        by: [.validator])
    case .cnt15:
      entry(
        .s12, nil, "Ziek uit dienst: verkort re-integratieverslag",
        ["ZW art. 38 lid 2", Bron.vorm("2a")],
        check:
          "Bij ziek uit dienst na zes tot tien weken (van de eerste ziektedag tot en met de laatste werkdag), of zonder dreigend langdurig verzuim, is het verkorte re-integratieverslag er op de laatste werkdag; na tien weken het volledige verslag (TL-15…TL-17). De validatie meldt een gemiste termijn als VRIV-06.",
        fix: "Stel het verkorte verslag op en leg verkortReintegratieverslag.datum vast.",
        by: [.timeline])
    case .cnt12:
      entry(
        .s1, .fout, "Gedeeltelijke hervatting", ["BW 7:629 lid 1"],
        check: "Een percentage gedeeltelijke hervatting ligt tussen 0 en 100.",
        fix: "Corrigeer gedeeltelijkHerstel[].percentage.", by: [.validator])
    case .cnt16:
      entry(
        .s1, .waarschuwing, "Frequent verzuim",
        ["praktijk van verzekeraars en arbodiensten (geen wettelijke regel)"],
        check:
          "Drie of meer ziekmeldingen binnen een jaar vóór de peildatum (instelbaar; 0 zet de controle uit).",
        fix: "Overweeg een preventief consult bij de bedrijfsarts.", by: [.validator])

    // MARK: - §5.0 Every document
    case .docData:
      entry(
        nil, .fout, "Gegevens van het document",
        ["dossierkit: een document wordt alleen uit vastgelegde gegevens gemaakt"],
        check:
          "Een document (dossier render) kan alleen worden gemaakt als het dossier de gegevens van dat document bevat; anders weigert de renderer, of maakt hij met --draft een concept.",
        fix: "Leg de gegevens van het document vast in het casusbestand.", by: [.documents])
    case .docAll02:
      entry(
        nil, .fout, "Datum, naam en functie van de opsteller", [Bron.vorm("2 lid 3")],
        check:
          "Elk onderdeel van het dossier heeft een datum en de naam en functie van wie het opstelde.",
        fix: "Vul datum en opsteller.naam en opsteller.functie van het document in.",
        by: [.validator])
    case .docAll03:
      entry(
        nil, .fout, "Ondertekening", [Bron.uwvFormulieren],
        check:
          "Documenten die werkgever of werknemer ondertekenen (eerstejaarsevaluatie, eindevaluatie, verkort verslag, oordeel werknemer) hebben naam en datum van de ondertekening.",
        fix: "Laat het document ondertekenen en leg naam en datum vast.", by: [.validator])

    // MARK: - §5.1 Probleemanalyse
    case .pa01:
      entry(
        .s3, .fout, "Oordeel over dreigend langdurig verzuim", [Bron.regeling("2 lid 2–3")],
        check: "De probleemanalyse zegt of de bedrijfsarts dreigend langdurig verzuim verwacht.",
        fix: "Vul probleemanalyse.dreigendLangdurigVerzuim in.", by: [.validator])
    case .pa02:
      entry(
        .s3, .fout, "Feiten en beoordeling", ["Toelichting bij de " + Bron.regeling],
        check: "De probleemanalyse beschrijft de feiten en de beoordeling van de bedrijfsarts.",
        fix: "Vul probleemanalyse.feitenEnBeoordeling in (zonder medische details).",
        by: [.validator])
    case .pa03:
      entry(
        .s3, .fout, "Beperkingen en mogelijkheden", [Bron.beoordelingskader],
        check: "De probleemanalyse noemt de beperkingen en de mogelijkheden van de werknemer.",
        fix: "Vul probleemanalyse.beperkingenEnMogelijkheden in.", by: [.validator])
    case .pa04:
      entry(
        .s3, .fout, "Prognose", [Bron.beoordelingskader],
        check: "De probleemanalyse geeft de verwachte duur en de kans op terugkeer.",
        fix: "Vul probleemanalyse.prognose in.", by: [.validator])
    case .pa05:
      entry(
        .s3, .fout, "Niet-medische factoren", [Bron.beoordelingskader],
        check: "De probleemanalyse noemt persoonlijke, privé- en werkgebonden factoren.",
        fix: "Vul probleemanalyse.nietMedischeFactoren in.", by: [.validator])
    case .pa06:
      entry(
        .s3, .fout, "Advies over benutten en vergroten van mogelijkheden",
        [Bron.beoordelingskader, Bron.regeling("7a")],
        check:
          "De probleemanalyse adviseert hoe de mogelijkheden te benutten en te vergroten, tenzij er geen benutbare mogelijkheden zijn.",
        fix: "Vul probleemanalyse.advies in.", by: [.validator])
    case .pa07:
      entry(
        .s3, .fout, "Motivering: geen benutbare mogelijkheden", [Bron.vorm("2 lid 6")],
        check:
          "Ziet de bedrijfsarts geen benutbare mogelijkheden (dan volgt geen plan van aanpak), dan motiveert hij dat.",
        fix: "Vul probleemanalyse.motiveringGeenMogelijkheden in.", by: [.validator])
    case .pa08:
      entry(
        .s3, .fout, "Administratieve gegevens, functie en bekwaamheden",
        [Bron.vorm("2 lid 4"), Bron.regeling("6 lid 1 a, c, d")],
        check:
          "De namen van werkgever, werknemer, bedrijfsarts en arbodienst, de functie en (als waarschuwing) de bekwaamheden van de werknemer.",
        fix: "Vul de ontbrekende gegevens in werkgever, werknemer, bedrijfsarts of arbodienst in.",
        by: [.validator])

    // MARK: - §5.2 Plan van aanpak
    case .pva01:
      entry(
        .s4, .fout, "Activiteiten van werkgever en werknemer", [Bron.regeling("4 lid 2 a")],
        check: "Het plan noemt de activiteiten, elk met een omschrijving en wie haar uitvoert.",
        fix: "Vul planVanAanpak.activiteiten aan.", by: [.validator])
    case .pva02:
      entry(
        .s4, .fout, "Einddoel", [Bron.regeling("4 lid 2 a")],
        check: "Het plan noemt het doel van de activiteiten.",
        fix: "Vul planVanAanpak.einddoel.omschrijving in.", by: [.validator])
    case .pva03:
      entry(
        .s4, .fout, "Termijnen", [Bron.regeling("4 lid 2 a")],
        check: "Het einddoel, elk tussendoel en elke activiteit heeft een termijn of planning.",
        fix: "Vul de termijnen en de planning in.", by: [.validator])
    case .pva04:
      entry(
        .s4, .fout, "Evaluatiemomenten", [Bron.regeling("4 lid 2 b")],
        check: "Het plan legt de evaluatiemomenten vast.",
        fix: "Vul planVanAanpak.evaluatiemomenten in.", by: [.validator])
    case .pva05:
      entry(
        .s4, .fout, "Casemanager", [Bron.regeling("4 lid 2 c")],
        check: "Het plan noemt de casemanager die de activiteiten begeleidt.",
        fix: "Vul planVanAanpak.casemanager in.", by: [.validator])
    case .pva06:
      entry(
        .s4, .fout, "Gebaseerd op de probleemanalyse, op tijd", [Bron.regeling("4 lid 1")],
        check:
          "Het plan verwijst naar de datum van de probleemanalyse waarop het berust en is binnen twee weken daarna opgesteld (TL-05).",
        fix:
          "Vul planVanAanpak.datumProbleemanalyse in; stel een ontbrekend plan direct op, of leg bij een late afwijking de motivering vast (TL-06).",
        by: [.validator])
    case .pva07:
      entry(
        .s4, .fout, "Ondertekend door werkgever en werknemer",
        [Bron.regeling("4 lid 1"), "BW 7:658a lid 3"],
        check: "Werkgever en werknemer ondertekenen het plan (naam en datum).",
        fix: "Laat beiden tekenen en leg de ondertekening vast.", by: [.validator])
    case .pva08:
      entry(
        .s4, .waarschuwing, "Kopie aan werknemer, casemanager en bedrijfsarts",
        [Bron.regeling("4 lid 3")],
        check: "Het plan is verzonden aan de werknemer, de casemanager en de bedrijfsarts.",
        fix: "Stuur de kopieën en vul planVanAanpak.verzondenAan aan.", by: [.validator])
    case .pva09:
      entry(
        .s4, .fout, "Adres van de werknemer", ["UWV, formulier plan van aanpak"],
        check: "Het UWV-formulier van het plan vraagt het adres van de werknemer.",
        fix: "Vul werknemer.adres in.", by: [.validator])
    case .pva11:
      entry(
        .s4, .fout, "Visie van werkgever en werknemer",
        [Bron.regeling("4 lid 2 a") + " (Stcrt. 2023, 13931)"],
        check:
          "Een plan of bijstelling van 1 juli 2023 of later bevat de visie van de werkgever en die van de werknemer.",
        fix: "Vul visieWerkgever en visieWerknemer in.", by: [.validator])

    // MARK: - §5.3 Bijstellingen and evaluations
    case .bij01:
      entry(
        .s5, .fout, "Bijstelling van de probleemanalyse", [Bron.regeling("4 lid 4")],
        check: "Een bijstelling van de probleemanalyse noemt de reden en het bijgestelde advies.",
        fix: "Vul reden en advies van de bijstelling in.", by: [.validator])
    case .bij03:
      entry(
        .s5, .fout, "Bijstelling van het plan van aanpak",
        [Bron.regeling("4 lid 5"), Bron.regeling("4 lid 2 a"), "BW 7:658a lid 3"],
        check:
          "Een bijstelling van het plan heeft een reden en dezelfde inhoud als het plan (PVA-01…03, 07, 11).",
        fix: "Vul de bijstelling aan zoals een plan van aanpak.", by: [.validator])
    case .bij05:
      entry(
        .s5, .fout, "Evaluaties, ten minste eens per zes weken",
        [Bron.regeling("3, art. 4 lid 2 b"), "UWV: ten minste eens per zes weken"],
        check:
          "Elke evaluatie legt de voortgang vast; tussen twee evaluatiemomenten liggen niet meer dan 42 dagen (richtlijn van UWV: een waarschuwing).",
        fix: "Leg de voortgang vast en plan evaluaties binnen zes weken.", by: [.validator])

    // MARK: - §5.4 Eerstejaarsevaluatie
    case .eje01:
      entry(
        .s7, .fout, "Eerstejaarsevaluatie op tijd", [Bron.regeling("4 lid 2 b, art. 6 lid 1 h")],
        check:
          "De eerstejaarsevaluatie is er aan het einde van het eerste ziektejaar (TL-11); te laat is een waarschuwing, ontbrekend een fout. Een evaluatie vóór week 46 telt niet: een waarschuwing, en na week 52 een fout (COR-05).",
        fix: "Houd de eerstejaarsevaluatie en leg de datum vast.", by: [.validator])
    case .eje02:
      entry(
        .s7, .fout, "Terugblik op het eerste jaar", [Bron.beoordelingskader],
        check: "De evaluatie blikt terug op de activiteiten en afspraken van het eerste jaar.",
        fix: "Vul eerstejaarsevaluatie.terugblik in.", by: [.validator])
    case .eje03:
      entry(
        .s7, .fout, "Op koers?", [Bron.beoordelingskader],
        check: "De evaluatie zegt of de re-integratie op koers ligt, en zo niet waarom.",
        fix: "Vul opKoers in, en bij nee toelichtingKoers.", by: [.validator])
    case .eje04:
      entry(
        .s7, .fout, "Keuze spoor 1 of spoor 2", [Bron.beoordelingskader, "BW 7:658a lid 1"],
        check:
          "De evaluatie kiest expliciet voor spoor 1 of 2, en motiveert spoor 1 als de re-integratie niet op koers ligt.",
        fix: "Vul spoor in, en zo nodig motiveringSpoor.", by: [.validator])
    case .eje05:
      entry(
        .s7, .fout, "Doel voor het tweede jaar", [Bron.regeling("4 lid 5")],
        check: "De evaluatie legt het (bijgestelde) doel voor het tweede jaar vast.",
        fix: "Vul eerstejaarsevaluatie.bijgesteldDoel in.", by: [.validator])
    case .eje07:
      entry(
        .s7, .fout, "Visie van werkgever en werknemer in elke evaluatie",
        [Bron.regeling("4 lid 2 b") + " (Stcrt. 2023, 13931)"],
        check:
          "Een evaluatie van 1 juli 2023 of later bevat de visie van werkgever en werknemer: de periodieke evaluaties, de eerstejaarsevaluatie en de eindevaluatie (oordeelVerloopWerkgever en -Werknemer, COR-06).",
        fix:
          "Vul visieWerkgever en visieWerknemer in (in de eindevaluatie oordeelVerloopWerkgever en oordeelVerloopWerknemer).",
        by: [.validator])

    // MARK: - §5.5 42e-weeksmelding
    case .m42Item01:
      entry(
        .s6, .fout, "Eerste ziektedag",
        ["ZW art. 38 lid 1, lid 3", "ZW art. 29 lid 3", "Wet WIA art. 23 lid 2"],
        check:
          "Het dossier heeft een verzuimperiode, en de 42e-weeksmelding noemt de eerste ziektedag na samentelling.",
        fix: "Vul de eerste ziektedag in; meld bij UWV de samengetelde eerste ziektedag.",
        by: [.validator])
    case .m42Item04:
      entry(
        .s6, .waarschuwing, "Geboortedatum van de werknemer", ["UWV-formulieren (afgeleid)"],
        check:
          "De melding vraagt waarschijnlijk de geboortedatum (afgeleid van verwante formulieren).",
        fix: "Vul werknemer.geboortedatum in.", by: [.validator])
    case .m42Item05:
      entry(
        .s6, .waarschuwing, "Contactgegevens van de arbodienst", ["UWV-formulieren (afgeleid)"],
        check: "De melding vraagt waarschijnlijk telefoon of e-mail van de arbodienst.",
        fix: "Vul arbodienst.telefoon of arbodienst.email in.", by: [.validator])
    case .m42Termijn:
      entry(
        .s6, .fout, "42e-weeksmelding op tijd", ["ZW art. 38 lid 1, lid 3"],
        check: "De 42e-weeksmelding is gedaan en gedateerd, uiterlijk op de dag van TL-09.",
        fix: "Doe de melding bij UWV en leg melding42eWeek.datum vast.", by: [.validator])

    // MARK: - §5.6 Actueel oordeel
    case .ao01:
      entry(
        .s8, .fout, "Verloop van de ongeschiktheid", [Bron.regeling("6 lid 1 j")],
        check: "Het actueel oordeel beschrijft het verloop van de ongeschiktheid.",
        fix: "Vul actueelOordeel.verloop in.", by: [.validator])
    case .ao02:
      entry(
        .s8, .fout, "Actuele beperkingen en mogelijkheden", [Bron.regeling("6 lid 1 j, art. 7")],
        check: "Het actueel oordeel geeft de actuele beperkingen en mogelijkheden.",
        fix: "Vul actueelOordeel.beperkingenEnMogelijkheden in.", by: [.validator])
    case .ao03:
      entry(
        .s8, .fout, "Oordeel bedrijfsarts over de arbeidsrelatie",
        [Bron.regeling("6 lid 1 i"), Bron.vorm("2 lid 9")],
        check: "De bedrijfsarts oordeelt over de kwaliteit van de arbeidsrelatie.",
        fix: "Vul actueelOordeel.kwaliteitArbeidsrelatie in.", by: [.validator])
    case .ao04:
      entry(
        .s8, .fout, "Oordeel bedrijfsarts over passende arbeid",
        [Bron.regeling("6 lid 1 k"), Bron.vorm("2 lid 9")],
        check: "De bedrijfsarts oordeelt of er passende arbeid is bij de werkgever.",
        fix: "Vul actueelOordeel.passendeArbeid in.", by: [.validator])

    // MARK: - §5.7 Eindevaluatie
    case .ee01:
      entry(
        .s9, .fout, "Uitvoering van de afspraken", [Bron.regeling("6 lid 1 h")],
        check: "De eindevaluatie evalueert de uitvoering van de afspraken uit het plan.",
        fix: "Vul eindevaluatie.uitvoeringAfspraken in.", by: [.validator])
    case .ee02:
      entry(
        .s9, .fout, "Aard van het bedrijf", [Bron.regeling("6 lid 1 b"), Bron.vorm("2 lid 5")],
        check: "De eindevaluatie beschrijft de aard van het bedrijf.",
        fix: "Vul werkgever.aardVanHetBedrijf in.", by: [.validator])
    case .ee03:
      entry(
        .s9, .fout, "Oordeel werkgever over de arbeidsrelatie",
        [Bron.regeling("6 lid 1 i"), Bron.vorm("2 lid 10")],
        check: "De werkgever oordeelt over de kwaliteit van de arbeidsrelatie.",
        fix: "Vul eindevaluatie.kwaliteitArbeidsrelatie in.", by: [.validator])
    case .ee04:
      entry(
        .s9, .fout, "Oordeel werkgever over passende arbeid",
        [Bron.regeling("6 lid 1 k"), Bron.vorm("2 lid 10")],
        check: "De werkgever oordeelt of er passende arbeid is.",
        fix: "Vul eindevaluatie.passendeArbeid in.", by: [.validator])
    case .ee05:
      entry(
        .s9, .fout, "Berust op het actueel oordeel",
        ["UWV, Werkwijzer Poortwachter", Bron.identificatie],
        check: "Er is een actueel oordeel, en het is niet van na de eindevaluatie.",
        fix: "Vraag eerst het actueel oordeel en houd daarna de eindevaluatie.", by: [.validator])

    // MARK: - §5.8 Re-integratieverslag
    case .rivA:
      riv(
        "a", "Administratieve gegevens",
        "naam en BSN van de werknemer, naam en loonheffingennummer van de werkgever en de namen van bedrijfsarts en arbodienst"
      )
    case .rivB: riv("b", "Aard van het bedrijf", "de aard van het bedrijf")
    case .rivC: riv("c", "Functie van de werknemer", "de functie van de werknemer")
    case .rivD: riv("d", "Bekwaamheden van de werknemer", "de bekwaamheden van de werknemer")
    case .rivF:
      riv("f", "Oordeel en advies van de bedrijfsarts", "de probleemanalyse en haar bijstellingen")
    case .rivG:
      riv(
        "g", "Plan van aanpak",
        "het plan van aanpak (tenzij de probleemanalyse geen benutbare mogelijkheden zag)")
    case .rivH:
      riv(
        "h", "Eerstejaarsevaluatie en eindevaluatie",
        "de eerstejaarsevaluatie (als het verzuim week 52 bereikte) en de eindevaluatie")
    case .rivI:
      riv(
        "i", "Oordeel over de arbeidsrelatie",
        "het oordeel van bedrijfsarts én werkgever over de kwaliteit van de arbeidsrelatie")
    case .rivJ:
      riv(
        "j", "Actueel oordeel over beperkingen en mogelijkheden",
        "het actuele oordeel van de bedrijfsarts over beperkingen en mogelijkheden")
    case .rivK:
      riv(
        "k", "Oordeel over passende arbeid",
        "het oordeel van bedrijfsarts én werkgever over passende arbeid bij de werkgever")
    case .rivL: riv("l", "Mening van de werknemer", "de mening van de werknemer over a–k")

    // MARK: - §5.9 Verkort re-integratieverslag
    case .vriv01:
      entry(
        .s12, .fout, "Verkort verslag alleen als het mag", [Bron.vorm("2a lid 1")],
        check:
          "Een verkort re-integratieverslag mag alleen bij minder dan tien weken tussen eerste ziektedag en einde dienstverband, of zonder dreigend langdurig verzuim.",
        fix: "Stel een volledig re-integratieverslag op.", by: [.validator])
    case .vriv02:
      entry(
        .s12, .fout, "Stand van zaken, aard van het bedrijf, functie", [Bron.vorm("2a lid 3 a")],
        check:
          "Het verkorte verslag bevat de stand van zaken, de aard van het bedrijf en de functie.",
        fix: "Vul standVanZaken, werkgever.aardVanHetBedrijf en werknemer.functie in.",
        by: [.validator])
    case .vriv04:
      entry(
        .s12, .fout, "Mening van de werknemer", [Bron.vorm("2a lid 3 c")],
        check: "Het verkorte verslag bevat de mening van de werknemer.",
        fix: "Vul oordeelWerknemer in.", by: [.validator])
    case .vriv06:
      entry(
        .s12, .fout, "Op de laatste werkdag, kopie aan de werknemer", ["ZW art. 38 lid 2"],
        check:
          "Bij ziek uit dienst na zes weken of meer is het verkorte verslag er uiterlijk op de laatste werkdag (CNT-15) en heeft de werknemer een kopie.",
        fix: "Stel het verslag op, uiterlijk op de laatste werkdag, en leg kopieAanWerknemer vast.",
        by: [.validator])

    // MARK: - §6 Privacy
    case .privDeny:
      entry(
        nil, .fout, "Geen medische gegevens bij de werkgever", [Bron.ap + " §4"],
        check:
          "Teksten die de werkgever ziet bevatten geen medische termen (diagnose, klachten, behandeling); een verzuimreden die een vangnetgrond verraadt is een waarschuwing. Een document met zo'n term wordt niet gerenderd.",
        fix:
          "Haal de medische term weg; medische gegevens horen alleen in het dossier van de bedrijfsarts.",
        by: [.validator])

    // MARK: - §7 Identifiers and dates
    case .idBSN:
      entry(
        .s1, .fout, "BSN van de werknemer", [Bron.bsn],
        check: "Het BSN is aanwezig en voldoet aan de elfproef.",
        fix: "Vul werknemer.bsn in of corrigeer het.", by: [.validator])
    case .idLHN:
      entry(
        .s1, .fout, "Loonheffingennummer van de werkgever",
        [Bron.loonheffingennummer, "UWV, werkgeversformulieren"],
        check: "Het loonheffingennummer is aanwezig en heeft de vorm 123456782L01.",
        fix: "Vul werkgever.loonheffingennummer in of corrigeer het.", by: [.validator])
    case .idRSIN:
      entry(
        .s1, .waarschuwing, "RSIN in het loonheffingennummer", [Bron.loonheffingennummer],
        check: "De eerste 9 cijfers van het loonheffingennummer voldoen aan de elfproef.",
        fix: "Controleer het loonheffingennummer.", by: [.validator])
    case .idKVK:
      entry(
        .s1, .fout, "KvK-nummer", [Bron.kvk], check: "Een KvK-nummer heeft 8 cijfers.",
        fix: "Corrigeer werkgever.kvkNummer.", by: [.validator])
    case .idKVKV:
      entry(
        .s1, .fout, "Vestigingsnummer", [Bron.kvk], check: "Een vestigingsnummer heeft 12 cijfers.",
        fix: "Corrigeer werkgever.vestigingsnummer.", by: [.validator])
    case .idPC:
      entry(
        .s1, .fout, "Postcode", [Bron.postcode],
        check: "Een postcode is 4 cijfers (niet beginnend met 0) en 2 letters, niet SA, SD of SS.",
        fix: "Corrigeer de postcode.", by: [.validator])
    case .idIBAN:
      entry(
        .s1, .fout, "IBAN", [Bron.iban], check: "Het IBAN klopt (controle modulo 97).",
        fix: "Corrigeer werkgever.iban.", by: [.validator])
    case .idRef:
      entry(
        .s1, .fout, "Referentie zonder BSN", [Bron.bsnGebruik, Bron.dataminimalisatie],
        check:
          "De referentie van het dossier bevat niet het BSN van de werknemer (ook niet met spaties, punten of streepjes ertussen) en geen stuurtekens; een ander nummer van 9 cijfers dat aan de elfproef voldoet is een waarschuwing. Een dossier met zo'n referentie wordt niet gerenderd, ook niet als concept; bestandsnamen, agenda's en overzichten tonen de referentie met het BSN gemaskeerd.",
        fix:
          "Kies een referentie zonder BSN, bijvoorbeeld een volgnummer van de arbodienst of de verzekeraar.",
        by: [.validator])
    case .idDate:
      entry(
        nil, .fout, "Datums in de juiste volgorde",
        [Bron.identificatie, "BW 7:668a (tijdelijk dienstverband)"],
        check:
          "Geen document vóór de eerste ziektedag, elk document na het document waarop het berust, perioden die elkaar niet overlappen; een datum na de peildatum of een tijdelijk dienstverband zonder einddatum is een waarschuwing.",
        fix: "Corrigeer de datum.", by: [.validator])
    case .wnUren:
      entry(
        .s1, .fout, "Contracturen per week", ["BW 7:610"],
        check: "Het aantal contracturen per week ligt tussen 0 en 168.",
        fix: "Corrigeer werknemer.contracturenPerWeek.", by: [.validator])
    }
  }

  private func entry(
    _ step: Stap?, _ severity: Finding.Severity?, _ title: String, _ sources: [String],
    check: String, fix: String, by reporters: [RuleDescription.Reporter]
  ) -> RuleDescription {
    RuleDescription(
      rule: self, step: step, severity: severity, title: title, sources: sources, check: check,
      fix: fix, reportedBy: reporters)
  }

  /// An item of Regeling procesgang art. 6 lid 1, checked in the re-integratieverslag (S10).
  private func riv(_ letter: String, _ title: String, _ what: String) -> RuleDescription {
    entry(
      .s10, .fout, title, [Bron.regeling("6 lid 1 \(letter)")],
      check: "Onderdeel \(letter) van het re-integratieverslag: \(what).",
      fix: "Vul de ontbrekende gegevens of documenten aan vóór het verslag wordt samengesteld.",
      by: [.validator])
  }
}
