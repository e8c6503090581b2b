import Pakketten
import Poortwachter

/// The template data of `package-compare.*`: packages of one or more catalogs side by side,
/// rows aligned by service key.
///
/// Columns are labelled A, B, C, ... per catalog; footnote markers carry that letter
/// (`A1`), since catalogs reuse markers. Rows follow the first catalog that has the key and
/// sit under a section of that title; a column without the key shows `—`.
public struct PackageComparison: Sendable, Encodable {
  public var kop: SheetHeader
  public var kolommen: [ComparisonColumn]
  public var secties: [SectionTable]
  public var legenda: [CatalogLegend]
  public var isBreed: Bool

  /// - Parameters:
  ///   - catalogs: The catalogs, in column order.
  ///   - packageKeys: Only these packages (from any catalog); all packages when empty.
  ///   - title: The comparison's title; a default names the columns.
  /// - Throws: `PackageDocumentError.unknownPackage` for a key no catalog has.
  public init(_ catalogs: [Catalog], packages packageKeys: [String] = [], title: String? = nil)
    throws(PackageDocumentError)
  {
    let allKeys = catalogs.flatMap { $0.pakketten.map(\.sleutel) }
    for key in packageKeys where !allKeys.contains(key) {
      throw .unknownPackage(key, known: allKeys)
    }
    let letters = (0..<catalogs.count).map { PackageComparison.letter($0) }
    var columns: [(catalog: Int, pakket: Pakket)] = []
    for (index, catalog) in catalogs.enumerated() {
      for pakket in catalog.pakketten
      where packageKeys.isEmpty || packageKeys.contains(pakket.sleutel) {
        columns.append((index, pakket))
      }
    }
    kolommen = columns.map { column in
      ComparisonColumn(
        letter: letters[column.catalog], catalogus: catalogs[column.catalog].titel,
        aanbieder: catalogs[column.catalog].aanbieder, pakket: column.pakket.naam)
    }
    let names = kolommen.map { "\($0.letter): \($0.pakket)" }
    kop = SheetHeader(
      soort: "Pakketvergelijking", titel: title ?? "Vergelijking " + names.joined(separator: " · "),
      referentie: catalogs.map(\.sleutel).joined(separator: " + "),
      peildatum: Array(Set(catalogs.map(\.jaar))).sorted().map { "tarieven \($0)" }.joined(
        separator: ", "))

    var order: [(section: String, keys: [String])] = []
    var placed: Set<String> = []
    for catalog in catalogs {
      for sectie in catalog.secties {
        for dienst in sectie.diensten where placed.insert(dienst.sleutel).inserted {
          if let index = order.firstIndex(where: { $0.section == sectie.titel }) {
            order[index].keys.append(dienst.sleutel)
          } else {
            order.append((sectie.titel, [dienst.sleutel]))
          }
        }
      }
    }
    secties = order.map { section in
      SectionTable(
        titel: section.section, toelichting: nil, kolommen: names,
        rijen: section.keys.compactMap { key in
          PackageComparison.row(key, catalogs: catalogs, letters: letters, columns: columns)
        })
    }
    legenda = catalogs.enumerated().map { index, catalog in
      CatalogLegend(
        letter: letters[index], catalogus: catalog.titel, regels: catalog.legenda ?? [],
        voetnoten: (catalog.voetnoten ?? []).map {
          Voetnoot(teken: letters[index] + $0.teken, tekst: $0.tekst)
        })
    }
    isBreed = kolommen.count > 2
  }

  static func row(
    _ key: String, catalogs: [Catalog], letters: [String], columns: [(catalog: Int, pakket: Pakket)]
  ) -> RowView? {
    let found = catalogs.enumerated().compactMap { index, catalog in
      catalog.dienst(key).map { (index, $0) }
    }
    guard let (firstIndex, first) = found.first else { return nil }
    let others = found.dropFirst().filter { $0.1.dienst.naam != first.dienst.naam }
      .map { "\(letters[$0.0]): \($0.1.dienst.naam)" }
    let cells = columns.map { column -> CellView in
      let catalog = catalogs[column.catalog]
      guard let (sectie, dienst) = catalog.dienst(key),
        catalog.kolommen(of: sectie).contains(where: { $0.sleutel == column.pakket.sleutel }),
        let cel = dienst.cellen[column.pakket.sleutel]
      else { return .missing }
      return CellView(cel, in: catalog, footnotePrefix: letters[column.catalog])
    }
    var dienst = first.dienst
    dienst.niveau = 0
    return RowView(dienst, cells: cells, footnotePrefix: letters[firstIndex], otherNames: others)
  }

  static func letter(_ index: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < alphabet.count ? String(alphabet[index]) : "K\(index + 1)"
  }
}

/// A column of a comparison.
public struct ComparisonColumn: Sendable, Encodable {
  public var letter: String
  public var catalogus: String
  public var aanbieder: String
  public var pakket: String
}

/// The marks and footnotes of one catalog in a comparison.
public struct CatalogLegend: Sendable, Encodable {
  public var letter: String
  public var catalogus: String
  public var regels: [Legendaregel]
  public var voetnoten: [Voetnoot]
}
