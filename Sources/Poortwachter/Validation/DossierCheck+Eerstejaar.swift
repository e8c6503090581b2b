import Kalender

/// S3 to S7: probleemanalyse, plan van aanpak, evaluations, 42e-weeksmelding, eerstejaarsevaluatie.
extension DossierCheck {
  mutating func checkProbleemanalyse() {
    guard let tijdvak else { return }
    let path = "$.probleemanalyse"
    checkHerbeoordeling()
    guard let pa = dossier.probleemanalyse else {
      if timeline.step("TL-04").map({ if case .notApplicable = $0.state { true } else { false } })
        == true
      {
        return
      }
      if let error = tijdvak.date(ofDay: rules.probleemanalyseErrorDay), peildatum > error {
        add(
          "TL-04", .fout, .s3, path,
          "de probleemanalyse ontbreekt; uiterlijk in week 6 (dag \(rules.probleemanalyseWarningDay), \(tijdvak.date(ofDay: rules.probleemanalyseWarningDay)?.dutch ?? ""))",
          Bron.regeling("2 lid 2–3"))
      } else if let warning = tijdvak.date(ofDay: rules.probleemanalyseWarningDay),
        peildatum > warning
      {
        add(
          "TL-04", .waarschuwing, .s3, path,
          "de probleemanalyse ontbreekt; de termijn van zes weken verliep op \(warning.dutch) (CNT-01)",
          Bron.regeling("2 lid 2–3"))
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
        "TL-04", severity, .s3, path + ".datum",
        "de probleemanalyse is opgesteld op \(datum.dutch), na week 6 (uiterlijk \(warning.dutch))"
          + (motivated ? "; de motivering van de afwijking is vastgelegd" : ""),
        motivated ? Bron.regeling("5") : Bron.regeling("2 lid 2–3"))
    }
    require(
      pa.dreigendLangdurigVerzuim, "PA-01", .s3, path + ".dreigendLangdurigVerzuim",
      "het oordeel of er dreigend langdurig verzuim is", Bron.regeling("2 lid 2–3"))
    guard pa.dreigendLangdurigVerzuim != false else { return }
    require(
      pa.feitenEnBeoordeling, "PA-02", .s3, path + ".feitenEnBeoordeling",
      "de beschrijving en beoordeling van de feiten", "Toelichting bij de " + Bron.regeling)
    require(
      pa.beperkingenEnMogelijkheden, "PA-03", .s3, path + ".beperkingenEnMogelijkheden",
      "de beperkingen en mogelijkheden", Bron.beoordelingskader)
    require(
      pa.prognose, "PA-04", .s3, path + ".prognose",
      "de prognose (verwachte duur en kans op terugkeer)", Bron.beoordelingskader)
    require(
      pa.nietMedischeFactoren, "PA-05", .s3, path + ".nietMedischeFactoren",
      "de niet-medische factoren (persoonlijk, privé, werk)", Bron.beoordelingskader)
    if pa.geenBenutbareMogelijkheden == true {
      require(
        pa.motiveringGeenMogelijkheden, "PA-07", .s3, path + ".motiveringGeenMogelijkheden",
        "de motivering dat er geen benutbare mogelijkheden zijn", Bron.vorm("2 lid 6"))
    } else {
      require(
        pa.advies, "PA-06", .s3, path + ".advies",
        "het advies over benutten en vergroten van de mogelijkheden",
        Bron.beoordelingskader + "; " + Bron.regeling("7a"))
    }
    require(
      dossier.werknemer.functie, "PA-08", .s3, "$.werknemer.functie", "de functie van de werknemer",
      Bron.vorm("2 lid 4") + "; " + Bron.regeling("6 lid 1 c"))
    require(
      dossier.bedrijfsarts?.naam, "PA-08", .s3, "$.bedrijfsarts.naam",
      "de naam van de bedrijfsarts", Bron.vorm("2 lid 4"))
    require(
      dossier.arbodienst?.naam, "PA-08", .s3, "$.arbodienst.naam", "de naam van de arbodienst",
      Bron.vorm("2 lid 4"))
    require(
      dossier.werknemer.bekwaamheden, "PA-08", .s3, "$.werknemer.bekwaamheden",
      "de bekwaamheden van de werknemer", Bron.regeling("6 lid 1 d"), severity: .waarschuwing)
  }

  mutating func checkPlanVanAanpak() {
    let path = "$.planVanAanpak"
    guard let plan = dossier.planVanAanpak else {
      checkTerm(
        "TL-05", code: "PVA-06", .s4, path, document: "het plan van aanpak",
        source: Bron.regeling("4 lid 1"))
      return
    }
    requireOpsteller(plan.opsteller, datum: plan.datum, .s4, path, document: "het plan van aanpak")
    checkTerm(
      "TL-05", code: "PVA-06", .s4, path + ".datum", document: "het plan van aanpak",
      source: Bron.regeling("4 lid 1"), motivatie: plan.motivatieAfwijking)
    checkPlanContent(
      activiteiten: plan.activiteiten, einddoel: plan.einddoel, visieWerkgever: plan.visieWerkgever,
      visieWerknemer: plan.visieWerknemer,
      werkgever: plan.ondertekeningWerkgever, werknemer: plan.ondertekeningWerknemer,
      datum: plan.datum, path: path, step: .s4, prefix: "PVA")
    for (index, doel) in (plan.tussendoelen ?? []).enumerated() {
      require(
        doel.termijn, "PVA-03", .s4, "\(path).tussendoelen[\(index)].termijn",
        "de termijn van dit tussendoel", Bron.regeling("4 lid 2 a"))
    }
    if plan.evaluatiemomenten?.isEmpty != false {
      add(
        "PVA-04", .fout, .s4, path + ".evaluatiemomenten",
        "de afgesproken evaluatiemomenten ontbreken", Bron.regeling("4 lid 2 b"))
    }
    require(
      plan.casemanager, "PVA-05", .s4, path + ".casemanager",
      "de casemanager die de activiteiten begeleidt", Bron.regeling("4 lid 2 c"))
    if let pa = dossier.probleemanalyse {
      if let paDate = pa.datum, plan.datumProbleemanalyse != paDate {
        add(
          "PVA-06", .fout, .s4, path + ".datumProbleemanalyse",
          "het plan moet verwijzen naar de probleemanalyse van \(paDate.dutch)",
          Bron.regeling("4 lid 1"))
      }
      if let paDate = pa.datum, let planDate = plan.datum, planDate < paDate {
        add(
          "ID-DATE", .fout, .s4, path + ".datum",
          "het plan van aanpak (\(planDate.dutch)) is ouder dan de probleemanalyse (\(paDate.dutch))",
          Bron.identificatie)
      }
    } else {
      add(
        "PVA-06", .fout, .s4, "$.probleemanalyse",
        "er is een plan van aanpak maar geen probleemanalyse waarop het berust",
        Bron.regeling("4 lid 1"))
    }
    let sent = Set((plan.verzondenAan ?? []).map { $0.lowercased() })
    for party in ["werknemer", "casemanager", "bedrijfsarts"] where !sent.contains(party) {
      add(
        "PVA-08", .waarschuwing, .s4, path + ".verzondenAan",
        "een kopie aan de \(party) is niet vastgelegd", Bron.regeling("4 lid 3"))
    }
    require(
      dossier.werknemer.adres?.postcode, "PVA-09", .s4, "$.werknemer.adres",
      "het adres van de werknemer", "UWV, formulier plan van aanpak")
  }

  /// PVA-01…PVA-03, PVA-07 and PVA-11: the content a plan and each bijstelling share (BIJ-03).
  mutating func checkPlanContent(
    activiteiten: [Activiteit]?, einddoel: Doel?, visieWerkgever: String?, visieWerknemer: String?,
    werkgever: Ondertekening?, werknemer: Ondertekening?, datum: CalendarDate?, path: String,
    step: Stap, prefix: String
  ) {
    let code = { (id: String) in prefix == "PVA" ? "PVA-\(id)" : "BIJ-03" }
    if activiteiten?.isEmpty != false {
      add(
        code("01"), .fout, step, path + ".activiteiten",
        "de activiteiten van werkgever en werknemer ontbreken", Bron.regeling("4 lid 2 a"))
    }
    for (index, activiteit) in (activiteiten ?? []).enumerated() {
      require(
        activiteit.omschrijving, code("01"), step, "\(path).activiteiten[\(index)].omschrijving",
        "de omschrijving van de activiteit", Bron.regeling("4 lid 2 a"))
      require(
        activiteit.wie, code("01"), step, "\(path).activiteiten[\(index)].wie",
        "wie de activiteit uitvoert", Bron.regeling("4 lid 2 a"))
      require(
        activiteit.planning, code("03"), step, "\(path).activiteiten[\(index)].planning",
        "de planning van de activiteit", Bron.regeling("4 lid 2 a"))
    }
    require(
      einddoel?.omschrijving, code("02"), step, path + ".einddoel.omschrijving", "het einddoel",
      Bron.regeling("4 lid 2 a"))
    require(
      einddoel?.termijn, code("03"), step, path + ".einddoel.termijn",
      "de termijn van het einddoel", Bron.regeling("4 lid 2 a"))
    if let datum, datum >= DossierCheck.visieRequiredFrom {
      require(
        visieWerkgever, code("11"), step, path + ".visieWerkgever", "de visie van de werkgever",
        "Regeling procesgang art. 4 lid 2 a (Stcrt. 2023, 13931)")
      require(
        visieWerknemer, code("11"), step, path + ".visieWerknemer", "de visie van de werknemer",
        "Regeling procesgang art. 4 lid 2 a (Stcrt. 2023, 13931)")
    }
    requireSignature(
      werkgever, step, path + ".ondertekeningWerkgever", party: "werkgever", code: code("07"),
      source: Bron.regeling("4 lid 1") + "; BW 7:658a lid 3")
    requireSignature(
      werknemer, step, path + ".ondertekeningWerknemer", party: "werknemer", code: code("07"),
      source: Bron.regeling("4 lid 1") + "; BW 7:658a lid 3")
  }

  mutating func checkEvaluaties() {
    for (index, bijstelling) in (dossier.bijstellingenProbleemanalyse ?? []).enumerated() {
      let path = "$.bijstellingenProbleemanalyse[\(index)]"
      requireOpsteller(
        bijstelling.opsteller, datum: bijstelling.datum, .s5, path,
        document: "de bijstelling van de probleemanalyse")
      require(
        bijstelling.reden, "BIJ-01", .s5, path + ".reden", "de reden van de bijstelling",
        Bron.regeling("4 lid 4"))
      require(
        bijstelling.advies, "BIJ-01", .s5, path + ".advies", "het bijgestelde advies",
        Bron.regeling("4 lid 4"))
    }
    for (index, bijstelling) in (dossier.bijstellingenPlanVanAanpak ?? []).enumerated() {
      let path = "$.bijstellingenPlanVanAanpak[\(index)]"
      requireOpsteller(
        bijstelling.opsteller, datum: bijstelling.datum, .s5, path,
        document: "de bijstelling van het plan van aanpak")
      require(
        bijstelling.reden, "BIJ-03", .s5, path + ".reden", "de reden van de bijstelling",
        Bron.regeling("4 lid 5"))
      checkPlanContent(
        activiteiten: bijstelling.activiteiten, einddoel: bijstelling.einddoel,
        visieWerkgever: bijstelling.visieWerkgever,
        visieWerknemer: bijstelling.visieWerknemer, werkgever: bijstelling.ondertekeningWerkgever,
        werknemer: bijstelling.ondertekeningWerknemer, datum: bijstelling.datum, path: path,
        step: .s5, prefix: "BIJ")
    }
    for (index, evaluatie) in (dossier.evaluaties ?? []).enumerated() {
      let path = "$.evaluaties[\(index)]"
      requireOpsteller(
        evaluatie.opsteller, datum: evaluatie.datum, .s5, path, document: "de evaluatie")
      require(
        evaluatie.voortgang, "BIJ-05", .s5, path + ".voortgang",
        "de voortgang ten opzichte van de afspraken", Bron.regeling("3, art. 4 lid 2 b"))
      // The amended art. 4 lid 2 b asks for both views at every evaluation; UWV's own forms
      // only show it on the plan and the eerstejaarsevaluatie, so here it is a warning.
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
        "BIJ-05", .waarschuwing, .s5, "$.evaluaties",
        "tussen \(gat.van.dutch) en \(gat.tot.dutch) liggen \(gat.ziektedagen) ziektedagen zonder evaluatie (UWV verwacht ten minste eens per zes weken; verlof telt niet mee)",
        Bron.regeling("4 lid 2 b") + "; UWV")
    }
  }

  /// COR-07: a probleemanalyse without dreigend langdurig verzuim while the employee stays
  /// sick: the bedrijfsarts judges again "onverwijld" (Regeling procesgang art. 2 lid 3).
  mutating func checkHerbeoordeling() {
    guard let step = timeline.step("COR-07"), let tijdvak else { return }
    let errorFrom = tijdvak.date(ofDay: (rules.herbeoordelingErrorWeek - 1) * 7 + 1)
    let source = Bron.regeling("2 lid 3") + "; " + Bron.regeling("4 lid 1")
    switch step.state {
    case .overdue:
      let isError = errorFrom.map { peildatum >= $0 } ?? false
      add(
        "COR-07", isError ? .fout : .waarschuwing, .s3, "$.bijstellingenProbleemanalyse",
        "de probleemanalyse zag geen dreigend langdurig verzuim, maar de werknemer is in week \(timeline.ziekteweek) nog ziek: een nieuw oordeel van de bedrijfsarts ontbreekt (waarschuwing vanaf week \(rules.herbeoordelingWarningWeek), fout vanaf week \(rules.herbeoordelingErrorWeek))",
        source)
    case .done(let date, let late) where late > 0:
      let isError = errorFrom.map { date >= $0 } ?? false
      add(
        "COR-07", isError ? .fout : .waarschuwing, .s3, "$.bijstellingenProbleemanalyse",
        "het nieuwe oordeel van de bedrijfsarts (\(date.dutch)) kwam \(TimelineStep.days(late)) na week \(rules.herbeoordelingWarningWeek - 1); het hoort er onverwijld te zijn",
        source)
    default: break
    }
  }

  mutating func checkMelding42() {
    let path = "$.melding42eWeek"
    guard let melding = dossier.melding42eWeek else {
      checkTerm(
        "TL-09", code: "M42-R1", .s6, path, document: "de 42e-weeksmelding aan UWV",
        source: "ZW art. 38 lid 1, lid 3")
      return
    }
    require(
      melding.datum, "M42-R1", .s6, path + ".datum", "de datum van de melding", "ZW art. 38 lid 1")
    checkTerm(
      "TL-09", code: "M42-R1", .s6, path + ".datum", document: "de 42e-weeksmelding",
      source: "ZW art. 38 lid 1, lid 3")
    // M42-04/05: inferred from UWV's sibling forms, not seen on this one (⚠): warnings.
    require(
      dossier.werknemer.geboortedatum, "M42-04", .s6, "$.werknemer.geboortedatum",
      "de geboortedatum van de werknemer", "UWV-formulieren (afgeleid)", severity: .waarschuwing)
    if dossier.arbodienst?.telefoon == nil && dossier.arbodienst?.email == nil {
      add(
        "M42-05", .waarschuwing, .s6, "$.arbodienst",
        "contactgegevens (telefoon of e-mail) van de arbodienst ontbreken",
        "UWV-formulieren (afgeleid)")
    }
    if let d1 = tijdvak?.eersteZiektedag {
      if let reported = melding.eersteZiektedag {
        if reported != d1 {
          add(
            "M42-01", .fout, .s6, path + ".eersteZiektedag",
            "gemeld als eerste ziektedag \(reported.dutch), maar na samentelling is dat \(d1.dutch)",
            "ZW art. 38 lid 1, lid 3")
        }
      } else {
        add(
          "M42-01", .fout, .s6, path + ".eersteZiektedag",
          "de eerste ziektedag in de melding ontbreekt", "ZW art. 38 lid 1")
      }
    }
  }

  mutating func checkEerstejaarsevaluatie() {
    let path = "$.eerstejaarsevaluatie"
    guard let eje = dossier.eerstejaarsevaluatie else {
      checkTerm(
        "TL-11", code: "EJE-01", .s7, path, document: "de eerstejaarsevaluatie",
        source: Bron.regeling("4 lid 2 b, art. 6 lid 1 h"))
      return
    }
    requireOpsteller(
      eje.opsteller, datum: eje.datum, .s7, path, document: "de eerstejaarsevaluatie")
    checkTerm(
      "TL-11", code: "EJE-01", .s7, path + ".datum", document: "de eerstejaarsevaluatie",
      source: Bron.regeling("4 lid 2 b, art. 6 lid 1 h"), lateSeverity: .waarschuwing)
    // COR-05: before week 46 it is no evaluation "aan het einde van het eerste ziektejaar";
    // the timeline keeps TL-11 open, so after day 364 the term above reports it missing.
    if let datum = eje.datum, let step = timeline.step("TL-11"), !step.state.isNotApplicable,
      let from = tijdvak?.date(ofDay: (rules.eerstejaarsevaluatieFromWeek - 1) * 7 + 1),
      datum < from
    {
      add(
        "EJE-01", .waarschuwing, .s7, path + ".datum",
        "de eerstejaarsevaluatie van \(datum.dutch) is vóór week \(rules.eerstejaarsevaluatieFromWeek) (\(from.dutch)) en telt niet als evaluatie aan het einde van het eerste ziektejaar",
        Bron.regeling("4 lid 2 b, art. 6 lid 1 h") + "; " + Bron.beoordelingskader)
    }
    require(
      eje.terugblik, "EJE-02", .s7, path + ".terugblik", "de terugblik op het eerste jaar",
      Bron.beoordelingskader)
    require(
      eje.opKoers, "EJE-03", .s7, path + ".opKoers",
      "het oordeel of de re-integratie op koers ligt", Bron.beoordelingskader)
    if eje.opKoers == false {
      require(
        eje.toelichtingKoers, "EJE-03", .s7, path + ".toelichtingKoers",
        "de toelichting waarom de re-integratie niet op koers ligt", Bron.beoordelingskader)
    }
    require(
      eje.spoor, "EJE-04", .s7, path + ".spoor", "de keuze voor spoor 1 of spoor 2",
      Bron.beoordelingskader + "; BW 7:658a lid 1")
    if eje.spoor == .spoor1, eje.opKoers == false {
      require(
        eje.motiveringSpoor, "EJE-04", .s7, path + ".motiveringSpoor",
        "de motivering om geen tweede spoor in te zetten terwijl de re-integratie niet op koers ligt",
        Bron.beoordelingskader)
    }
    require(
      eje.bijgesteldDoel, "EJE-05", .s7, path + ".bijgesteldDoel",
      "het (bijgestelde) doel voor het tweede jaar", Bron.regeling("4 lid 5"))
    requireVisie(
      datum: eje.datum, werkgever: eje.visieWerkgever, werknemer: eje.visieWerknemer, .s7, path,
      werkgeverKey: "visieWerkgever", werknemerKey: "visieWerknemer")
    requireSignature(
      eje.ondertekeningWerkgever, .s7, path + ".ondertekeningWerkgever", party: "werkgever",
      code: "DOC-ALL-03", source: Bron.uwvFormulieren)
    requireSignature(
      eje.ondertekeningWerknemer, .s7, path + ".ondertekeningWerknemer", party: "werknemer",
      code: "DOC-ALL-03", source: Bron.uwvFormulieren)
  }
}

extension DossierCheck {
  /// PVA-11 / EJE-07: since 1 July 2023 (Stcrt. 2023, 13931) the views of werkgever and
  /// werknemer in every evaluation (Regeling procesgang art. 4 lid 2 b).
  mutating func requireVisie(
    datum: CalendarDate?, werkgever: String?, werknemer: String?, _ step: Stap, _ path: String,
    werkgeverKey: String, werknemerKey: String
  ) {
    guard let datum, datum >= DossierCheck.visieRequiredFrom else { return }
    let source = "Regeling procesgang art. 4 lid 2 b (Stcrt. 2023, 13931)"
    require(
      werkgever, "EJE-07", step, path + "." + werkgeverKey, "de visie van de werkgever", source)
    require(
      werknemer, "EJE-07", step, path + "." + werknemerKey, "de visie van de werknemer", source)
  }
}
