import Poortwachter

/// The bedrijfsarts's current view, its non-medical part (AO-01…AO-06).
struct ActueelOordeelContext: Encodable, Sendable {
  struct Onderdeel: Encodable, Sendable {
    var opgesteld: Opgesteld
    var verloop, beperkingenEnMogelijkheden, kwaliteitArbeidsrelatie, passendeArbeid,
      standReintegratie: String
  }

  var kop: Kop
  var gegevens: Gegevens
  var actueelOordeel: Onderdeel

  init(_ facts: DocumentFacts) {
    kop = Kop(.actueelOordeel, facts)
    gegevens = Gegevens(facts)
    actueelOordeel = Self.onderdeel(facts)
  }

  static func onderdeel(_ facts: DocumentFacts) -> Onderdeel {
    let ao = facts.dossier.actueelOordeel
    return Onderdeel(
      opgesteld: Opgesteld(ao?.opsteller, ao?.datum), verloop: filled(ao?.verloop),
      beperkingenEnMogelijkheden: filled(ao?.beperkingenEnMogelijkheden),
      kwaliteitArbeidsrelatie: filled(ao?.kwaliteitArbeidsrelatie),
      passendeArbeid: filled(ao?.passendeArbeid), standReintegratie: filled(ao?.standReintegratie))
  }
}

/// The final evaluation of the plan, with the employer's views (EE-01…EE-05).
struct EindevaluatieContext: Encodable, Sendable {
  struct Onderdeel: Encodable, Sendable {
    var opgesteld: Opgesteld
    var aardVanHetBedrijf, uitvoeringAfspraken, standVanZaken, kwaliteitArbeidsrelatie,
      passendeArbeid: String
    var oordeelVerloopWerkgever, oordeelVerloopWerknemer: String
    var datumActueelOordeel: String
    var wedertewerkstelling: String?
    var handtekeningen: [Handtekening]
  }

  var kop: Kop
  var eindevaluatie: Onderdeel

  init(_ facts: DocumentFacts) {
    kop = Kop(.eindevaluatie, facts)
    eindevaluatie = Self.onderdeel(facts)
  }

  static func onderdeel(_ facts: DocumentFacts) -> Onderdeel {
    let ee = facts.dossier.eindevaluatie
    return Onderdeel(
      opgesteld: Opgesteld(ee?.opsteller, ee?.datum),
      aardVanHetBedrijf: filled(facts.dossier.werkgever.aardVanHetBedrijf),
      uitvoeringAfspraken: filled(ee?.uitvoeringAfspraken),
      standVanZaken: filled(ee?.standVanZaken),
      kwaliteitArbeidsrelatie: filled(ee?.kwaliteitArbeidsrelatie),
      passendeArbeid: filled(ee?.passendeArbeid),
      oordeelVerloopWerkgever: filled(ee?.oordeelVerloopWerkgever),
      oordeelVerloopWerknemer: filled(ee?.oordeelVerloopWerknemer),
      datumActueelOordeel: dutchDate(facts.dossier.actueelOordeel?.datum),
      wedertewerkstelling: ee?.wedertewerkstelling.map {
        $0
          ? "De werkgever wil de werknemer na herstel weer in dienst nemen."
          : "De werkgever wil de werknemer na herstel niet weer in dienst nemen."
      },
      handtekeningen: [
        Handtekening(rol: "Werkgever", ee?.ondertekeningWerkgever),
        Handtekening(rol: "Werknemer", ee?.ondertekeningWerknemer),
      ])
  }
}

/// The employee's own opinion on items a–k (Regeling procesgang art. 6 lid 1 l).
struct OordeelWerknemerContext: Encodable, Sendable {
  var datum, eensMetVerslag, toelichting: String
  var handtekening: Handtekening

  init(_ facts: DocumentFacts) {
    let oordeel = facts.dossier.oordeelWerknemer
    datum = dutchDate(oordeel?.datum)
    eensMetVerslag =
      oordeel?.eensMetVerslag.map {
        $0
          ? "De werknemer is het eens met de inhoud van het re-integratieverslag."
          : "De werknemer is het niet eens met (een deel van) het re-integratieverslag."
      } ?? nietIngevuld
    toelichting = filled(oordeel?.toelichting)
    handtekening = Handtekening(rol: "Werknemer", oordeel?.ondertekening)
  }
}

/// The set UWV expects with the WIA-aanvraag, with an index of items a–l of Regeling
/// procesgang art. 6 lid 1 and where in the set each stands.
struct ReintegratieverslagContext: Encodable, Sendable {
  struct Item: Encodable, Sendable {
    var letter, inhoud, plaats: String
    var aanwezig: Bool
  }

  var kop: Kop
  var gegevens: Gegevens
  var opgesteld: Opgesteld
  var kopieAanWerknemer: String
  var index: [Item]
  var probleemanalyse: ProbleemanalyseContext.Onderdeel?
  var planVanAanpak: PlanVanAanpakContext.Onderdeel?
  var eerstejaarsevaluatie: EerstejaarsevaluatieContext.Onderdeel?
  var actueelOordeel: ActueelOordeelContext.Onderdeel?
  var eindevaluatie: EindevaluatieContext.Onderdeel?
  var oordeelWerknemer: OordeelWerknemerContext

  init(_ facts: DocumentFacts) {
    let dossier = facts.dossier
    kop = Kop(.reintegratieverslag, facts)
    gegevens = Gegevens(facts)
    opgesteld = Opgesteld(
      dossier.reintegratieverslag?.opsteller, dossier.reintegratieverslag?.datum)
    kopieAanWerknemer = dutchDate(dossier.reintegratieverslag?.kopieAanWerknemer)
    probleemanalyse = dossier.probleemanalyse.map { _ in ProbleemanalyseContext.onderdeel(facts) }
    planVanAanpak = dossier.planVanAanpak.map { _ in PlanVanAanpakContext.onderdeel(facts) }
    eerstejaarsevaluatie = dossier.eerstejaarsevaluatie.map { _ in
      EerstejaarsevaluatieContext.onderdeel(facts)
    }
    actueelOordeel = dossier.actueelOordeel.map { _ in ActueelOordeelContext.onderdeel(facts) }
    eindevaluatie = dossier.eindevaluatie.map { _ in EindevaluatieContext.onderdeel(facts) }
    oordeelWerknemer = OordeelWerknemerContext(facts)
    let pa = dossier.probleemanalyse != nil
    let pva = dossier.planVanAanpak != nil
    let eje = dossier.eerstejaarsevaluatie != nil
    let ao = dossier.actueelOordeel != nil
    let ee = dossier.eindevaluatie != nil
    let ow = dossier.oordeelWerknemer != nil
    index = [
      Item(
        letter: "a",
        inhoud: "Administratieve gegevens van werknemer, werkgever en bedrijfsarts/arbodienst",
        plaats: "Deel 1, Gegevens", aanwezig: true),
      Item(
        letter: "b", inhoud: "Aard van het bedrijf", plaats: "Deel 6, Eindevaluatie",
        aanwezig: dossier.werkgever.aardVanHetBedrijf != nil),
      Item(
        letter: "c", inhoud: "Functie van de werknemer", plaats: "Deel 1, Gegevens",
        aanwezig: dossier.werknemer.functie != nil),
      Item(
        letter: "d", inhoud: "Bekwaamheden van de werknemer", plaats: "Deel 1, Gegevens",
        aanwezig: dossier.werknemer.bekwaamheden != nil),
      Item(
        letter: "e", inhoud: "Eerste ziektedag", plaats: "Deel 1, Gegevens",
        aanwezig: facts.timeline.tijdvak != nil),
      Item(
        letter: "f", inhoud: "Oordeel en advies van de bedrijfsarts en latere adviezen",
        plaats: "Deel 2, Probleemanalyse en bijstellingen", aanwezig: pa),
      Item(
        letter: "g", inhoud: "Plan van aanpak en bijstellingen", plaats: "Deel 3, Plan van aanpak",
        aanwezig: pva),
      Item(
        letter: "h", inhoud: "Eerstejaarsevaluatie en meest recente evaluatie",
        plaats: "Deel 4, Eerstejaarsevaluatie; deel 6, Eindevaluatie", aanwezig: eje && ee),
      Item(
        letter: "i", inhoud: "Kwaliteit van de arbeidsrelatie, volgens werkgever en bedrijfsarts",
        plaats: "Deel 5, Actueel oordeel; deel 6, Eindevaluatie", aanwezig: ao && ee),
      Item(
        letter: "j",
        inhoud: "Actueel oordeel van de bedrijfsarts over verloop, beperkingen en mogelijkheden",
        plaats:
          "Deel 5, Actueel oordeel (medische informatie gaat apart via de werknemer naar UWV)",
        aanwezig: ao),
      Item(
        letter: "k", inhoud: "Passende arbeid bij de werkgever, volgens bedrijfsarts en werkgever",
        plaats: "Deel 5, Actueel oordeel; deel 6, Eindevaluatie", aanwezig: ao && ee),
      Item(
        letter: "l", inhoud: "Mening van de werknemer over a tot en met k",
        plaats: "Deel 7, Oordeel werknemer", aanwezig: ow),
    ]
  }
}

/// The short form at ziek uit dienst (VRIV-01…VRIV-07).
struct VerkortReintegratieverslagContext: Encodable, Sendable {
  struct Onderdeel: Encodable, Sendable {
    var opgesteld: Opgesteld
    var laatsteWerkdag, aardVanHetBedrijf, standVanZaken, reintegratieTotNu, wedertewerkstelling,
      kopieAanWerknemer: String
    var handtekeningen: [Handtekening]
  }

  var kop: Kop
  var gegevens: Gegevens
  var verkortVerslag: Onderdeel
  var oordeelWerknemer: OordeelWerknemerContext

  init(_ facts: DocumentFacts) {
    let dossier = facts.dossier
    let verslag = dossier.verkortReintegratieverslag
    kop = Kop(.verkortReintegratieverslag, facts)
    gegevens = Gegevens(facts)
    verkortVerslag = Onderdeel(
      opgesteld: Opgesteld(verslag?.opsteller, verslag?.datum),
      // The end of employment as the timeline reads it (COR-08): the last working day, or the
      // contract's end date when that is earlier or the only one recorded.
      laatsteWerkdag: dutchDate(
        facts.timeline.ziekUitDienst?.laatsteWerkdag
          ?? dossier.werknemer.dienstverband?.laatsteWerkdag),
      aardVanHetBedrijf: filled(dossier.werkgever.aardVanHetBedrijf),
      standVanZaken: filled(verslag?.standVanZaken),
      reintegratieTotNu: filled(verslag?.reintegratieTotNu),
      wedertewerkstelling: verslag?.wedertewerkstelling.map { $0 ? "ja, na herstel" : "nee" }
        ?? nietIngevuld,
      kopieAanWerknemer: dutchDate(verslag?.kopieAanWerknemer),
      handtekeningen: [Handtekening(rol: "Werkgever", verslag?.ondertekeningWerkgever)])
    oordeelWerknemer = OordeelWerknemerContext(facts)
  }
}
