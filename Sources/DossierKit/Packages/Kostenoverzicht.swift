public import Kalender
public import Pakketten
public import Poortwachter

/// What each Poortwachter step of a case costs the employer under its package: included, a
/// tariff from the catalog's list, a reimbursed share, or what the catalog says instead.
///
/// Money is counted "so far" only for steps done by the reference date; tariffs of steps still
/// to come are shown apart. Catalog prices are as the catalog states them (usually exclusive
/// of BTW); the overview says which.
public struct Kostenoverzicht: Sendable, Equatable, Encodable {
  public struct Regel: Sendable, Equatable, Encodable {
    /// The step key services carry in catalogs (`planVanAanpak`).
    public var stap: String
    /// The timeline rule of the step (`TL-05`).
    public var regel: String
    public var titel: String
    /// The day it was done, or its due date when not done yet.
    public var datum: CalendarDate?
    public var gedaan: Bool
    public var dekking: Dekking
    /// The catalog rows consulted, by name.
    public var diensten: [String]
  }

  public enum Dekking: Sendable, Equatable, Encodable {
    case inbegrepen
    case tarief(Money)
    case vergoeding(Percentage, maximum: String?)
    /// The catalog gives words, not an amount ("Verrichtingentarief").
    case tekst(String)
    case nietInbegrepen
    /// No row of the catalog covers the step for this package.
    case onbekend
    case nietVanToepassing(String)

    private enum CodingKeys: String, CodingKey { case soort, bedrag, percentage, maximum, tekst }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch self {
      case .inbegrepen: try container.encode("inbegrepen", forKey: .soort)
      case .tarief(let amount):
        try container.encode("tarief", forKey: .soort)
        try container.encode(amount, forKey: .bedrag)
      case .vergoeding(let share, let maximum):
        try container.encode("vergoeding", forKey: .soort)
        try container.encode(share, forKey: .percentage)
        try container.encodeIfPresent(maximum, forKey: .maximum)
      case .tekst(let text):
        try container.encode("tekst", forKey: .soort)
        try container.encode(text, forKey: .tekst)
      case .nietInbegrepen: try container.encode("niet-inbegrepen", forKey: .soort)
      case .onbekend: try container.encode("onbekend", forKey: .soort)
      case .nietVanToepassing(let reason):
        try container.encode("niet-van-toepassing", forKey: .soort)
        try container.encode(reason, forKey: .tekst)
      }
    }

    /// Dutch words for the overview.
    public var dutch: String {
      switch self {
      case .inbegrepen: "inbegrepen in het pakket"
      case .tarief(let amount): amount.dutch
      case .vergoeding(let share, let maximum):
        "vergoeding \(share.dutch)" + (maximum.map { ", \($0)" } ?? "")
      case .tekst(let text): text
      case .nietInbegrepen: "niet inbegrepen; tarief van de arbodienst"
      case .onbekend: "niet in de catalogus voor dit pakket"
      case .nietVanToepassing(let reason): "niet van toepassing (\(reason))"
      }
    }
  }

  public var referentie: String
  public var peildatum: CalendarDate
  public var catalogus: String
  public var pakket: String
  /// How catalog amounts are stated ("exclusief btw").
  public var grondslag: String?
  public var regels: [Regel]
  /// Tariffs of the steps done by the reference date: what the employer pays beyond the package so far.
  public var totaalTotNu: Money
  /// Tariffs of the steps still to come.
  public var nogTeVerwachten: Money
  /// The rules that dated the steps.
  public var regelset: RuleSet = .current
}

/// A case whose package cannot be priced.
public struct KostenError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
}

extension Catalog {
  /// The Poortwachter steps that catalogs price: a catalog row's `stap` key and the checklist
  /// step whose deadline (`Stap.termijn`) dates it.
  public static let geprijsdeStappen: [(stap: String, checklist: Stap)] = [
    ("probleemanalyse", .s3), ("planVanAanpak", .s4), ("42eWeeksmelding", .s6),
    ("eerstejaarsevaluatie", .s7), ("actueelOordeel", .s8), ("reintegratieverslag", .s10),
  ]

  /// The costs of a case's steps under one of this catalog's packages.
  public func kosten(for dossier: Verzuimdossier, timeline: Timeline, pakket key: String)
    throws(KostenError) -> Kostenoverzicht
  {
    guard let pakket = pakket(key) else {
      let known = pakketten.map(\.sleutel).joined(separator: ", ")
      throw KostenError(
        description: "the catalog \(sleutel) has no package \"\(key)\"; it has \(known)")
    }
    var regels: [Kostenoverzicht.Regel] = []
    var sofar = Money.zero
    var coming = Money.zero
    for (stap, checklist) in Catalog.geprijsdeStappen {
      guard let step = timeline.step(checklist.termijn) else { continue }
      let rows = secties.flatMap(\.diensten).filter { $0.stap == stap }
      var dekking = Self.dekking(rows.compactMap { $0.cellen[key] })
      var gedaan = false
      var datum = step.due
      switch step.state {
      case .done(let date, _):
        gedaan = true
        datum = date
      case .notApplicable(let reason):
        dekking = .nietVanToepassing(reason)
      default:
        break
      }
      if case .tarief(let amount) = dekking {
        if gedaan { sofar = sofar + amount } else { coming = coming + amount }
      }
      regels.append(
        Kostenoverzicht.Regel(
          stap: stap, regel: step.rule.code, titel: step.title, datum: datum, gedaan: gedaan,
          dekking: dekking,
          diensten: rows.filter { $0.cellen[key] != nil }.map(\.naam)))
    }
    return Kostenoverzicht(
      referentie: dossier.veiligeReferentie, peildatum: timeline.peildatum, catalogus: titel,
      pakket: pakket.naam,
      grondslag: grondslag?.dutch, regels: regels, totaalTotNu: sofar, nogTeVerwachten: coming)
  }

  /// One answer from a step's cells: included anywhere wins, then the first price, then a
  /// reimbursed share, then the catalog's words.
  static func dekking(_ cells: [Cel]) -> Kostenoverzicht.Dekking {
    if cells.contains(where: { $0.soort == .inbegrepen }) { return .inbegrepen }
    if let price = cells.first(where: { $0.soort == .prijs })?.prijs {
      return .tarief(price.bedrag)
    }
    if let share = cells.first(where: { $0.soort == .vergoeding }),
      let percentage = share.percentage
    {
      return .vergoeding(percentage, maximum: share.maximum)
    }
    if let text = cells.first(where: { $0.soort == .tekst })?.tekst { return .tekst(text) }
    if cells.contains(where: { $0.soort == .nietInbegrepen || $0.soort == .factuur }) {
      return .nietInbegrepen
    }
    return .onbekend
  }
}
