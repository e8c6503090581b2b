import Pakketten
import Poortwachter

/// One cell as a sheet prints it: the text (a mark, a price, a share), its footnote markers
/// and a note.
public struct CellView: Sendable, Equatable, Encodable {
  /// The cell kind, for styling (`inbegrepen`, `prijs`, ...; `ontbreekt` in a comparison).
  public var soort: String
  public var tekst: String
  public var voetnoten: [String]
  public var toelichting: String?

  public init(soort: String, tekst: String, voetnoten: [String] = [], toelichting: String? = nil) {
    self.soort = soort
    self.tekst = tekst
    self.voetnoten = voetnoten
    self.toelichting = toelichting
  }

  /// The mark of a comparison column that has no service with the row's key.
  public static let missing = CellView(soort: "ontbreekt", tekst: "—")

  /// The printed form of `cel` in `catalog`, footnote markers prefixed with `prefix`.
  public init(_ cel: Cel, in catalog: Catalog, footnotePrefix prefix: String = "") {
    let mark = catalog.legenda?.first { $0.soort == cel.soort }?.teken
    let text: String
    switch cel.soort {
    case .inbegrepen: text = mark ?? "✓"
    case .nietInbegrepen: text = mark ?? "*"
    case .factuur: text = mark ?? "Factuur"
    case .nietVanToepassing: text = mark ?? "n.v.t."
    case .optioneel: text = mark ?? "○"
    case .leeg: text = ""
    case .tekst: text = cel.tekst ?? ""
    case .prijs:
      var parts = cel.prijs.map { [CellView.price($0, in: catalog)] } ?? []
      if let alternatief = cel.alternatief {
        let other = catalog.dienst(alternatief.zonder)?.dienst.naam ?? alternatief.zonder
        parts.append("zonder \(other): \(CellView.price(alternatief.prijs, in: catalog))")
      }
      text = parts.joined(separator: "; ")
    case .vergoeding:
      var parts = cel.prijs.map { [CellView.price($0, in: catalog)] } ?? []
      var share =
        cel.percentage == .whole(100) && cel.maximum == nil ? "volledige vergoeding" : "vergoeding"
      if let percentage = cel.percentage, share == "vergoeding" { share += " " + percentage.dutch }
      if let maximum = cel.maximum { share += ", maximum: " + maximum }
      parts.append(share)
      text = parts.joined(separator: "; ")
    }
    self.init(
      soort: cel.soort.rawValue, tekst: text, voetnoten: (cel.voetnoten ?? []).map { prefix + $0 },
      toelichting: cel.toelichting)
  }

  /// `€ 75,00 – € 380,00 per werknemer (inclusief assurantiebelasting, geen btw)`.
  static func price(_ prijs: Prijs, in catalog: Catalog) -> String {
    var text = prijs.bedrag.dutch
    if let upper = prijs.totBedrag { text += " – " + upper.dutch }
    if let eenheid = prijs.eenheid { text += " " + eenheid }
    if let basis = prijs.grondslag, basis != (catalog.grondslag ?? .exclusiefBTW) {
      text += " (\(basis.dutch))"
    }
    return text
  }
}
