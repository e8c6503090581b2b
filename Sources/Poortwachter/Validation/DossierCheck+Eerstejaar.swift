import Kalender

/// S3 to S7: probleemanalyse, plan van aanpak, evaluations, 42e-weeksmelding, eerstejaarsevaluatie.
extension DossierCheck {
  mutating func checkProbleemanalyse() {
    guard let tijdvak else { return }
    let path = "$.probleemanalyse"
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
      // The amended art. 4 lid 2 b asks for both views at every evaluation; UWV's own forms
      // only show it on the plan and the eerstejaarsevaluatie, so here it is a warning.
      if let datum = evaluatie.datum, datum >= DossierCheck.visieRequiredFrom {
        require(
          evaluatie.visieWerkgever, .eje07, path + ".visieWerkgever", "de visie van de werkgever",
          step: .s5, severity: .waarschuwing)
        require(
          evaluatie.visieWerknemer, .eje07, path + ".visieWerknemer", "de visie van de werknemer",
          step: .s5, severity: .waarschuwing)
      }
    }
    guard let planDate = dossier.planVanAanpak?.datum, tijdvak != nil else { return }
    // The six-week cadence is UWV guidance, not statute: a warning only.
    var moments =
      ([planDate] + (dossier.evaluaties ?? []).compactMap(\.datum)
      + (dossier.bijstellingenPlanVanAanpak ?? []).compactMap(\.datum)
      + [dossier.eerstejaarsevaluatie?.datum, dossier.eindevaluatie?.datum].compactMap { $0 })
      .filter { $0 <= peildatum }.sorted()
    let end = min(peildatum, timeline.eindeWerkgeversstappen ?? peildatum)
    if end > (moments.last ?? planDate) { moments.append(end) }
    for (from, to) in zip(moments, moments.dropFirst())
    where to.days(since: from) > rules.evaluatieIntervalDays {
      add(
        .bij05, "$.evaluaties",
        "tussen \(from.dutch) en \(to.dutch) ligt \(to.days(since: from)) dagen zonder evaluatie (UWV verwacht ten minste eens per zes weken)",
        severity: .waarschuwing)
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
    if let datum = eje.datum, datum >= DossierCheck.visieRequiredFrom {
      require(eje.visieWerkgever, .eje07, path + ".visieWerkgever", "de visie van de werkgever")
      require(eje.visieWerknemer, .eje07, path + ".visieWerknemer", "de visie van de werknemer")
    }
    requireSignature(
      eje.ondertekeningWerkgever, .s7, path + ".ondertekeningWerkgever", party: "werkgever")
    requireSignature(
      eje.ondertekeningWerknemer, .s7, path + ".ondertekeningWerknemer", party: "werknemer")
  }
}
