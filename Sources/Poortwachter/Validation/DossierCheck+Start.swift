import Kalender

/// S1 and S2: the sick report, the periods, the parties' identifiers.
extension DossierCheck {
  mutating func checkPeriodes() {
    let periodes = dossier.verzuimperiodes
    if periodes.isEmpty {
      add(
        "M42-01", .fout, .s1, "$.verzuimperiodes",
        "er is geen verzuimperiode met een eerste ziektedag",
        "ZW art. 29 lid 3; Wet WIA art. 23 lid 2")
      return
    }
    for (index, periode) in periodes.enumerated() {
      let path = "$.verzuimperiodes[\(index)]"
      if let herstel = periode.hersteldatum, herstel <= periode.eersteZiektedag {
        add(
          "ID-DATE", .fout, .s1, path + ".hersteldatum",
          "de hersteldatum \(herstel.dutch) ligt niet na de eerste ziektedag \(periode.eersteZiektedag.dutch)",
          Bron.identificatie)
      }
      for (partIndex, deel) in (periode.gedeeltelijkHerstel ?? []).enumerated() {
        let partPath = "\(path).gedeeltelijkHerstel[\(partIndex)]"
        if !(0...100).contains(deel.percentage) {
          add(
            "CNT-12", .fout, .s1, partPath + ".percentage",
            "een percentage hervatting ligt tussen 0 en 100, niet \(deel.percentage)",
            "BW 7:629 lid 1")
        }
        if deel.datum < periode.eersteZiektedag
          || periode.hersteldatum.map({ deel.datum >= $0 }) == true
        {
          add(
            "ID-DATE", .fout, .s1, partPath + ".datum",
            "gedeeltelijk herstel op \(deel.datum.dutch) valt buiten de verzuimperiode",
            Bron.identificatie)
        }
      }
    }
    let order = periodes.indices.sorted {
      periodes[$0].eersteZiektedag < periodes[$1].eersteZiektedag
    }
    for (previous, next) in zip(order, order.dropFirst()) {
      let path = "$.verzuimperiodes[\(next)].eersteZiektedag"
      guard let herstel = periodes[previous].hersteldatum else {
        add(
          "ID-DATE", .fout, .s1, "$.verzuimperiodes[\(previous)].hersteldatum",
          "een latere periode begint op \(periodes[next].eersteZiektedag.dutch), maar deze periode heeft geen hersteldatum",
          Bron.identificatie)
        continue
      }
      if periodes[next].eersteZiektedag < herstel {
        add(
          "ID-DATE", .fout, .s1, path,
          "deze periode begint vóór het herstel van de vorige (\(herstel.dutch))",
          Bron.identificatie)
      }
      let leaveBetween = (dossier.wazoVerlof ?? []).contains {
        $0.van < periodes[next].eersteZiektedag && $0.totEnMet >= herstel.adding(days: -1)
      }
      // COR-01: across the leave the periods chain unless a different cause is recorded;
      // unrecorded, the tool chains (the earlier deadlines) and says so.
      if leaveBetween, periodes[next].zelfdeOorzaakAlsVorige == nil {
        add(
          "CNT-11", .waarschuwing, .s1, "$.verzuimperiodes[\(next)].zelfdeOorzaakAlsVorige",
          "perioden vóór en na zwangerschaps- of bevallingsverlof tellen samen, tenzij de ongeschiktheid niet uit dezelfde oorzaak voortkomt; de oorzaak is niet vastgelegd, dus telt de tool samen (de vroegste termijnen): laat de bedrijfsarts dit bevestigen",
          "BW 7:629 lid 10; ZW art. 38 lid 1; Wet WIA art. 23 lid 3")
      }
    }
  }

  mutating func checkZiekmelding() {
    let werknemer = dossier.werknemer
    if let bsn = werknemer.bsn {
      if case .invalid(let reason) = Identifier.bsn(bsn) {
        add("ID-BSN", .fout, .s1, "$.werknemer.bsn", "het BSN is ongeldig: \(reason)", Bron.bsn)
      }
    } else {
      add(
        "ID-BSN", .fout, .s1, "$.werknemer.bsn", "het BSN van de werknemer ontbreekt",
        Bron.uwvFormulieren)
    }
    let werkgever = dossier.werkgever
    if let lhn = werkgever.loonheffingennummer {
      switch Identifier.loonheffingennummer(lhn) {
      case .invalid(let reason):
        add(
          "ID-LHN", .fout, .s1, "$.werkgever.loonheffingennummer",
          "het loonheffingennummer is ongeldig: \(reason)", Bron.loonheffingennummer)
      case .valid(let normalized):
        if !Identifier.rsin(String(normalized.prefix(9))).isValid {
          add(
            "ID-RSIN", .waarschuwing, .s1, "$.werkgever.loonheffingennummer",
            "de eerste 9 cijfers van het loonheffingennummer voldoen niet aan de elfproef van een RSIN of BSN",
            Bron.loonheffingennummer)
        }
      }
    } else {
      add(
        "ID-LHN", .fout, .s1, "$.werkgever.loonheffingennummer",
        "het loonheffingennummer van de werkgever ontbreekt", "UWV, werkgeversformulieren")
    }
    require(
      werkgever.naam, "PA-08", .s1, "$.werkgever.naam", "de naam van de werkgever",
      Bron.vorm("2 lid 4"))
    require(
      werknemer.naam, "PA-08", .s1, "$.werknemer.naam", "de naam van de werknemer",
      Bron.vorm("2 lid 4"))
    if let kvk = werkgever.kvkNummer, case .invalid(let reason) = Identifier.kvkNummer(kvk) {
      add(
        "ID-KVK", .fout, .s1, "$.werkgever.kvkNummer", "het KvK-nummer is ongeldig: \(reason)",
        Bron.kvk)
    }
    if let nummer = werkgever.vestigingsnummer,
      case .invalid(let reason) = Identifier.vestigingsnummer(nummer)
    {
      add(
        "ID-KVKV", .fout, .s1, "$.werkgever.vestigingsnummer",
        "het vestigingsnummer is ongeldig: \(reason)", Bron.kvk)
    }
    if let iban = werkgever.iban, case .invalid(let reason) = Identifier.iban(iban) {
      add("ID-IBAN", .fout, .s1, "$.werkgever.iban", "het IBAN is ongeldig: \(reason)", Bron.iban)
    }
    for (path, adres) in [
      ("$.werkgever.adres", werkgever.adres), ("$.werknemer.adres", werknemer.adres),
      ("$.arbodienst.adres", dossier.arbodienst?.adres),
    ] {
      if let postcode = adres?.postcode, case .invalid(let reason) = Identifier.postcode(postcode) {
        add(
          "ID-PC", .fout, .s1, path + ".postcode", "de postcode is ongeldig: \(reason)",
          Bron.postcode)
      }
    }
    if let hours = werknemer.contracturenPerWeek, !(0...168).contains(hours) {
      add(
        "WN-UREN", .fout, .s1, "$.werknemer.contracturenPerWeek",
        "een week heeft 168 uur; \(hours) contracturen per week kan niet", "BW 7:610")
    }
    if let geboortedatum = werknemer.geboortedatum, let d1 = tijdvak?.eersteZiektedag,
      geboortedatum >= d1
    {
      add(
        "ID-DATE", .fout, .s1, "$.werknemer.geboortedatum",
        "de geboortedatum ligt niet vóór de eerste ziektedag", Bron.identificatie)
    }
    if let dienstverband = werknemer.dienstverband {
      if dienstverband.soort == .tijdelijk, dienstverband.einddatum == nil {
        add(
          "ID-DATE", .waarschuwing, .s1, "$.werknemer.dienstverband.einddatum",
          "een tijdelijk dienstverband zonder einddatum", "BW 7:668a")
      }
      if let laatste = dienstverband.laatsteWerkdag, let d1 = tijdvak?.eersteZiektedag,
        laatste < d1,
        dossier.verzuimperiodes.count == 1
      {
        add(
          "ID-DATE", .fout, .s12, "$.werknemer.dienstverband.laatsteWerkdag",
          "de laatste werkdag \(laatste.dutch) ligt vóór de eerste ziektedag \(d1.dutch)",
          Bron.identificatie)
      }
    }
    checkFrequentVerzuim()
    checkTerm(
      "TL-03", code: "TL-03", .s1, "$.bedrijfsartsDossier.datumMeldingVangnetUWV",
      document: "de ziekmelding van de vangnetter bij UWV", source: "ZW art. 38a lid 2–3",
      lateSeverity: .fout, missingSeverity: .fout)
    checkTerm(
      "TL-01", code: "TL-01", .s1, "$.ziekmelding.datumMeldingWerkgever",
      document: "de ziekmelding bij de werkgever", source: "BW 7:629 lid 6",
      lateSeverity: .waarschuwing, missingSeverity: .waarschuwing)
    checkTerm(
      "TL-02", code: "TL-02", .s2, "$.ziekmelding.datumMeldingArbodienst",
      document: "de melding bij de bedrijfsarts of arbodienst", source: Bron.regeling("2 lid 1"),
      lateSeverity: .waarschuwing, missingSeverity: .waarschuwing)
  }

  /// CNT-16: several sick reports within one year before the reference date.
  mutating func checkFrequentVerzuim() {
    guard rules.frequentVerzuimReports > 0 else { return }
    let yearAgo = peildatum.adding(days: -365)
    let recent = dossier.verzuimperiodes.filter {
      $0.eersteZiektedag > yearAgo && $0.eersteZiektedag <= peildatum
    }
    if recent.count >= rules.frequentVerzuimReports {
      add(
        "CNT-16", .waarschuwing, .s1, "$.verzuimperiodes",
        "\(recent.count) ziekmeldingen in het afgelopen jaar: frequent verzuim; overweeg een preventief consult bij de bedrijfsarts",
        "praktijk van verzekeraars en arbodiensten (geen wettelijke regel)")
    }
  }
}
