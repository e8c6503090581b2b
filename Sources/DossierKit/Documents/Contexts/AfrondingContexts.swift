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
    // Each item is present exactly when the validator's RIV rule for it found nothing: one
    // judgement of the facts, whether a casemanager reads `dossier validate` or the verslag.
    let found = Set(facts.findings.map(\.rule))
    func item(_ rule: Regel, _ letter: String, _ inhoud: String, _ plaats: String) -> Item {
      Item(letter: letter, inhoud: inhoud, plaats: plaats, aanwezig: !found.contains(rule))
    }
    index = [
      item(
        .rivA, "a",
        "Administratieve gegevens van werknemer, werkgever en bedrijfsarts/arbodienst",
        "Deel 1, Gegevens"),
      item(.rivB, "b", "Aard van het bedrijf", "Deel 6, Eindevaluatie"),
      item(.rivC, "c", "Functie van de werknemer", "Deel 1, Gegevens"),
      item(.rivD, "d", "Bekwaamheden van de werknemer", "Deel 1, Gegevens"),
      // No rule checks e: the eerste ziektedag is there whenever a timeline is.
      Item(
        letter: "e", inhoud: "Eerste ziektedag", plaats: "Deel 1, Gegevens",
        aanwezig: facts.timeline.tijdvak != nil),
      item(
        .rivF, "f", "Oordeel en advies van de bedrijfsarts en latere adviezen",
        "Deel 2, Probleemanalyse en bijstellingen"),
      item(.rivG, "g", "Plan van aanpak en bijstellingen", "Deel 3, Plan van aanpak"),
      item(
        .rivH, "h", "Eerstejaarsevaluatie en meest recente evaluatie",
        "Deel 4, Eerstejaarsevaluatie; deel 6, Eindevaluatie"),
      item(
        .rivI, "i", "Kwaliteit van de arbeidsrelatie, volgens werkgever en bedrijfsarts",
        "Deel 5, Actueel oordeel; deel 6, Eindevaluatie"),
      item(
        .rivJ, "j",
        "Actueel oordeel van de bedrijfsarts over verloop, beperkingen en mogelijkheden",
        "Deel 5, Actueel oordeel (medische informatie gaat apart via de werknemer naar UWV)"),
      item(
        .rivK, "k", "Passende arbeid bij de werkgever, volgens bedrijfsarts en werkgever",
        "Deel 5, Actueel oordeel; deel 6, Eindevaluatie"),
      item(.rivL, "l", "Mening van de werknemer over a tot en met k", "Deel 7, Oordeel werknemer"),
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
