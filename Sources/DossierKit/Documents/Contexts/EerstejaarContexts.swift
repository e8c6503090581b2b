import Kalender
import Poortwachter

/// The probleemanalyse as the employer and employee receive it: oordeel and advies, no
/// medical basis (PA-01…PA-08; the medical part stays with the bedrijfsarts, PA-09).
struct ProbleemanalyseContext: Encodable, Sendable {
  struct Onderdeel: Encodable, Sendable {
    var opgesteld: Opgesteld
    var dreigendLangdurigVerzuim: String
    var feitenEnBeoordeling, beperkingenEnMogelijkheden, prognose, nietMedischeFactoren,
      advies: String
    var geenMogelijkheden: Motivering?
    var afwijking: Motivering?
    var termijn: String
    var bijstellingen: [Bijstelling]
  }
  struct Motivering: Encodable, Sendable { var motivering: String }
  struct Bijstelling: Encodable, Sendable {
    var opgesteld: Opgesteld
    var reden, beperkingenEnMogelijkheden, prognose, advies: String
  }

  var kop: Kop
  var gegevens: Gegevens
  var probleemanalyse: Onderdeel

  init(_ facts: DocumentFacts) {
    kop = Kop(.probleemanalyse, facts)
    gegevens = Gegevens(facts)
    probleemanalyse = Self.onderdeel(facts)
  }

  static func onderdeel(_ facts: DocumentFacts) -> Onderdeel {
    let pa = facts.dossier.probleemanalyse
    let due = facts.timeline.step(.tl04)?.due
    return Onderdeel(
      opgesteld: Opgesteld(pa?.opsteller, pa?.datum),
      dreigendLangdurigVerzuim: pa?.dreigendLangdurigVerzuim.map {
        $0
          ? "De bedrijfsarts verwacht dreigend langdurig verzuim."
          : "De bedrijfsarts verwacht geen dreigend langdurig verzuim."
      } ?? nietIngevuld,
      feitenEnBeoordeling: filled(pa?.feitenEnBeoordeling),
      beperkingenEnMogelijkheden: filled(pa?.beperkingenEnMogelijkheden),
      prognose: filled(pa?.prognose), nietMedischeFactoren: filled(pa?.nietMedischeFactoren),
      advies: filled(pa?.advies),
      geenMogelijkheden: pa?.geenBenutbareMogelijkheden == true
        ? Motivering(motivering: filled(pa?.motiveringGeenMogelijkheden)) : nil,
      afwijking: pa?.motivatieAfwijking.map { Motivering(motivering: $0) },
      termijn: due.map { "uiterlijk \($0.dutch) (einde week 6)" } ?? nietIngevuld,
      bijstellingen: (facts.dossier.bijstellingenProbleemanalyse ?? []).map {
        Bijstelling(
          opgesteld: Opgesteld($0.opsteller, $0.datum), reden: filled($0.reden),
          beperkingenEnMogelijkheden: filled($0.beperkingenEnMogelijkheden),
          prognose: filled($0.prognose), advies: filled($0.advies))
      })
  }
}

/// The plan van aanpak with its bijstellingen and evaluation log (PVA-01…PVA-11, BIJ-03, BIJ-05).
struct PlanVanAanpakContext: Encodable, Sendable {
  struct Doel: Encodable, Sendable { var omschrijving, termijn: String }
  struct Activiteit: Encodable, Sendable { var omschrijving, wie, planning: String }
  struct Bijstelling: Encodable, Sendable {
    var opgesteld: Opgesteld
    var reden: String
    var einddoel: Doel
    var activiteiten: [Activiteit]
    var visieWerkgever, visieWerknemer: String
    var handtekeningen: [Handtekening]
  }
  struct Evaluatie: Encodable, Sendable {
    var opgesteld: Opgesteld
    var voortgang, gewerkteUren, afspraken, visieWerkgever, visieWerknemer,
      volgendeEvaluatie: String
  }
  struct Onderdeel: Encodable, Sendable {
    var opgesteld: Opgesteld
    var datumProbleemanalyse: String
    var einddoel: Doel
    var tussendoelen: [Doel]
    var activiteiten: [Activiteit]
    var evaluatiemomenten: [String]
    var casemanager: String
    var visieWerkgever, visieWerknemer: String
    var verzondenAan: String
    var verzenddatum: String
    var afwijking: ProbleemanalyseContext.Motivering?
    var handtekeningen: [Handtekening]
    var bijstellingen: [Bijstelling]
    var evaluaties: [Evaluatie]
    /// Mustache cannot ask whether a list is empty without repeating for each item.
    var heeftEvaluaties: Bool
  }

  var kop: Kop
  var gegevens: Gegevens
  var planVanAanpak: Onderdeel

  init(_ facts: DocumentFacts) {
    kop = Kop(.planVanAanpak, facts)
    gegevens = Gegevens(facts)
    planVanAanpak = Self.onderdeel(facts)
  }

  static func doel(_ doel: Poortwachter.Doel?) -> Doel {
    Doel(omschrijving: filled(doel?.omschrijving), termijn: filled(doel?.termijn))
  }

  static func activiteiten(_ list: [Poortwachter.Activiteit]?) -> [Activiteit] {
    (list ?? []).map {
      Activiteit(
        omschrijving: filled($0.omschrijving), wie: filled($0.wie), planning: filled($0.planning))
    }
  }

  static func onderdeel(_ facts: DocumentFacts) -> Onderdeel {
    let dossier = facts.dossier
    let plan = dossier.planVanAanpak
    return Onderdeel(
      opgesteld: Opgesteld(plan?.opsteller, plan?.datum),
      datumProbleemanalyse: dutchDate(plan?.datumProbleemanalyse),
      einddoel: doel(plan?.einddoel),
      tussendoelen: (plan?.tussendoelen ?? []).map { doel($0) },
      activiteiten: activiteiten(plan?.activiteiten),
      evaluatiemomenten: (plan?.evaluatiemomenten ?? []).map(\.dutch),
      casemanager: filled(plan?.casemanager),
      visieWerkgever: filled(plan?.visieWerkgever), visieWerknemer: filled(plan?.visieWerknemer),
      verzondenAan: plan?.verzondenAan.map { $0.joined(separator: ", ") }.map(filled)
        ?? nietIngevuld,
      verzenddatum: dutchDate(plan?.verzenddatum),
      afwijking: plan?.motivatieAfwijking.map { ProbleemanalyseContext.Motivering(motivering: $0) },
      handtekeningen: [
        Handtekening(rol: "Werkgever", plan?.ondertekeningWerkgever),
        Handtekening(rol: "Werknemer", plan?.ondertekeningWerknemer),
      ],
      bijstellingen: (dossier.bijstellingenPlanVanAanpak ?? []).map {
        Bijstelling(
          opgesteld: Opgesteld($0.opsteller, $0.datum), reden: filled($0.reden),
          einddoel: doel($0.einddoel),
          activiteiten: activiteiten($0.activiteiten), visieWerkgever: filled($0.visieWerkgever),
          visieWerknemer: filled($0.visieWerknemer),
          handtekeningen: [
            Handtekening(rol: "Werkgever", $0.ondertekeningWerkgever),
            Handtekening(rol: "Werknemer", $0.ondertekeningWerknemer),
          ])
      },
      evaluaties: (dossier.evaluaties ?? []).map {
        Evaluatie(
          opgesteld: Opgesteld($0.opsteller, $0.datum), voortgang: filled($0.voortgang),
          gewerkteUren: $0.gewerkteUrenPerWeek.map { "\(DutchNumber.format($0)) uur per week" }
            ?? nietIngevuld,
          afspraken: filled($0.afspraken), visieWerkgever: filled($0.visieWerkgever),
          visieWerknemer: filled($0.visieWerknemer),
          volgendeEvaluatie: $0.volgendeEvaluatie?.dutch ?? "–")
      },
      heeftEvaluaties: !(dossier.evaluaties ?? []).isEmpty)
  }
}

/// The aangifte of long-term illness to UWV after 42 weeks (M42-01…M42-06).
struct Melding42eWeekContext: Encodable, Sendable {
  struct Onderdeel: Encodable, Sendable {
    var datum, eersteZiektedag, kanaal, uwvKenmerk, termijn: String
  }

  var kop: Kop
  var gegevens: Gegevens
  var melding: Onderdeel

  init(_ facts: DocumentFacts) {
    kop = Kop(.melding42eWeek, facts)
    gegevens = Gegevens(facts)
    let melding = facts.dossier.melding42eWeek
    let kanaal: String? = melding?.kanaal.map {
      switch $0 {
      case .verzuimmelder: "werkgeversportaal UWV (Verzuimmelder)"
      case .digipoort: "Digipoort (salarisadministratie)"
      case .papier: "papieren formulier"
      }
    }
    self.melding = Onderdeel(
      datum: dutchDate(melding?.datum),
      eersteZiektedag: dutchDate(
        melding?.eersteZiektedag ?? facts.timeline.tijdvak?.eersteZiektedag),
      kanaal: filled(kanaal), uwvKenmerk: filled(melding?.uwvKenmerk),
      termijn: facts.timeline.step(.tl09)?.due.map {
        "uiterlijk \($0.dutch) (eerste dag na 42 weken ongeschiktheid)"
      } ?? nietIngevuld)
  }
}

/// The evaluation at the end of the first year (EJE-01…EJE-07).
struct EerstejaarsevaluatieContext: Encodable, Sendable {
  struct Onderdeel: Encodable, Sendable {
    var opgesteld: Opgesteld
    var terugblik, opKoers, toelichtingKoers, spoor, motiveringSpoor, bijgesteldDoel,
      adviesBedrijfsarts: String
    var visieWerkgever, visieWerknemer: String
    var handtekeningen: [Handtekening]
  }

  var kop: Kop
  var gegevens: Gegevens
  var eerstejaarsevaluatie: Onderdeel

  init(_ facts: DocumentFacts) {
    kop = Kop(.eerstejaarsevaluatie, facts)
    gegevens = Gegevens(facts)
    eerstejaarsevaluatie = Self.onderdeel(facts)
  }

  static func onderdeel(_ facts: DocumentFacts) -> Onderdeel {
    let eje = facts.dossier.eerstejaarsevaluatie
    let spoor: String? = eje?.spoor.map {
      switch $0 {
      case .spoor1: "Spoor 1: re-integratie bij de eigen werkgever"
      case .spoor2: "Spoor 2: re-integratie bij een andere werkgever"
      case .spoor1En2: "Spoor 1 en spoor 2 naast elkaar"
      }
    }
    return Onderdeel(
      opgesteld: Opgesteld(eje?.opsteller, eje?.datum), terugblik: filled(eje?.terugblik),
      opKoers: yesNo(eje?.opKoers),
      toelichtingKoers: filled(eje?.toelichtingKoers), spoor: filled(spoor),
      motiveringSpoor: filled(eje?.motiveringSpoor),
      bijgesteldDoel: filled(eje?.bijgesteldDoel),
      adviesBedrijfsarts: filled(eje?.adviesBedrijfsarts),
      visieWerkgever: filled(eje?.visieWerkgever), visieWerknemer: filled(eje?.visieWerknemer),
      handtekeningen: [
        Handtekening(rol: "Werkgever", eje?.ondertekeningWerkgever),
        Handtekening(rol: "Werknemer", eje?.ondertekeningWerknemer),
      ])
  }
}
