import Kalender

/// S3 to S7: probleemanalyse, plan van aanpak, evaluations, 42e-weeksmelding, eerstejaarsevaluatie.
extension DossierCheck {
  mutating func checkProbleemanalyse() {
    guard let tijdvak else { return }
    let path = "$.probleemanalyse"
    checkHerbeoordeling()
    guard let pa = dossier.probleemanalyse else {
      if timeline.step(.tl04).map({ if case .notApplicable = $0.state { true } else { false } })
        == true
      {
        return
      }
      if let error = tijdvak.date(ofDay: rules.probleemanalyseErrorDay), peildatum > error {
        add(
          .tl04, path,
          "de probleemanalyse ontbreekt; uiterlijk in week 6 (dag \(rules.probleemanalyseWarningDay), \(tijdvak.date(ofDay: rules.probleemanalyseWarningDay)?.dutch ?? ""))"
        )
      } else if let warning = tijdvak.date(ofDay: rules.probleemanalyseWarningDay),
        peildatum > warning
      {
        add(
          .tl04, path,
          "de probleemanalyse ontbreekt; de termijn van zes weken verliep op \(warning.dutch) (CNT-01)",
          severity: .waarschuwing)
      }
      return
    }
    requireOpsteller(pa.opsteller, datum: pa.datum, .s3, path, document: "de probleemanalyse")
    if let datum = pa.datum, let warning = tijdvak.date(ofDay: rules.probleemanalyseWarningDay),
      datum > warning
    {
      let error = tijdvak.date(ofDay: rules.probleemanalyseErrorDay).map { datum > $0 } ?? true
      let motivated = pa.motivatieAfwijking?.contains(where: { !$0.isWhitespace }) == true
      let severity: Finding.Severity = error && !motivated ? .fout : .waarschuwing
      add(
        .tl04, path + ".datum",
        "de probleemanalyse is opgesteld op \(datum.dutch), na week 6 (uiterlijk \(warning.dutch))"
          + (motivated ? "; de motivering van de afwijking is vastgelegd" : ""), severity: severity)
    }
    require(
      pa.dreigendLangdurigVerzuim, .pa01, path + ".dreigendLangdurigVerzuim",
      "het oordeel of er dreigend langdurig verzuim is")
    guard pa.dreigendLangdurigVerzuim != false else { return }
    require(
      pa.feitenEnBeoordeling, .pa02, path + ".feitenEnBeoordeling",
      "de beschrijving en beoordeling van de feiten")
    require(
      pa.beperkingenEnMogelijkheden, .pa03, path + ".beperkingenEnMogelijkheden",
      "de beperkingen en mogelijkheden")
    require(
      pa.prognose, .pa04, path + ".prognose", "de prognose (verwachte duur en kans op terugkeer)")
    require(
      pa.nietMedischeFactoren, .pa05, path + ".nietMedischeFactoren",
      "de niet-medische factoren (persoonlijk, privé, werk)")
    if pa.geenBenutbareMogelijkheden == true {
      require(
        pa.motiveringGeenMogelijkheden, .pa07, path + ".motiveringGeenMogelijkheden",
        "de motivering dat er geen benutbare mogelijkheden zijn")
    } else {
      require(
        pa.advies, .pa06, path + ".advies",
        "het advies over benutten en vergroten van de mogelijkheden")
    }
    require(dossier.werknemer.functie, .pa08, "$.werknemer.functie", "de functie van de werknemer")
    require(dossier.bedrijfsarts?.naam, .pa08, "$.bedrijfsarts.naam", "de naam van de bedrijfsarts")
    require(dossier.arbodienst?.naam, .pa08, "$.arbodienst.naam", "de naam van de arbodienst")
    require(
      dossier.werknemer.bekwaamheden, .pa08, "$.werknemer.bekwaamheden",
      "de bekwaamheden van de werknemer", severity: .waarschuwing)
  }

  mutating func checkPlanVanAanpak() {
    let path = "$.planVanAanpak"
    guard let plan = dossier.planVanAanpak else {
      checkTerm(.tl05, as: .pva06, path, document: "het plan van aanpak")
      return
    }
    requireOpsteller(plan.opsteller, datum: plan.datum, .s4, path, document: "het plan van aanpak")
    checkTerm(
      .tl05, as: .pva06, path + ".datum", document: "het plan van aanpak",
      motivatie: plan.motivatieAfwijking)
    checkPlanContent(
      activiteiten: plan.activiteiten, einddoel: plan.einddoel, visieWerkgever: plan.visieWerkgever,
      visieWerknemer: plan.visieWerknemer,
      werkgever: plan.ondertekeningWerkgever, werknemer: plan.ondertekeningWerknemer,
      datum: plan.datum, path: path, step: .s4, rules: .plan)
    for (index, doel) in (plan.tussendoelen ?? []).enumerated() {
      require(
        doel.termijn, .pva03, "\(path).tussendoelen[\(index)].termijn",
        "de termijn van dit tussendoel")
    }
    if plan.evaluatiemomenten?.isEmpty != false {
      add(.pva04, path + ".evaluatiemomenten", "de afgesproken evaluatiemomenten ontbreken")
    }
    require(
      plan.casemanager, .pva05, path + ".casemanager",
      "de casemanager die de activiteiten begeleidt")
    if let pa = dossier.probleemanalyse {
      if let paDate = pa.datum, plan.datumProbleemanalyse != paDate {
        add(
          .pva06, path + ".datumProbleemanalyse",
          "het plan moet verwijzen naar de probleemanalyse van \(paDate.dutch)")
      }
      if let paDate = pa.datum, let planDate = plan.datum, planDate < paDate {
        add(
          .idDate, path + ".datum",
          "het plan van aanpak (\(planDate.dutch)) is ouder dan de probleemanalyse (\(paDate.dutch))",
          step: .s4)
      }
    } else {
      add(
        .pva06, "$.probleemanalyse",
        "er is een plan van aanpak maar geen probleemanalyse waarop het berust")
    }
    let sent = Set((plan.verzondenAan ?? []).map { $0.lowercased() })
    for party in ["werknemer", "casemanager", "bedrijfsarts"] where !sent.contains(party) {
      add(.pva08, path + ".verzondenAan", "een kopie aan de \(party) is niet vastgelegd")
    }
    require(
      dossier.werknemer.adres?.postcode, .pva09, "$.werknemer.adres", "het adres van de werknemer")
  }

  /// The rules a plan's content answers to: its own (PVA-01…03, 07, 11), or BIJ-03 for all of
  /// them in a bijstelling (Regeling procesgang art. 4 lid 5: the same content rules).
  struct PlanRules {
    var activiteiten: Regel, doel: Regel, termijn: Regel, ondertekening: Regel, visie: Regel

    static let plan = PlanRules(
      activiteiten: .pva01, doel: .pva02, termijn: .pva03, ondertekening: .pva07, visie: .pva11)
    static let bijstelling = PlanRules(
      activiteiten: .bij03, doel: .bij03, termijn: .bij03, ondertekening: .bij03, visie: .bij03)
  }

  /// PVA-01…PVA-03, PVA-07 and PVA-11: the content a plan and each bijstelling share (BIJ-03).
  mutating func checkPlanContent(
    activiteiten: [Activiteit]?, einddoel: Doel?, visieWerkgever: String?, visieWerknemer: String?,
    werkgever: Ondertekening?, werknemer: Ondertekening?, datum: CalendarDate?, path: String,
    step: Stap, rules: PlanRules
  ) {
    if activiteiten?.isEmpty != false {
      add(
        rules.activiteiten, path + ".activiteiten",
        "de activiteiten van werkgever en werknemer ontbreken", step: step)
    }
    for (index, activiteit) in (activiteiten ?? []).enumerated() {
      require(
        activiteit.omschrijving, rules.activiteiten,
        "\(path).activiteiten[\(index)].omschrijving", "de omschrijving van de activiteit",
        step: step)
      require(
        activiteit.wie, rules.activiteiten, "\(path).activiteiten[\(index)].wie",
        "wie de activiteit uitvoert", step: step)
      require(
        activiteit.planning, rules.termijn, "\(path).activiteiten[\(index)].planning",
        "de planning van de activiteit", step: step)
    }
    require(
      einddoel?.omschrijving, rules.doel, path + ".einddoel.omschrijving", "het einddoel",
      step: step)
    require(
      einddoel?.termijn, rules.termijn, path + ".einddoel.termijn", "de termijn van het einddoel",
      step: step)
    if let datum, datum >= DossierCheck.visieRequiredFrom {
      require(
        visieWerkgever, rules.visie, path + ".visieWerkgever", "de visie van de werkgever",
        step: step)
      require(
        visieWerknemer, rules.visie, path + ".visieWerknemer", "de visie van de werknemer",
        step: step)
    }
    requireSignature(
      werkgever, step, path + ".ondertekeningWerkgever", party: "werkgever",
      rule: rules.ondertekening)
    requireSignature(
      werknemer, step, path + ".ondertekeningWerknemer", party: "werknemer",
      rule: rules.ondertekening)
  }

  mutating func checkEvaluaties() {
    for (index, bijstelling) in (dossier.bijstellingenProbleemanalyse ?? []).enumerated() {
      let path = "$.bijstellingenProbleemanalyse[\(index)]"
      requireOpsteller(
        bijstelling.opsteller, datum: bijstelling.datum, .s5, path,
        document: "de bijstelling van de probleemanalyse")
      require(bijstelling.reden, .bij01, path + ".reden", "de reden van de bijstelling")
      require(bijstelling.advies, .bij01, path + ".advies", "het bijgestelde advies")
    }
    for (index, bijstelling) in (dossier.bijstellingenPlanVanAanpak ?? []).enumerated() {
      let path = "$.bijstellingenPlanVanAanpak[\(index)]"
      requireOpsteller(
        bijstelling.opsteller, datum: bijstelling.datum, .s5, path,
        document: "de bijstelling van het plan van aanpak")
      require(bijstelling.reden, .bij03, path + ".reden", "de reden van de bijstelling")
      checkPlanContent(
        activiteiten: bijstelling.activiteiten, einddoel: bijstelling.einddoel,
        visieWerkgever: bijstelling.visieWerkgever,
        visieWerknemer: bijstelling.visieWerknemer, werkgever: bijstelling.ondertekeningWerkgever,
        werknemer: bijstelling.ondertekeningWerknemer, datum: bijstelling.datum, path: path,
        step: .s5, rules: .bijstelling)
    }
    for (index, evaluatie) in (dossier.evaluaties ?? []).enumerated() {
      let path = "$.evaluaties[\(index)]"
      requireOpsteller(
        evaluatie.opsteller, datum: evaluatie.datum, .s5, path, document: "de evaluatie")
      require(
        evaluatie.voortgang, .bij05, path + ".voortgang",
        "de voortgang ten opzichte van de afspraken")
      // The amended art. 4 lid 2 b: every evaluation "omvat de visie van de werkgever en de
      // werknemer" (COR-06). The text leaves no second reading, so a fout, as everywhere.
      requireVisie(
        datum: evaluatie.datum, werkgever: evaluatie.visieWerkgever,
        werknemer: evaluatie.visieWerknemer, .s5, path, werkgeverKey: "visieWerkgever",
        werknemerKey: "visieWerknemer")
    }
    // The six-week cadence is UWV guidance, not statute: a warning only. The gaps are the
    // timeline's (TL-07), counted in sick days (COR-02, COR-11).
    for gat in timeline.evaluatiecadans?.gaten ?? [] {
      add(
        .bij05, "$.evaluaties",
        "tussen \(gat.van.dutch) en \(gat.tot.dutch) liggen \(gat.ziektedagen) ziektedagen zonder evaluatie (UWV verwacht ten minste eens per zes weken; verlof telt niet mee)",
        severity: .waarschuwing)
    }
  }

  /// COR-07: a probleemanalyse without dreigend langdurig verzuim while the employee stays
  /// sick: the bedrijfsarts judges again "onverwijld" (Regeling procesgang art. 2 lid 3).
  mutating func checkHerbeoordeling() {
    guard let step = timeline.step(.cor07), let tijdvak else { return }
    let errorFrom = tijdvak.date(ofDay: (rules.herbeoordelingErrorWeek - 1) * 7 + 1)
    let weeks =
      "waarschuwing vanaf week \(rules.herbeoordelingWarningWeek), fout vanaf week \(rules.herbeoordelingErrorWeek)"
    switch step.state {
    case .overdue:
      let isError = errorFrom.map { peildatum >= $0 } ?? false
      add(
        .cor07, "$.bijstellingenProbleemanalyse",
        "de probleemanalyse zag geen dreigend langdurig verzuim, maar de werknemer is in week \(timeline.ziekteweek) nog ziek: een nieuw oordeel van de bedrijfsarts ontbreekt (\(weeks))",
        severity: isError ? .fout : .waarschuwing)
    case .done(let date, let late) where late > 0:
      let isError = errorFrom.map { date >= $0 } ?? false
      add(
        .cor07, "$.bijstellingenProbleemanalyse",
        "het nieuwe oordeel van de bedrijfsarts (\(date.dutch)) kwam \(TimelineStep.days(late)) na week \(rules.herbeoordelingWarningWeek - 1); het hoort er onverwijld te zijn (\(weeks))",
        severity: isError ? .fout : .waarschuwing)
    default: break
    }
  }

  mutating func checkMelding42() {
    let path = "$.melding42eWeek"
    guard let melding = dossier.melding42eWeek else {
      checkTerm(.tl09, as: .m42Termijn, path, document: "de 42e-weeksmelding aan UWV")
      return
    }
    require(melding.datum, .m42Termijn, path + ".datum", "de datum van de melding")
    checkTerm(.tl09, as: .m42Termijn, path + ".datum", document: "de 42e-weeksmelding")
    // M42-04/05: inferred from UWV's sibling forms, not seen on this one (⚠): warnings.
    require(
      dossier.werknemer.geboortedatum, .m42Item04, "$.werknemer.geboortedatum",
      "de geboortedatum van de werknemer")
    if dossier.arbodienst?.telefoon == nil && dossier.arbodienst?.email == nil {
      add(
        .m42Item05, "$.arbodienst",
        "contactgegevens (telefoon of e-mail) van de arbodienst ontbreken")
    }
    if let d1 = tijdvak?.eersteZiektedag {
      if let reported = melding.eersteZiektedag {
        if reported != d1 {
          add(
            .m42Item01, path + ".eersteZiektedag",
            "gemeld als eerste ziektedag \(reported.dutch), maar na samentelling is dat \(d1.dutch)"
          )
        }
      } else {
        add(.m42Item01, path + ".eersteZiektedag", "de eerste ziektedag in de melding ontbreekt")
      }
    }
  }

  mutating func checkEerstejaarsevaluatie() {
    let path = "$.eerstejaarsevaluatie"
    guard let eje = dossier.eerstejaarsevaluatie else {
      checkTerm(.tl11, as: .eje01, path, document: "de eerstejaarsevaluatie")
      return
    }
    requireOpsteller(
      eje.opsteller, datum: eje.datum, .s7, path, document: "de eerstejaarsevaluatie")
    checkTerm(
      .tl11, as: .eje01, path + ".datum", document: "de eerstejaarsevaluatie",
      lateSeverity: .waarschuwing)
    // COR-05: before week 46 it is no evaluation "aan het einde van het eerste ziektejaar";
    // the timeline keeps TL-11 open, so after day 364 the term above reports it missing.
    if let datum = eje.datum, let step = timeline.step(.tl11), !step.state.isNotApplicable,
      let from = tijdvak?.date(ofDay: (rules.eerstejaarsevaluatieFromWeek - 1) * 7 + 1),
      datum < from
    {
      add(
        .eje01, path + ".datum",
        "de eerstejaarsevaluatie van \(datum.dutch) is vóór week \(rules.eerstejaarsevaluatieFromWeek) (\(from.dutch)) en telt niet als evaluatie aan het einde van het eerste ziektejaar",
        severity: .waarschuwing)
    }
    require(eje.terugblik, .eje02, path + ".terugblik", "de terugblik op het eerste jaar")
    require(eje.opKoers, .eje03, path + ".opKoers", "het oordeel of de re-integratie op koers ligt")
    if eje.opKoers == false {
      require(
        eje.toelichtingKoers, .eje03, path + ".toelichtingKoers",
        "de toelichting waarom de re-integratie niet op koers ligt")
    }
    require(eje.spoor, .eje04, path + ".spoor", "de keuze voor spoor 1 of spoor 2")
    if eje.spoor == .spoor1, eje.opKoers == false {
      require(
        eje.motiveringSpoor, .eje04, path + ".motiveringSpoor",
        "de motivering om geen tweede spoor in te zetten terwijl de re-integratie niet op koers ligt"
      )
    }
    require(
      eje.bijgesteldDoel, .eje05, path + ".bijgesteldDoel",
      "het (bijgestelde) doel voor het tweede jaar")
    requireVisie(
      datum: eje.datum, werkgever: eje.visieWerkgever, werknemer: eje.visieWerknemer, .s7, path,
      werkgeverKey: "visieWerkgever", werknemerKey: "visieWerknemer")
    requireSignature(
      eje.ondertekeningWerkgever, .s7, path + ".ondertekeningWerkgever", party: "werkgever")
    requireSignature(
      eje.ondertekeningWerknemer, .s7, path + ".ondertekeningWerknemer", party: "werknemer")
  }
}

extension DossierCheck {
  /// EJE-07: since 1 July 2023 (Stcrt. 2023, 13931) the views of werkgever and werknemer in
  /// every evaluation (Regeling procesgang art. 4 lid 2 b), the eindevaluatie included (COR-06).
  mutating func requireVisie(
    datum: CalendarDate?, werkgever: String?, werknemer: String?, _ step: Stap, _ path: String,
    werkgeverKey: String, werknemerKey: String
  ) {
    guard let datum, datum >= DossierCheck.visieRequiredFrom else { return }
    require(
      werkgever, .eje07, path + "." + werkgeverKey, "de visie van de werkgever", step: step)
    require(
      werknemer, .eje07, path + "." + werknemerKey, "de visie van de werknemer", step: step)
  }
}
