import Kalender

/// S1 and S2: the sick report, the periods, the parties' identifiers.
extension DossierCheck {
  mutating func checkPeriodes() {
    let periodes = dossier.verzuimperiodes
    if periodes.isEmpty {
      add(
        .m42Item01, "$.verzuimperiodes", "er is geen verzuimperiode met een eerste ziektedag",
        step: .s1)
      return
    }
    for (index, periode) in periodes.enumerated() {
      let path = "$.verzuimperiodes[\(index)]"
      if let herstel = periode.hersteldatum, herstel <= periode.eersteZiektedag {
        add(
          .idDate, path + ".hersteldatum",
          "de hersteldatum \(herstel.dutch) ligt niet na de eerste ziektedag \(periode.eersteZiektedag.dutch)",
          step: .s1)
      }
      for (partIndex, deel) in (periode.gedeeltelijkHerstel ?? []).enumerated() {
        let partPath = "\(path).gedeeltelijkHerstel[\(partIndex)]"
        if !(0...100).contains(deel.percentage) {
          add(
            .cnt12, partPath + ".percentage",
            "een percentage hervatting ligt tussen 0 en 100, niet \(deel.percentage)")
        }
        if deel.datum < periode.eersteZiektedag
          || periode.hersteldatum.map({ deel.datum >= $0 }) == true
        {
          add(
            .idDate, partPath + ".datum",
            "gedeeltelijk herstel op \(deel.datum.dutch) valt buiten de verzuimperiode", step: .s1)
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
          .idDate, "$.verzuimperiodes[\(previous)].hersteldatum",
          "een latere periode begint op \(periodes[next].eersteZiektedag.dutch), maar deze periode heeft geen hersteldatum",
          step: .s1)
        continue
      }
      if periodes[next].eersteZiektedag < herstel {
        add(
          .idDate, path, "deze periode begint vóór het herstel van de vorige (\(herstel.dutch))",
          step: .s1)
      }
      let leaveBetween = (dossier.wazoVerlof ?? []).contains {
        $0.van < periodes[next].eersteZiektedag && $0.totEnMet >= herstel.adding(days: -1)
      }
      // COR-01: across the leave the periods chain unless a different cause is recorded;
      // unrecorded, the tool chains (the earlier deadlines) and says so.
      if leaveBetween, periodes[next].zelfdeOorzaakAlsVorige == nil {
        add(
          .cnt11, "$.verzuimperiodes[\(next)].zelfdeOorzaakAlsVorige",
          "perioden vóór en na zwangerschaps- of bevallingsverlof tellen samen, tenzij de ongeschiktheid niet uit dezelfde oorzaak voortkomt; de oorzaak is niet vastgelegd, dus telt de tool samen (de vroegste termijnen): laat de bedrijfsarts dit bevestigen"
        )
      }
    }
  }

  mutating func checkZiekmelding() {
    let werknemer = dossier.werknemer
    if let bsn = werknemer.bsn {
      if case .invalid(let reason) = Identifier.bsn(bsn) {
        add(.idBSN, "$.werknemer.bsn", "het BSN is ongeldig: \(reason)")
      }
    } else {
      add(.idBSN, "$.werknemer.bsn", "het BSN van de werknemer ontbreekt")
    }
    let werkgever = dossier.werkgever
    if let lhn = werkgever.loonheffingennummer {
      switch Identifier.loonheffingennummer(lhn) {
      case .invalid(let reason):
        add(
          .idLHN, "$.werkgever.loonheffingennummer",
          "het loonheffingennummer is ongeldig: \(reason)")
      case .valid(let normalized):
        if !Identifier.rsin(String(normalized.prefix(9))).isValid {
          add(
            .idRSIN, "$.werkgever.loonheffingennummer",
            "de eerste 9 cijfers van het loonheffingennummer voldoen niet aan de elfproef van een RSIN of BSN"
          )
        }
      }
    } else {
      add(
        .idLHN, "$.werkgever.loonheffingennummer",
        "het loonheffingennummer van de werkgever ontbreekt")
    }
    require(werkgever.naam, .pa08, "$.werkgever.naam", "de naam van de werkgever", step: .s1)
    require(werknemer.naam, .pa08, "$.werknemer.naam", "de naam van de werknemer", step: .s1)
    if let kvk = werkgever.kvkNummer, case .invalid(let reason) = Identifier.kvkNummer(kvk) {
      add(.idKVK, "$.werkgever.kvkNummer", "het KvK-nummer is ongeldig: \(reason)")
    }
    if let nummer = werkgever.vestigingsnummer,
      case .invalid(let reason) = Identifier.vestigingsnummer(nummer)
    {
      add(.idKVKV, "$.werkgever.vestigingsnummer", "het vestigingsnummer is ongeldig: \(reason)")
    }
    if let iban = werkgever.iban, case .invalid(let reason) = Identifier.iban(iban) {
      add(.idIBAN, "$.werkgever.iban", "het IBAN is ongeldig: \(reason)")
    }
    for (path, adres) in [
      ("$.werkgever.adres", werkgever.adres), ("$.werknemer.adres", werknemer.adres),
      ("$.arbodienst.adres", dossier.arbodienst?.adres),
    ] {
      if let postcode = adres?.postcode, case .invalid(let reason) = Identifier.postcode(postcode) {
        add(.idPC, path + ".postcode", "de postcode is ongeldig: \(reason)")
      }
    }
    if let hours = werknemer.contracturenPerWeek, !(0...168).contains(hours) {
      add(
        .wnUren, "$.werknemer.contracturenPerWeek",
        "een week heeft 168 uur; \(hours) contracturen per week kan niet")
    }
    if let geboortedatum = werknemer.geboortedatum, let d1 = tijdvak?.eersteZiektedag,
      geboortedatum >= d1
    {
      add(
        .idDate, "$.werknemer.geboortedatum", "de geboortedatum ligt niet vóór de eerste ziektedag",
        step: .s1)
    }
    if let dienstverband = werknemer.dienstverband {
      if dienstverband.soort == .tijdelijk, dienstverband.einddatum == nil {
        add(
          .idDate, "$.werknemer.dienstverband.einddatum",
          "een tijdelijk dienstverband zonder einddatum", step: .s1, severity: .waarschuwing)
      }
      if let laatste = dienstverband.laatsteWerkdag, let d1 = tijdvak?.eersteZiektedag,
        laatste < d1,
        dossier.verzuimperiodes.count == 1
      {
        add(
          .idDate, "$.werknemer.dienstverband.laatsteWerkdag",
          "de laatste werkdag \(laatste.dutch) ligt vóór de eerste ziektedag \(d1.dutch)",
          step: .s12)
      }
    }
    checkFrequentVerzuim()
    checkTerm(
      .tl03, "$.bedrijfsartsDossier.datumMeldingVangnetUWV",
      document: "de ziekmelding van de vangnetter bij UWV")
    checkTerm(
      .tl01, "$.ziekmelding.datumMeldingWerkgever", document: "de ziekmelding bij de werkgever")
    checkTerm(
      .tl02, "$.ziekmelding.datumMeldingArbodienst",
      document: "de melding bij de bedrijfsarts of arbodienst")
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
        .cnt16, "$.verzuimperiodes",
        "\(recent.count) ziekmeldingen in het afgelopen jaar: frequent verzuim; overweeg een preventief consult bij de bedrijfsarts"
      )
    }
  }
}
