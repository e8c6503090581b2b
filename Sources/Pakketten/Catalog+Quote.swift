extension Catalog {
  /// Prices a package and modules for a number of employees, exact to the cent.
  ///
  /// Steps, each one a line of the quote:
  /// 1. the package's price per employee per year × employees, when the package has a price;
  /// 2. each module (`--with`): the price in the package's column × employees; a cell's
  ///    alternative price applies when the service it names is not in the quote; an
  ///    included module is listed at € 0,00;
  /// 3. per tax basis: the subtotal; the package discount of the highest step the number of
  ///    insurances reaches; the surcharge of the payment term (none for yearly payment, none
  ///    from `geenToeslagVanafVerzekeringen` insurances on), taken of the subtotal after
  ///    discount; BTW of the year on prices exclusive of BTW;
  /// 4. the yearly total, and its split over the payment term.
  ///
  /// The catalog should have no ``validate()`` findings.
  ///
  /// - Throws: `QuoteError` for an unknown package or module, a module without a yearly
  ///   price in the package's column, counts out of range, a missing BTW rate or an
  ///   unoffered payment term.
  public func quote(_ request: Offerteaanvraag) throws(QuoteError) -> Offerte {
    guard Offerteaanvraag.werknemersBereik.contains(request.werknemers) else {
      throw QuoteError(.employeesOutOfRange(request.werknemers))
    }
    guard Offerteaanvraag.verzekeringenBereik.contains(request.verzekeringen) else {
      throw QuoteError(.insurancesOutOfRange(request.verzekeringen))
    }
    guard let pakket = pakket(request.pakket) else {
      throw QuoteError(.unknownPackage(request.pakket, known: pakketten.map(\.sleutel)))
    }
    var lines: [(Prijsgrondslag, Offerteregel)] = []
    if let prijs = pakket.prijs {
      lines.append(
        try line(pakket.sleutel, "Pakket \(pakket.naam)", prijs, request, toelichting: nil))
    }
    var seen: Set<String> = []
    for key in request.modules {
      guard seen.insert(key).inserted else { throw QuoteError(.duplicateModule(key)) }
      lines.append(try moduleLine(key, pakket: pakket, request))
    }
    guard !lines.isEmpty else { throw QuoteError(.nothingToQuote(package: pakket.sleutel)) }

    let year = request.jaar ?? jaar
    var notes: [String] = []
    let korting = (pakketkortingen ?? []).filter { $0.vanafVerzekeringen <= request.verzekeringen }
      .max { $0.vanafVerzekeringen < $1.vanafVerzekeringen }
    if let korting {
      notes.append(
        "Pakketkorting \(korting.percentage.dutch) bij \(request.verzekeringen) verzekeringen (vanaf \(korting.vanafVerzekeringen))."
      )
    } else if let first = (pakketkortingen ?? []).map(\.vanafVerzekeringen).min() {
      notes.append(
        "Geen pakketkorting: die geldt vanaf \(first) verzekeringen, deze offerte telt er \(request.verzekeringen)."
      )
    }
    let toeslag = try surcharge(request, notes: &notes)

    var groups: [Offertegroep] = []
    for grondslag in Prijsgrondslag.allCases {
      let regels = lines.filter { $0.0 == grondslag }.map(\.1)
      guard !regels.isEmpty else { continue }
      groups.append(try group(grondslag, regels, korting: korting, toeslag: toeslag, year: year))
    }
    guard let total = groups.map(\.totaal).total() else { throw QuoteError(.amountTooLarge) }
    return Offerte(
      catalogus: sleutel, titel: titel, aanbieder: aanbieder, pakket: pakket.sleutel,
      pakketnaam: pakket.naam,
      werknemers: request.werknemers, termijn: request.termijn,
      verzekeringen: request.verzekeringen, jaar: year,
      groepen: groups, totaalPerJaar: total,
      termijnbedragen: Catalog.installments(total, request.termijn),
      toelichtingen: notes, afronding: Offerte.afrondingsregel)
  }

  private func moduleLine(_ key: String, pakket: Pakket, _ request: Offerteaanvraag)
    throws(QuoteError) -> (
      Prijsgrondslag, Offerteregel
    )
  {
    guard let (sectie, dienst) = dienst(key) else { throw QuoteError(.unknownModule(key)) }
    guard kolommen(of: sectie).contains(where: { $0.sleutel == pakket.sleutel }),
      let cel = dienst.cellen[pakket.sleutel]
    else { throw QuoteError(.moduleNotInColumn(key, package: pakket.sleutel)) }
    switch cel.soort {
    case .inbegrepen:
      let regel = Offerteregel(
        sleutel: key, omschrijving: dienst.naam, aantal: request.werknemers, prijs: .zero,
        bedrag: .zero,
        toelichting: "inbegrepen in het pakket")
      return (grondslag ?? .exclusiefBTW, regel)
    case .prijs:
      guard var prijs = cel.prijs else {
        throw QuoteError(.moduleNotPriced(key, package: pakket.sleutel, soort: cel.soort))
      }
      var note: String?
      if let alternatief = cel.alternatief, !request.modules.contains(alternatief.zonder) {
        prijs = alternatief.prijs
        let other = self.dienst(alternatief.zonder)?.dienst.naam ?? alternatief.zonder
        note = "tarief zonder \(other)"
      }
      return try line(key, dienst.naam, prijs, request, toelichting: note)
    default:
      throw QuoteError(.moduleNotPriced(key, package: pakket.sleutel, soort: cel.soort))
    }
  }

  private func line(
    _ key: String, _ omschrijving: String, _ prijs: Prijs, _ request: Offerteaanvraag,
    toelichting: String?
  ) throws(QuoteError) -> (Prijsgrondslag, Offerteregel) {
    guard prijs.isPerWerknemerPerJaar else {
      throw QuoteError(.notPerEmployeePerYear(key, eenheid: prijs.eenheid ?? "as a range"))
    }
    guard let bedrag = prijs.bedrag.multiplied(by: request.werknemers) else {
      throw QuoteError(.amountTooLarge)
    }
    let regel = Offerteregel(
      sleutel: key, omschrijving: omschrijving, aantal: request.werknemers, prijs: prijs.bedrag,
      bedrag: bedrag,
      toelichting: toelichting)
    return (prijs.grondslag ?? grondslag ?? .exclusiefBTW, regel)
  }

  private func surcharge(_ request: Offerteaanvraag, notes: inout [String]) throws(QuoteError)
    -> Betaaltermijn?
  {
    guard request.termijn != .jaar else { return nil }
    let terms = betaaltermijnen ?? []
    guard !terms.isEmpty else {
      notes.append("De catalogus noemt geen toeslag voor \(request.termijn.betaling).")
      return nil
    }
    guard let term = terms.first(where: { $0.termijn == request.termijn }) else {
      throw QuoteError(.termNotOffered(request.termijn, offered: [.jaar] + terms.map(\.termijn)))
    }
    if let minimum = geenToeslagVanafVerzekeringen, request.verzekeringen >= minimum {
      notes.append(
        "Geen toeslag voor \(request.termijn.betaling): die vervalt vanaf \(minimum) verzekeringen."
      )
      return nil
    }
    notes.append("Toeslag \(term.toeslag.dutch) voor \(request.termijn.betaling).")
    return term
  }

  private func group(
    _ basis: Prijsgrondslag, _ regels: [Offerteregel], korting: Pakketkorting?,
    toeslag: Betaaltermijn?, year: Int
  ) throws(QuoteError) -> Offertegroep {
    guard let subtotal = regels.map(\.bedrag).total() else { throw QuoteError(.amountTooLarge) }
    var running = subtotal
    var discount: Percentageregel?
    if let korting {
      guard let amount = subtotal.percentage(korting.percentage) else {
        throw QuoteError(.amountTooLarge)
      }
      discount = Percentageregel(
        omschrijving: "Pakketkorting", percentage: korting.percentage, over: subtotal,
        bedrag: -amount)
      running = running - amount
    }
    var surcharge: Percentageregel?
    if let toeslag {
      guard let amount = running.percentage(toeslag.toeslag), let next = running.adding(amount)
      else {
        throw QuoteError(.amountTooLarge)
      }
      surcharge = Percentageregel(
        omschrijving: "Toeslag \(toeslag.termijn.betaling)", percentage: toeslag.toeslag,
        over: running, bedrag: amount)
      running = next
    }
    var tax: Percentageregel?
    var total = running
    if basis == .exclusiefBTW {
      guard let rate = btwTarief(jaar: year) else { throw QuoteError(.noBTWRate(year: year)) }
      guard let amount = running.percentage(rate), let next = running.adding(amount) else {
        throw QuoteError(.amountTooLarge)
      }
      tax = Percentageregel(
        omschrijving: "Btw \(year)", percentage: rate, over: running, bedrag: amount)
      total = next
    }
    return Offertegroep(
      grondslag: basis, regels: regels, subtotaal: subtotal, korting: discount, toeslag: surcharge,
      totaalVoorBTW: running, btw: tax, totaal: total)
  }

  /// The yearly total as payments of the term, grouped into runs of equal amounts.
  static func installments(_ total: Money, _ term: Termijn) -> [Termijnbedrag] {
    var runs: [Termijnbedrag] = []
    for part in total.split(into: term.perJaar) {
      if let last = runs.last, last.bedrag == part {
        runs[runs.count - 1].aantal += 1
      } else {
        runs.append(Termijnbedrag(aantal: 1, bedrag: part))
      }
    }
    return runs
  }
}
