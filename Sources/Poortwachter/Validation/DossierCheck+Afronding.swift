import Kalender

/// S8 to S13: the documents of the WIA-aanvraag, ziek uit dienst and voluntary extension.
extension DossierCheck {
  /// The date by which the full re-integratieverslag must exist, if the case needs one: the
  /// timeline's TL-17 (13 weeks before the end of the wachttijd, or the last working day when
  /// the employee leaves sick after ten weeks or more, CNT-15).
  var fullVerslagDue: CalendarDate? {
    guard let step = timeline.step(.tl17), !step.state.isNotApplicable else { return nil }
    return step.due
  }

  mutating func checkWIARoute() {
    let due = fullVerslagDue
    let isDue = due.map { peildatum > $0 } ?? false

    if let ao = dossier.actueelOordeel {
      let path = "$.actueelOordeel"
      requireOpsteller(ao.opsteller, datum: ao.datum, .s8, path, document: "het actueel oordeel")
      require(ao.verloop, .ao01, path + ".verloop", "het verloop van de ongeschiktheid")
      require(
        ao.beperkingenEnMogelijkheden, .ao02, path + ".beperkingenEnMogelijkheden",
        "de actuele beperkingen en mogelijkheden")
      require(
        ao.kwaliteitArbeidsrelatie, .ao03, path + ".kwaliteitArbeidsrelatie",
        "het oordeel van de bedrijfsarts over de kwaliteit van de arbeidsrelatie")
      require(
        ao.passendeArbeid, .ao04, path + ".passendeArbeid",
        "het oordeel van de bedrijfsarts over passende arbeid bij de werkgever")
    }
    // Missing when due: fout; drawn up after the term (practice, week 91): waarschuwing.
    checkTerm(
      .tl15, dossier.actueelOordeel == nil ? "$.actueelOordeel" : "$.actueelOordeel.datum",
      document: "het actueel oordeel van de bedrijfsarts", lateSeverity: .waarschuwing)

    if let ee = dossier.eindevaluatie {
      let path = "$.eindevaluatie"
      requireOpsteller(ee.opsteller, datum: ee.datum, .s9, path, document: "de eindevaluatie")
      require(
        ee.uitvoeringAfspraken, .ee01, path + ".uitvoeringAfspraken",
        "de evaluatie van de uitvoering van de afspraken")
      require(
        dossier.werkgever.aardVanHetBedrijf, .ee02, "$.werkgever.aardVanHetBedrijf",
        "de aard van het bedrijf")
      require(
        ee.kwaliteitArbeidsrelatie, .ee03, path + ".kwaliteitArbeidsrelatie",
        "het oordeel van de werkgever over de kwaliteit van de arbeidsrelatie")
      require(
        ee.passendeArbeid, .ee04, path + ".passendeArbeid",
        "het oordeel van de werkgever over passende arbeid")
      // COR-06: the eindevaluatie is the most recent evaluation (art. 6 lid 1 h) and carries
      // both views like every evaluation; here they are the oordeel over het verloop.
      requireVisie(
        datum: ee.datum, werkgever: ee.oordeelVerloopWerkgever,
        werknemer: ee.oordeelVerloopWerknemer, .s9, path,
        werkgeverKey: "oordeelVerloopWerkgever", werknemerKey: "oordeelVerloopWerknemer")
      if let ao = dossier.actueelOordeel {
        if let aoDate = ao.datum, let eeDate = ee.datum, aoDate > eeDate {
          add(
            .ee05, path + ".datum",
            "de eindevaluatie (\(eeDate.dutch)) gaat vooraf aan het actueel oordeel (\(aoDate.dutch)); zij moet erop berusten"
          )
        }
      } else {
        add(
          .ee05, "$.actueelOordeel",
          "de eindevaluatie berust op een actueel oordeel, maar dat ontbreekt")
      }
      requireSignature(
        ee.ondertekeningWerkgever, .s9, path + ".ondertekeningWerkgever", party: "werkgever")
      requireSignature(
        ee.ondertekeningWerknemer, .s9, path + ".ondertekeningWerknemer", party: "werknemer")
    }
    checkTerm(
      .tl16, dossier.eindevaluatie == nil ? "$.eindevaluatie" : "$.eindevaluatie.datum",
      document: "de eindevaluatie", lateSeverity: .waarschuwing)

    checkVerslagItems(isDue: isDue)
    checkAanvraag()
  }

  /// §5.8: items a to l of Regeling procesgang art. 6 lid 1, each where the set holds it.
  mutating func checkVerslagItems(isDue: Bool) {
    let riv = dossier.reintegratieverslag
    guard riv != nil || isDue else { return }
    let path = "$.reintegratieverslag"
    // Wet WIA art. 25 lid 3 is a statutory term: late or missing is a fout (§13).
    let severity: Finding.Severity? = rules.rivTermIsFout ? nil : .waarschuwing
    checkTerm(
      .tl17, riv == nil ? path : path + ".datum", document: "het re-integratieverslag",
      lateSeverity: severity, missingSeverity: severity)
    if let riv {
      requireOpsteller(
        riv.opsteller, datum: riv.datum, .s10, path, document: "het re-integratieverslag")
      require(
        riv.kopieAanWerknemer, .tl17, path + ".kopieAanWerknemer",
        "de datum waarop de werknemer een kopie kreeg", severity: .waarschuwing)
    }
    let w = dossier.werknemer
    let g = dossier.werkgever
    if w.naam == nil || w.bsn == nil || g.naam == nil || g.loonheffingennummer == nil
      || dossier.bedrijfsarts?.naam == nil || dossier.arbodienst?.naam == nil
    {
      add(
        .rivA, "$",
        "de administratieve gegevens van werknemer, werkgever en bedrijfsarts/arbodienst zijn niet compleet"
      )
    }
    require(
      g.aardVanHetBedrijf, .rivB, "$.werkgever.aardVanHetBedrijf",
      "de aard van het bedrijf")
    require(
      w.functie, .rivC, "$.werknemer.functie", "de functie van de werknemer")
    require(
      w.bekwaamheden, .rivD, "$.werknemer.bekwaamheden",
      "de bekwaamheden van de werknemer")
    require(
      dossier.probleemanalyse, .rivF, "$.probleemanalyse",
      "de probleemanalyse (oordeel en advies van de bedrijfsarts)")
    if dossier.probleemanalyse?.geenBenutbareMogelijkheden != true {
      require(
        dossier.planVanAanpak, .rivG, "$.planVanAanpak", "het plan van aanpak")
    }
    if let tijdvak, let week52 = tijdvak.date(ofDay: Dag.eerstejaars),
      week52 <= (timeline.eindeWerkgeversstappen ?? week52)
    {
      require(
        dossier.eerstejaarsevaluatie, .rivH, "$.eerstejaarsevaluatie",
        "de eerstejaarsevaluatie")
    }
    require(
      dossier.eindevaluatie, .rivH, "$.eindevaluatie",
      "de meest recente evaluatie (eindevaluatie)")
    require(
      dossier.actueelOordeel?.kwaliteitArbeidsrelatie, .rivI,
      "$.actueelOordeel.kwaliteitArbeidsrelatie",
      "het oordeel van de bedrijfsarts over de arbeidsrelatie")
    require(
      dossier.eindevaluatie?.kwaliteitArbeidsrelatie, .rivI,
      "$.eindevaluatie.kwaliteitArbeidsrelatie",
      "het oordeel van de werkgever over de arbeidsrelatie")
    require(
      dossier.actueelOordeel?.beperkingenEnMogelijkheden, .rivJ,
      "$.actueelOordeel.beperkingenEnMogelijkheden",
      "het actuele oordeel van de bedrijfsarts over beperkingen en mogelijkheden")
    require(
      dossier.actueelOordeel?.passendeArbeid, .rivK, "$.actueelOordeel.passendeArbeid",
      "het oordeel van de bedrijfsarts over passende arbeid")
    require(
      dossier.eindevaluatie?.passendeArbeid, .rivK, "$.eindevaluatie.passendeArbeid",
      "het oordeel van de werkgever over passende arbeid")
    require(
      dossier.oordeelWerknemer, .rivL, "$.oordeelWerknemer", "de mening van de werknemer")
    if let oordeel = dossier.oordeelWerknemer {
      requireSignature(
        oordeel.ondertekening, .s10, "$.oordeelWerknemer.ondertekening", party: "werknemer")
    }
  }

  mutating func checkAanvraag() {
    // The term is the timeline's: 11 weeks before the end, or four weeks after a late UWV
    // notice (Wet WIA art. 64 lid 6, COR-09); it lapses when the employee left before it.
    checkTerm(.tl18, "$.wiaAanvraag", document: "de WIA-aanvraag")
    if let aanvraag = dossier.wiaAanvraag?.datum, let ee = dossier.eindevaluatie?.datum,
      ee > aanvraag
    {
      add(
        .idDate, "$.wiaAanvraag.datum",
        "de eindevaluatie (\(ee.dutch)) is van na de WIA-aanvraag (\(aanvraag.dutch))", step: .s11)
    }
  }

  mutating func checkZiekUitDienst() {
    guard let exit = timeline.ziekUitDienst else { return }
    // COR-08: the aangifte to UWV is a step of its own, done only with its recorded date.
    checkTerm(
      .tl24,
      dossier.meldingZiekUitDienst == nil
        ? "$.meldingZiekUitDienst" : "$.meldingZiekUitDienst.datum",
      document: "de ziekmelding bij UWV bij einde dienstverband")
    let verkort = dossier.verkortReintegratieverslag
    let path = "$.verkortReintegratieverslag"
    if exit.needsVerkortVerslag(dossier), dossier.reintegratieverslag == nil {
      checkTerm(
        .cnt15, as: .vriv06, verkort == nil ? path : path + ".datum",
        document: "het verkorte re-integratieverslag (ziek uit dienst na \(exit.dagen) dagen)")
      guard let verkort else { return }
      requireOpsteller(
        verkort.opsteller, datum: verkort.datum, .s12, path,
        document: "het verkorte re-integratieverslag")
      require(verkort.standVanZaken, .vriv02, path + ".standVanZaken", "de stand van zaken")
      require(
        dossier.werkgever.aardVanHetBedrijf, .vriv02, "$.werkgever.aardVanHetBedrijf",
        "de aard van het bedrijf")
      require(
        dossier.werknemer.functie, .vriv02, "$.werknemer.functie", "de functie van de werknemer")
      require(dossier.oordeelWerknemer, .vriv04, "$.oordeelWerknemer", "de mening van de werknemer")
      require(
        verkort.kopieAanWerknemer, .vriv06, path + ".kopieAanWerknemer",
        "de datum waarop de werknemer een kopie kreeg")
      requireSignature(
        verkort.ondertekeningWerkgever, .s12, path + ".ondertekeningWerkgever", party: "werkgever")
    } else if verkort != nil, exit.needsFullVerslag(dossier) {
      add(
        .vriv01, path,
        "een verkort re-integratieverslag mag alleen bij minder dan 10 weken tussen eerste ziektedag en einde dienstverband of zonder dreigend langdurig verzuim; hier \(exit.dagen) dagen: een volledig verslag is nodig"
      )
    }
  }

  /// TL-20: a loonsanctie extends wage payment by at most 52 weeks (Wet WIA art. 25 lid 9);
  /// decided after the wachttijd it extends nothing (lid 11, COR-10).
  mutating func checkLoonsanctie() {
    guard let sanctie = dossier.loonsanctie else { return }
    if let weeks = sanctie.weken, !(1...52).contains(weeks) {
      add(
        .tl20, "$.loonsanctie.weken", "een loonsanctie duurt 1 tot en met 52 weken, niet \(weeks)")
    }
    if let loon = timeline.loondoorbetaling, loon.loonsanctie?.zonderGevolg == true,
      let datum = sanctie.beschikkingsdatum
    {
      add(
        .tl20, "$.loonsanctie.beschikkingsdatum",
        "de loonsanctie is beschikt op \(datum.dutch), na het einde van de wachttijd (\(loon.eindeWachttijd.adding(days: loon.vertraging).dutch)): zij kan de loondoorbetaling niet meer verlengen; controleer de beschikking",
        severity: .waarschuwing)
    }
  }

  mutating func checkVerlenging() {
    guard let verlenging = dossier.verlengingLoondoorbetaling else { return }
    let path = "$.verlengingLoondoorbetaling"
    require(verlenging.aanvraagdatum, .tl23, path + ".aanvraagdatum", "de datum van de aanvraag")
    require(verlenging.nieuweEinddatum, .tl23, path + ".nieuweEinddatum", "de nieuwe einddatum")
    if let aanvraag = verlenging.aanvraagdatum, let nieuw = verlenging.nieuweEinddatum,
      nieuw.days(since: aanvraag) < 91
    {
      add(
        .tl23, path + ".nieuweEinddatum",
        "de nieuwe einddatum moet ten minste 13 weken na de aanvraag liggen (\(aanvraag.adding(days: 91).dutch))"
      )
    }
    if dossier.werknemer.vangnet == true {
      add(
        .tl23, path,
        "verlenging van de loondoorbetaling is niet mogelijk wanneer de werknemer ziekengeld ontvangt (vangnet)"
      )
    }
    requireSignature(
      verlenging.ondertekeningWerkgever, .s13, path + ".ondertekeningWerkgever", party: "werkgever",
      rule: .tl23)
    requireSignature(
      verlenging.ondertekeningWerknemer, .s13, path + ".ondertekeningWerknemer", party: "werknemer",
      rule: .tl23)
  }
}
