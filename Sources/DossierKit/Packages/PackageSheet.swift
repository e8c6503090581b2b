import Kalender
import Pakketten
import Poortwachter

/// The template data of `package-sheet.*`: one catalog as an overview sheet.
public struct PackageSheet: Sendable, Encodable {
  public var kop: SheetHeader
  public var catalogus: CatalogSummary
  public var pakketten: [PackageSummary]
  public var secties: [SectionTable]
  public var legenda: [Legendaregel]
  public var voetnoten: [Voetnoot]
  public var kenmerken: [Kenmerk]
  public var tarieven: [String]
  public var opmerkingen: [String]
  /// Whether the table is wide enough to print in landscape.
  public var isBreed: Bool
  /// Whether each closing list has entries (templates print its heading only then).
  public var heeftLegenda: Bool
  public var heeftVoetnoten: Bool
  public var heeftTarieven: Bool
  public var heeftKenmerken: Bool
  public var heeftOpmerkingen: Bool

  /// The sheet of `catalog`, showing only `packageKeys` when given (in catalog order).
  ///
  /// - Throws: `PackageDocumentError.unknownPackage` for a key the catalog does not have.
  public init(_ catalog: Catalog, packages packageKeys: [String] = []) throws(PackageDocumentError)
  {
    for key in packageKeys where catalog.pakket(key) == nil {
      throw .unknownPackage(key, known: catalog.pakketten.map(\.sleutel))
    }
    let selected = catalog.pakketten.filter {
      packageKeys.isEmpty || packageKeys.contains($0.sleutel)
    }
    kop = SheetHeader(
      soort: "Pakketoverzicht", titel: catalog.titel, referentie: catalog.sleutel,
      peildatum: catalog.geldigVanaf?.dutch ?? "tarieven \(catalog.jaar)")
    catalogus = CatalogSummary(catalog)
    pakketten = selected.map { PackageSummary($0, in: catalog) }
    secties = catalog.secties.compactMap { sectie in
      let columns = catalog.kolommen(of: sectie).filter { pakket in
        selected.contains { $0.sleutel == pakket.sleutel }
      }
      guard !columns.isEmpty else { return nil }
      return SectionTable(
        titel: sectie.titel, toelichting: sectie.toelichting, kolommen: columns.map(\.naam),
        rijen: sectie.diensten.map { dienst in
          RowView(
            dienst,
            cells: columns.map { pakket in
              dienst.cellen[pakket.sleutel].map { CellView($0, in: catalog) } ?? CellView.missing
            })
        })
    }
    legenda = catalog.legenda ?? []
    voetnoten = catalog.voetnoten ?? []
    kenmerken = catalog.kenmerken ?? []
    tarieven = PackageSheet.rates(catalog)
    opmerkingen = catalog.opmerkingen ?? []
    isBreed = secties.contains { $0.kolommen.count > 2 }
    heeftLegenda = !legenda.isEmpty
    heeftVoetnoten = !voetnoten.isEmpty
    heeftTarieven = !tarieven.isEmpty
    heeftKenmerken = !kenmerken.isEmpty
    heeftOpmerkingen = !opmerkingen.isEmpty
  }

  /// BTW, discounts and payment terms as lines of text.
  static func rates(_ catalog: Catalog) -> [String] {
    var lines = (catalog.btw ?? []).sorted { $0.jaar < $1.jaar }.map {
      "Btw \($0.jaar): \($0.percentage.dutch)"
    }
    for korting in (catalog.pakketkortingen ?? []).sorted(by: {
      $0.vanafVerzekeringen < $1.vanafVerzekeringen
    }) {
      lines.append(
        "Pakketkorting vanaf \(korting.vanafVerzekeringen) verzekeringen: \(korting.percentage.dutch)"
      )
    }
    for termijn in catalog.betaaltermijnen ?? [] {
      lines.append("Toeslag \(termijn.termijn.betaling): \(termijn.toeslag.dutch)")
    }
    if let minimum = catalog.geenToeslagVanafVerzekeringen {
      lines.append("Geen toeslag voor termijnbetaling vanaf \(minimum) verzekeringen")
    }
    return lines
  }
}

/// The catalog's header facts.
public struct CatalogSummary: Sendable, Encodable {
  public var titel: String
  public var aanbieder: String
  public var product: String?
  public var arbodiensten: String?
  public var jaar: Int
  public var geldigheid: String?
  public var bron: String?
  public var prijsvermelding: String?

  init(_ catalog: Catalog) {
    titel = catalog.titel
    aanbieder = catalog.aanbieder
    product = catalog.product
    arbodiensten = catalog.arbodiensten.map { $0.joined(separator: ", ") }
    jaar = catalog.jaar
    switch (catalog.geldigVanaf, catalog.geldigTot) {
    case (let from?, let to?): geldigheid = "\(from.dutch) t/m \(to.dutch)"
    case (let from?, nil): geldigheid = "vanaf \(from.dutch)"
    case (nil, let to?): geldigheid = "tot en met \(to.dutch)"
    case (nil, nil): geldigheid = nil
    }
    bron = catalog.bron
    prijsvermelding = catalog.prijsvermelding
  }
}

/// A package as the sheet's package list shows it.
public struct PackageSummary: Sendable, Encodable {
  public var sleutel: String
  public var naam: String
  public var prijs: String
  public var poortwachtergarantie: String?
  public var vovConvenant: String?
  public var kenmerken: [String]
  public var heeftKenmerken: Bool
  public var toelichting: String?

  init(_ pakket: Pakket, in catalog: Catalog) {
    sleutel = pakket.sleutel
    naam = pakket.naam
    if let price = pakket.prijs {
      prijs =
        CellView.price(price, in: catalog) + " per werknemer per jaar, "
        + (price.grondslag ?? catalog.grondslag ?? .exclusiefBTW).dutch
    } else {
      prijs = pakket.prijsomschrijving ?? "geen prijs vermeld"
    }
    poortwachtergarantie = pakket.poortwachtergarantie.map { $0 ? "ja" : "nee" }
    vovConvenant = pakket.vovConvenant.map { $0 ? "ja" : "nee" }
    kenmerken = pakket.kenmerken ?? []
    heeftKenmerken = !kenmerken.isEmpty
    toelichting = pakket.toelichting
  }
}

/// One section as a table: its columns and rows.
public struct SectionTable: Sendable, Encodable {
  public var titel: String
  public var toelichting: String?
  public var kolommen: [String]
  public var rijen: [RowView]
}

/// One row: the service and its cells in column order.
public struct RowView: Sendable, Encodable {
  public var sleutel: String
  public var naam: String
  public var isSubrij: Bool
  public var onderdelen: [String]
  public var heeftOnderdelen: Bool
  public var toelichting: String?
  public var voetnoten: [String]
  /// Labels other catalogs of a comparison give the same service.
  public var andereNamen: [String]
  public var cellen: [CellView]

  init(_ dienst: Dienst, cells: [CellView], footnotePrefix: String = "", otherNames: [String] = [])
  {
    sleutel = dienst.sleutel
    naam = dienst.naam
    isSubrij = (dienst.niveau ?? 0) > 0
    onderdelen = dienst.onderdelen ?? []
    heeftOnderdelen = !onderdelen.isEmpty
    toelichting = dienst.toelichting
    voetnoten = (dienst.voetnoten ?? []).map { footnotePrefix + $0 }
    andereNamen = otherNames
    cellen = cells
  }
}
