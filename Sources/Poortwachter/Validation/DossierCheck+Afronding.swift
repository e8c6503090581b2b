import Kalender

/// S8 to S13: the documents of the WIA-aanvraag, ziek uit dienst and voluntary extension.
extension DossierCheck {
  /// The date by which the full re-integratieverslag must exist, if the case needs one: the
  /// timeline's TL-17 (13 weeks before the end of the wachttijd, or the last working day when
  /// the employee leaves sick after ten weeks or more, CNT-15).
  var fullVerslagDue: CalendarDate? {
    guard let step = timeline.step("TL-17"), !step.state.isNotApplicable else { return nil }
    return step.due
  }

  mutating func checkWIARoute() {
    let due = fullVerslagDue
    let isDue = due.map { peildatum > $0 } ?? false

    if let ao = dossier.actueelOordeel {
      let path = "$.actueelOordeel"
      requireOpsteller(ao.opsteller, datum: ao.datum, .s8, path, document: "het actueel oordeel")
      require(
        ao.verloop, "AO-01", .s8, path + ".verloop", "het verloop van de ongeschiktheid",
        Bron.regeling("6 lid 1 j"))
      require(
        ao.beperkingenEnMogelijkheden, "AO-02", .s8, path + ".beperkingenEnMogelijkheden",
        "de actuele beperkingen en mogelijkheden", Bron.regeling("6 lid 1 j, art. 7"))
      require(
        ao.kwaliteitArbeidsrelatie, "AO-03", .s8, path + ".kwaliteitArbeidsrelatie",
        "het oordeel van de bedrijfsarts over de kwaliteit van de arbeidsrelatie",
        Bron.regeling("6 lid 1 i") + "; " + Bron.vorm("2 lid 9"))
      require(
        ao.passendeArbeid, "AO-04", .s8, path + ".passendeArbeid",
        "het oordeel van de bedrijfsarts over passende arbeid bij de werkgever",
        Bron.regeling("6 lid 1 k") + "; " + Bron.vorm("2 lid 9"))
    }
    // Missing when due: fout; drawn up after the term (practice, week 91): waarschuwing.
    checkTerm(
      "TL-15", code: "TL-15", .s8,
      dossier.actueelOordeel == nil ? "$.actueelOordeel" : "$.actueelOordeel.datum",
      document: "het actueel oordeel van de bedrijfsarts", source: Bron.regeling("6 lid 1 i–k"),
      lateSeverity: .waarschuwing)

    if let ee = dossier.eindevaluatie {
      let path = "$.eindevaluatie"
      requireOpsteller(ee.opsteller, datum: ee.datum, .s9, path, document: "de eindevaluatie")
      require(
        ee.uitvoeringAfspraken, "EE-01", .s9, path + ".uitvoeringAfspraken",
        "de evaluatie van de uitvoering van de afspraken", Bron.regeling("6 lid 1 h"))
      require(
        dossier.werkgever.aardVanHetBedrijf, "EE-02", .s9, "$.werkgever.aardVanHetBedrijf",
        "de aard van het bedrijf", Bron.regeling("6 lid 1 b") + "; " + Bron.vorm("2 lid 5"))
      require(
        ee.kwaliteitArbeidsrelatie, "EE-03", .s9, path + ".kwaliteitArbeidsrelatie",
        "het oordeel van de werkgever over de kwaliteit van de arbeidsrelatie",
        Bron.regeling("6 lid 1 i") + "; " + Bron.vorm("2 lid 10"))
      require(
        ee.passendeArbeid, "EE-04", .s9, path + ".passendeArbeid",
        "het oordeel van de werkgever over passende arbeid",
        Bron.regeling("6 lid 1 k") + "; " + Bron.vorm("2 lid 10"))
      // COR-06: the eindevaluatie is the most recent evaluation (art. 6 lid 1 h) and carries
      // both views like every evaluation; here they are the oordeel over het verloop.
      requireVisie(
        datum: ee.datum, werkgever: ee.oordeelVerloopWerkgever,
        werknemer: ee.oordeelVerloopWerknemer, .s9, path,
        werkgeverKey: "oordeelVerloopWerkgever", werknemerKey: "oordeelVerloopWerknemer")
      if let ao = dossier.actueelOordeel {
        if let aoDate = ao.datum, let eeDate = ee.datum, aoDate > eeDate {
          add(
            "EE-05", .fout, .s9, path + ".datum",
            "de eindevaluatie (\(eeDate.dutch)) gaat vooraf aan het actueel oordeel (\(aoDate.dutch)); zij moet erop berusten",
            "UWV; " + Bron.identificatie)
        }
      } else {
        add(
          "EE-05", .fout, .s9, "$.actueelOordeel",
          "de eindevaluatie berust op een actueel oordeel, maar dat ontbreekt",
          "UWV, Werkwijzer Poortwachter")
      }
      requireSignature(
        ee.ondertekeningWerkgever, .s9, path + ".ondertekeningWerkgever", party: "werkgever",
        code: "DOC-ALL-03", source: Bron.uwvFormulieren)
      requireSignature(
        ee.ondertekeningWerknemer, .s9, path + ".ondertekeningWerknemer", party: "werknemer",
        code: "DOC-ALL-03", source: Bron.uwvFormulieren)
    }
    checkTerm(
      "TL-16", code: "TL-16", .s9,
      dossier.eindevaluatie == nil ? "$.eindevaluatie" : "$.eindevaluatie.datum",
      document: "de eindevaluatie", source: Bron.regeling("6 lid 1 h"),
      lateSeverity: .waarschuwing)

    checkVerslagItems(isDue: isDue)
    checkAanvraag()
  }

  /// §5.8: items a to l of Regeling procesgang art. 6 lid 1, each where the set holds it.
  mutating func checkVerslagItems(isDue: Bool) {
    let riv = dossier.reintegratieverslag
    guard riv != nil || isDue else { return }
    let path = "$.reintegratieverslag"
    // Wet WIA art. 25 lid 3 is a statutory term: late or missing is a fout (§13).
    checkTerm(
      "TL-17", code: "TL-17", .s10, riv == nil ? path : path + ".datum",
      document: "het re-integratieverslag", source: "Wet WIA art. 25 lid 3; ZW art. 38 lid 2")
    if let riv {
      requireOpsteller(
        riv.opsteller, datum: riv.datum, .s10, path, document: "het re-integratieverslag")
      require(
        riv.kopieAanWerknemer, "TL-17", .s10, path + ".kopieAanWerknemer",
        "de datum waarop de werknemer een kopie kreeg", "Wet WIA art. 25 lid 3",
        severity: .waarschuwing)
    }
    let w = dossier.werknemer
    let g = dossier.werkgever
    let item = { (letter: String) in "RIV-\(letter)" }
    let bron = { (letter: String) in Bron.regeling("6 lid 1 \(letter)") }
    if w.naam == nil || w.bsn == nil || g.naam == nil || g.loonheffingennummer == nil
      || dossier.bedrijfsarts?.naam == nil || dossier.arbodienst?.naam == nil
    {
      add(
        item("a"), .fout, .s10, "$",
        "de administratieve gegevens van werknemer, werkgever en bedrijfsarts/arbodienst zijn niet compleet",
        bron("a"))
    }
    require(
      g.aardVanHetBedrijf, item("b"), .s10, "$.werkgever.aardVanHetBedrijf",
      "de aard van het bedrijf", bron("b"))
    require(
      w.functie, item("c"), .s10, "$.werknemer.functie", "de functie van de werknemer", bron("c"))
    require(
      w.bekwaamheden, item("d"), .s10, "$.werknemer.bekwaamheden",
      "de bekwaamheden van de werknemer", bron("d"))
    require(
      dossier.probleemanalyse, item("f"), .s10, "$.probleemanalyse",
      "de probleemanalyse (oordeel en advies van de bedrijfsarts)", bron("f"))
    if dossier.probleemanalyse?.geenBenutbareMogelijkheden != true {
      require(
        dossier.planVanAanpak, item("g"), .s10, "$.planVanAanpak", "het plan van aanpak", bron("g"))
    }
    if let tijdvak, let week52 = tijdvak.date(ofDay: Dag.eerstejaars),
      week52 <= (timeline.eindeWerkgeversstappen ?? week52)
    {
      require(
        dossier.eerstejaarsevaluatie, item("h"), .s10, "$.eerstejaarsevaluatie",
        "de eerstejaarsevaluatie", bron("h"))
    }
    require(
      dossier.eindevaluatie, item("h"), .s10, "$.eindevaluatie",
      "de meest recente evaluatie (eindevaluatie)", bron("h"))
    require(
      dossier.actueelOordeel?.kwaliteitArbeidsrelatie, item("i"), .s10,
      "$.actueelOordeel.kwaliteitArbeidsrelatie",
      "het oordeel van de bedrijfsarts over de arbeidsrelatie", bron("i"))
    require(
      dossier.eindevaluatie?.kwaliteitArbeidsrelatie, item("i"), .s10,
      "$.eindevaluatie.kwaliteitArbeidsrelatie",
      "het oordeel van de werkgever over de arbeidsrelatie", bron("i"))
    require(
      dossier.actueelOordeel?.beperkingenEnMogelijkheden, item("j"), .s10,
      "$.actueelOordeel.beperkingenEnMogelijkheden",
      "het actuele oordeel van de bedrijfsarts over beperkingen en mogelijkheden", bron("j"))
    require(
      dossier.actueelOordeel?.passendeArbeid, item("k"), .s10, "$.actueelOordeel.passendeArbeid",
      "het oordeel van de bedrijfsarts over passende arbeid", bron("k"))
    require(
      dossier.eindevaluatie?.passendeArbeid, item("k"), .s10, "$.eindevaluatie.passendeArbeid",
      "het oordeel van de werkgever over passende arbeid", bron("k"))
    require(
      dossier.oordeelWerknemer, item("l"), .s10, "$.oordeelWerknemer", "de mening van de werknemer",
      bron("l"))
    if let oordeel = dossier.oordeelWerknemer {
      requireSignature(
        oordeel.ondertekening, .s10, "$.oordeelWerknemer.ondertekening", party: "werknemer",
        code: "DOC-ALL-03", source: Bron.uwvFormulieren)
    }
  }

  mutating func checkAanvraag() {
    // The term is the timeline's: 11 weeks before the end, or four weeks after a late UWV
    // notice (Wet WIA art. 64 lid 6, COR-09); it lapses when the employee left before it.
    checkTerm(
      "TL-18", code: "TL-18", .s11, "$.wiaAanvraag", document: "de WIA-aanvraag",
      source: "Wet WIA art. 64 lid 3, art. 65")
    if let aanvraag = dossier.wiaAanvraag?.datum, let ee = dossier.eindevaluatie?.datum,
      ee > aanvraag
    {
      add(
        "ID-DATE", .fout, .s11, "$.wiaAanvraag.datum",
        "de eindevaluatie (\(ee.dutch)) is van na de WIA-aanvraag (\(aanvraag.dutch))",
        Bron.identificatie)
    }
  }

  mutating func checkZiekUitDienst() {
    guard let exit = timeline.ziekUitDienst else { return }
    // COR-08: the aangifte to UWV is a step of its own, done only with its recorded date.
    checkTerm(
      "TL-24", code: "TL-24", .s12,
      dossier.meldingZiekUitDienst == nil
        ? "$.meldingZiekUitDienst" : "$.meldingZiekUitDienst.datum",
      document: "de ziekmelding bij UWV bij einde dienstverband", source: "ZW art. 38 lid 2, lid 3")
    let verkort = dossier.verkortReintegratieverslag
    let path = "$.verkortReintegratieverslag"
    if exit.needsVerkortVerslag(dossier), dossier.reintegratieverslag == nil {
      checkTerm(
        "CNT-15", code: "VRIV-06", .s12, verkort == nil ? path : path + ".datum",
        document: "het verkorte re-integratieverslag (ziek uit dienst na \(exit.dagen) dagen)",
        source: "ZW art. 38 lid 2")
      guard let verkort else { return }
      requireOpsteller(
        verkort.opsteller, datum: verkort.datum, .s12, path,
        document: "het verkorte re-integratieverslag")
      require(
        verkort.standVanZaken, "VRIV-02", .s12, path + ".standVanZaken", "de stand van zaken",
        Bron.vorm("2a lid 3 a"))
      require(
        dossier.werkgever.aardVanHetBedrijf, "VRIV-02", .s12, "$.werkgever.aardVanHetBedrijf",
        "de aard van het bedrijf", Bron.vorm("2a lid 3 a"))
      require(
        dossier.werknemer.functie, "VRIV-02", .s12, "$.werknemer.functie",
        "de functie van de werknemer", Bron.vorm("2a lid 3 a"))
      require(
        dossier.oordeelWerknemer, "VRIV-04", .s12, "$.oordeelWerknemer",
        "de mening van de werknemer", Bron.vorm("2a lid 3 c"))
      require(
        verkort.kopieAanWerknemer, "VRIV-06", .s12, path + ".kopieAanWerknemer",
        "de datum waarop de werknemer een kopie kreeg", "ZW art. 38 lid 2")
      requireSignature(
        verkort.ondertekeningWerkgever, .s12, path + ".ondertekeningWerkgever", party: "werkgever",
        code: "DOC-ALL-03", source: Bron.uwvFormulieren)
    } else if verkort != nil, exit.needsFullVerslag(dossier) {
      add(
        "VRIV-01", .fout, .s12, path,
        "een verkort re-integratieverslag mag alleen bij minder dan 10 weken tussen eerste ziektedag en einde dienstverband of zonder dreigend langdurig verzuim; hier \(exit.dagen) dagen: een volledig verslag is nodig",
        Bron.vorm("2a lid 1"))
    }
  }

  /// TL-20: a loonsanctie extends wage payment by at most 52 weeks (Wet WIA art. 25 lid 9);
  /// decided after the wachttijd it extends nothing (lid 11, COR-10).
  mutating func checkLoonsanctie() {
    guard let sanctie = dossier.loonsanctie else { return }
    if let weeks = sanctie.weken, !(1...52).contains(weeks) {
      add(
        "TL-20", .fout, .s11, "$.loonsanctie.weken",
        "een loonsanctie duurt 1 tot en met 52 weken, niet \(weeks)", "Wet WIA art. 25 lid 9")
    }
    if let loon = timeline.loondoorbetaling, loon.loonsanctie?.zonderGevolg == true,
      let datum = sanctie.beschikkingsdatum
    {
      add(
        "TL-20", .waarschuwing, .s11, "$.loonsanctie.beschikkingsdatum",
        "de loonsanctie is beschikt op \(datum.dutch), na het einde van de wachttijd (\(loon.eindeWachttijd.adding(days: loon.vertraging).dutch)): zij kan de loondoorbetaling niet meer verlengen; controleer de beschikking",
        "Wet WIA art. 25 lid 11")
    }
  }

  mutating func checkVerlenging() {
    guard let verlenging = dossier.verlengingLoondoorbetaling else { return }
    let path = "$.verlengingLoondoorbetaling"
    require(
      verlenging.aanvraagdatum, "TL-23", .s13, path + ".aanvraagdatum", "de datum van de aanvraag",
      "Wet WIA art. 24")
    require(
      verlenging.nieuweEinddatum, "TL-23", .s13, path + ".nieuweEinddatum", "de nieuwe einddatum",
      "Wet WIA art. 24")
    if let aanvraag = verlenging.aanvraagdatum, let nieuw = verlenging.nieuweEinddatum,
      nieuw.days(since: aanvraag) < 91
    {
      add(
        "TL-23", .fout, .s13, path + ".nieuweEinddatum",
        "de nieuwe einddatum moet ten minste 13 weken na de aanvraag liggen (\(aanvraag.adding(days: 91).dutch))",
        "Wet WIA art. 24 lid 3")
    }
    if dossier.werknemer.vangnet == true {
      add(
        "TL-23", .fout, .s13, path,
        "verlenging van de loondoorbetaling is niet mogelijk wanneer de werknemer ziekengeld ontvangt (vangnet)",
        "Wet WIA art. 24 lid 1 a")
    }
    requireSignature(
      verlenging.ondertekeningWerkgever, .s13, path + ".ondertekeningWerkgever", party: "werkgever",
      code: "TL-23", source: "UWV, aanvraag verlenging loondoorbetaling")
    requireSignature(
      verlenging.ondertekeningWerknemer, .s13, path + ".ondertekeningWerknemer", party: "werknemer",
      code: "TL-23", source: "UWV, aanvraag verlenging loondoorbetaling")
  }
}
