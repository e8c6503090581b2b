public import StrictJSON

/// Price: an amount with its currency, unit and tax basis.
public struct Prijs: Sendable, Equatable, Codable {
  /// The amount, or the lower end of a range.
  public var bedrag: Money
  /// The upper end of a range ("€ 75,- tot € 380,-").
  public var totBedrag: Money?
  /// The currency; when absent, the catalog's `valuta`. Only `EUR`.
  public var valuta: String?
  /// What the amount is per (`per deelnemer`, `per uur`, `per verrichting`); absent means per
  /// employee per year, the only unit a quote multiplies.
  public var eenheid: String?
  /// The tax basis; when absent, the catalog's.
  public var grondslag: Prijsgrondslag?

  public init(
    bedrag: Money, totBedrag: Money? = nil, valuta: String? = nil, eenheid: String? = nil,
    grondslag: Prijsgrondslag? = nil
  ) {
    self.bedrag = bedrag
    self.totBedrag = totBedrag
    self.valuta = valuta
    self.eenheid = eenheid
    self.grondslag = grondslag
  }

  /// Whether a quote may multiply it by a number of employees.
  public var isPerWerknemerPerJaar: Bool { eenheid == nil && totBedrag == nil }
}

/// Tax basis of a price.
public enum Prijsgrondslag: String, Sendable, Equatable, Codable, CaseIterable,
  JSONSchemaEnumeration
{
  /// BTW is added on top (the usual case for arbodienstverlening).
  case exclusiefBTW
  /// The amount already includes BTW.
  case inclusiefBTW
  /// An insurance premium including assurantiebelasting; no BTW applies.
  case inclusiefAssurantiebelasting

  /// Dutch text for sheets and quotes.
  public var dutch: String {
    switch self {
    case .exclusiefBTW: "exclusief btw"
    case .inclusiefBTW: "inclusief btw"
    case .inclusiefAssurantiebelasting: "inclusief assurantiebelasting, geen btw"
    }
  }
}
