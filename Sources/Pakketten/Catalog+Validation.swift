extension Catalog {
  /// Every semantic problem of the catalog, in document order; empty when it is sound.
  ///
  /// Checked: keys are kebab-case and unique (packages; services across all sections);
  /// every cell and section names a known package and every shown package has a cell; each
  /// cell has exactly the fields its kind uses; every price has a currency (its own or the
  /// catalog's), EUR only, not negative, ranges not inverted; every footnote marker has a
  /// footnote and every footnote is used; legend kinds, footnote markers, BTW years and
  /// payment terms are not given twice; texts are not empty; validity does not end before it
  /// starts.
  public func validate() -> [CatalogFinding] {
    var check = CatalogCheck(catalog: self)
    check.run()
    return check.findings
  }
}

/// One validation pass, collecting findings.
struct CatalogCheck {
  let catalog: Catalog
  var findings: [CatalogFinding] = []
  var usedFootnotes: Set<String> = []

  init(catalog: Catalog) {
    self.catalog = catalog
  }

  var packageKeys: [String] { catalog.pakketten.map(\.sleutel) }
  var footnoteMarkers: [String] { (catalog.voetnoten ?? []).map(\.teken) }

  mutating func add(_ path: String, _ reason: CatalogFinding.Reason) {
    findings.append(CatalogFinding(path: path, reason: reason))
  }

  mutating func run() {
    checkHeader()
    checkPackages()
    checkSections()
    checkFootnotes()
    checkLegendAndRates()
  }

  mutating func checkHeader() {
    checkKey(catalog.sleutel, at: "$.sleutel")
    checkText(catalog.titel, at: "$.titel")
    checkText(catalog.aanbieder, at: "$.aanbieder")
    if !(1900...9999).contains(catalog.jaar) {
      add("$.jaar", .outOfRange(catalog.jaar, expected: "a year from 1900 to 9999"))
    }
    if let from = catalog.geldigVanaf, let to = catalog.geldigTot, to < from {
      add("$.geldigTot", .invertedValidity)
    }
    if let valuta = catalog.valuta, valuta != "EUR" {
      add("$.valuta", .unsupportedCurrency(valuta))
    }
    if let minimum = catalog.geenToeslagVanafVerzekeringen, minimum < 1 {
      add("$.geenToeslagVanafVerzekeringen", .outOfRange(minimum, expected: "1 or more"))
    }
  }

  mutating func checkPackages() {
    if catalog.pakketten.isEmpty { add("$.pakketten", .emptyList) }
    var seen: [String: String] = [:]
    for (index, pakket) in catalog.pakketten.enumerated() {
      let path = "$.pakketten[\(index)]"
      checkKey(pakket.sleutel, at: path + ".sleutel")
      checkText(pakket.naam, at: path + ".naam")
      if let first = seen[pakket.sleutel] {
        add(path + ".sleutel", .duplicatePackageKey(pakket.sleutel, firstAt: first))
      } else {
        seen[pakket.sleutel] = path
      }
      if let prijs = pakket.prijs { checkPrice(prijs, at: path + ".prijs") }
    }
  }

  mutating func checkSections() {
    if catalog.secties.isEmpty { add("$.secties", .emptyList) }
    var seenServices: [String: String] = [:]
    for (sectionIndex, sectie) in catalog.secties.enumerated() {
      let sectionPath = "$.secties[\(sectionIndex)]"
      checkText(sectie.titel, at: sectionPath + ".titel")
      var shown = packageKeys
      if let keys = sectie.pakketten {
        if keys.isEmpty { add(sectionPath + ".pakketten", .emptyList) }
        for (index, key) in keys.enumerated() where !packageKeys.contains(key) {
          add(sectionPath + ".pakketten[\(index)]", .unknownPackage(key, known: packageKeys))
        }
        shown = keys.filter(packageKeys.contains)
      }
      if sectie.diensten.isEmpty { add(sectionPath + ".diensten", .emptyList) }
      for (serviceIndex, dienst) in sectie.diensten.enumerated() {
        let path = sectionPath + ".diensten[\(serviceIndex)]"
        checkKey(dienst.sleutel, at: path + ".sleutel")
        checkText(dienst.naam, at: path + ".naam")
        if let first = seenServices[dienst.sleutel] {
          add(path + ".sleutel", .duplicateServiceKey(dienst.sleutel, firstAt: first))
        } else {
          seenServices[dienst.sleutel] = path
        }
        if let niveau = dienst.niveau, !(0...1).contains(niveau) {
          add(path + ".niveau", .outOfRange(niveau, expected: "0 or 1"))
        }
        for (index, part) in (dienst.onderdelen ?? []).enumerated() {
          checkText(part, at: path + ".onderdelen[\(index)]")
        }
        useFootnotes(dienst.voetnoten, at: path + ".voetnoten")
        for key in dienst.cellen.keys.sorted() {
          let cellPath = path + ".cellen." + key
          guard let cel = dienst.cellen[key] else { continue }
          if !packageKeys.contains(key) {
            add(cellPath, .unknownPackage(key, known: packageKeys))
          } else if !shown.contains(key) {
            add(cellPath, .unknownPackage(key, known: shown))
          }
          checkCell(cel, at: cellPath)
        }
        for key in shown where dienst.cellen[key] == nil {
          add(path + ".cellen", .missingCell(package: key))
        }
      }
    }
  }

  mutating func checkCell(_ cel: Cel, at path: String) {
    let uses: Set<String> =
      switch cel.soort {
      case .prijs: ["prijs", "alternatief"]
      case .vergoeding: ["prijs", "percentage", "maximum"]
      case .tekst: ["tekst"]
      default: []
      }
    let present: [(String, Bool)] = [
      ("prijs", cel.prijs != nil), ("percentage", cel.percentage != nil),
      ("maximum", cel.maximum != nil),
      ("tekst", cel.tekst != nil), ("alternatief", cel.alternatief != nil),
    ]
    for (field, isPresent) in present where isPresent && !uses.contains(field) {
      add(path + "." + field, .unexpectedField(cel.soort, field: field))
    }
    switch cel.soort {
    case .prijs where cel.prijs == nil: add(path, .missingField(.prijs, field: "prijs"))
    case .tekst where cel.tekst == nil: add(path, .missingField(.tekst, field: "tekst"))
    case .vergoeding where cel.percentage == nil && cel.maximum == nil:
      add(path, .missingField(.vergoeding, field: "percentage\" or \"maximum"))
    default: break
    }
    if let tekst = cel.tekst { checkText(tekst, at: path + ".tekst") }
    if let maximum = cel.maximum { checkText(maximum, at: path + ".maximum") }
    if let prijs = cel.prijs { checkPrice(prijs, at: path + ".prijs") }
    if let alternatief = cel.alternatief {
      checkPrice(alternatief.prijs, at: path + ".alternatief.prijs")
      if catalog.dienst(alternatief.zonder) == nil {
        add(path + ".alternatief.zonder", .unknownService(alternatief.zonder))
      }
    }
    useFootnotes(cel.voetnoten, at: path + ".voetnoten")
  }

  mutating func checkPrice(_ prijs: Prijs, at path: String) {
    if let valuta = prijs.valuta {
      if valuta != "EUR" { add(path + ".valuta", .unsupportedCurrency(valuta)) }
    } else if catalog.valuta == nil {
      add(path, .priceWithoutCurrency)
    }
    if prijs.bedrag < .zero { add(path + ".bedrag", .negativePrice) }
    if let upper = prijs.totBedrag, upper < prijs.bedrag {
      add(path + ".totBedrag", .invertedRange)
    }
    if let eenheid = prijs.eenheid { checkText(eenheid, at: path + ".eenheid") }
  }

  mutating func useFootnotes(_ markers: [String]?, at path: String) {
    for (index, marker) in (markers ?? []).enumerated() {
      if footnoteMarkers.contains(marker) {
        usedFootnotes.insert(marker)
      } else {
        add(path + "[\(index)]", .unknownFootnote(marker, known: footnoteMarkers))
      }
    }
  }

  mutating func checkFootnotes() {
    var seen: Set<String> = []
    for (index, voetnoot) in (catalog.voetnoten ?? []).enumerated() {
      let path = "$.voetnoten[\(index)]"
      checkText(voetnoot.teken, at: path + ".teken")
      checkText(voetnoot.tekst, at: path + ".tekst")
      if !seen.insert(voetnoot.teken).inserted {
        add(path + ".teken", .duplicate("footnote \"\(voetnoot.teken)\""))
      }
      if !usedFootnotes.contains(voetnoot.teken) { add(path, .unusedFootnote(voetnoot.teken)) }
    }
  }

  mutating func checkLegendAndRates() {
    var kinds: Set<Celsoort> = []
    for (index, regel) in (catalog.legenda ?? []).enumerated() {
      checkText(regel.teken, at: "$.legenda[\(index)].teken")
      checkText(regel.betekenis, at: "$.legenda[\(index)].betekenis")
      if !kinds.insert(regel.soort).inserted {
        add(
          "$.legenda[\(index)].soort", .duplicate("the legend of kind \"\(regel.soort.rawValue)\""))
      }
    }
    var years: Set<Int> = []
    for (index, tarief) in (catalog.btw ?? []).enumerated()
    where !years.insert(tarief.jaar).inserted {
      add("$.btw[\(index)].jaar", .duplicate("the BTW rate of \(tarief.jaar)"))
    }
    var counts: Set<Int> = []
    for (index, korting) in (catalog.pakketkortingen ?? []).enumerated() {
      if korting.vanafVerzekeringen < 1 {
        add(
          "$.pakketkortingen[\(index)].vanafVerzekeringen",
          .outOfRange(korting.vanafVerzekeringen, expected: "1 or more"))
      }
      if !counts.insert(korting.vanafVerzekeringen).inserted {
        add(
          "$.pakketkortingen[\(index)].vanafVerzekeringen",
          .duplicate("the discount from \(korting.vanafVerzekeringen) insurances"))
      }
    }
    var terms: Set<Termijn> = []
    for (index, termijn) in (catalog.betaaltermijnen ?? []).enumerated()
    where !terms.insert(termijn.termijn).inserted {
      add(
        "$.betaaltermijnen[\(index)].termijn",
        .duplicate("the payment term \"\(termijn.termijn.rawValue)\""))
    }
    for (index, kenmerk) in (catalog.kenmerken ?? []).enumerated() {
      checkText(kenmerk.naam, at: "$.kenmerken[\(index)].naam")
      checkText(kenmerk.waarde, at: "$.kenmerken[\(index)].waarde")
    }
  }

  mutating func checkKey(_ key: String, at path: String) {
    let parts = key.split(separator: "-", omittingEmptySubsequences: false)
    let isKebab =
      !key.isEmpty
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || $0.isASCIIDigit }
      }
    if !isKebab { add(path, .malformedKey(key)) }
  }

  mutating func checkText(_ text: String, at path: String) {
    if text.allSatisfy(\.isWhitespace) { add(path, .emptyText) }
  }
}
