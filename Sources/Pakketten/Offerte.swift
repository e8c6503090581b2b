/// Quote: a yearly price for a package and modules, line by line, exact to the cent.
///
/// Built by ``Catalog/quote(_:)``. Lines are grouped by tax basis; per group a package
/// discount, a payment-term surcharge and BTW may follow, each one ``Percentageregel``
/// rounded as ``afrondingsregel`` says.
public struct Offerte: Sendable, Equatable, Codable {
  public var catalogus: String
  public var titel: String
  public var aanbieder: String
  public var pakket: String
  public var pakketnaam: String
  public var werknemers: Int
  public var termijn: Termijn
  public var verzekeringen: Int
  /// The year whose BTW rate was used.
  public var jaar: Int
  public var groepen: [Offertegroep]
  /// Everything the employer pays per year, taxes included.
  public var totaalPerJaar: Money
  /// The yearly total split over the payment term: counts of equal payments, larger first.
  public var termijnbedragen: [Termijnbedrag]
  /// Why a discount or surcharge did or did not apply, and other remarks, in order.
  public var toelichtingen: [String]
  /// The rounding rule, stated on every quote.
  public var afronding: String

  /// The rounding rule every quote follows.
  public static let afrondingsregel = """
    Bedragen zijn exact in hele centen berekend. Korting, toeslag en btw worden elk één keer \
    berekend over het bedrag waarop ze van toepassing zijn en afgerond op hele centen, een \
    halve cent naar boven. Het jaarbedrag wordt over de termijnen verdeeld in bedragen die \
    hooguit één cent verschillen; de eerste termijnen dragen het restant.
    """
}

/// The lines of one tax basis with their discount, surcharge, BTW and total.
public struct Offertegroep: Sendable, Equatable, Codable {
  public var grondslag: Prijsgrondslag
  public var regels: [Offerteregel]
  public var subtotaal: Money
  public var korting: Percentageregel?
  public var toeslag: Percentageregel?
  /// The subtotal after discount and surcharge, before BTW.
  public var totaalVoorBTW: Money
  public var btw: Percentageregel?
  public var totaal: Money
}

/// One priced line: a package or module times the number of employees.
public struct Offerteregel: Sendable, Equatable, Codable {
  /// The package or service key.
  public var sleutel: String
  public var omschrijving: String
  public var aantal: Int
  public var prijs: Money
  public var bedrag: Money
  /// Why this price (an alternative price, an included module), if anything needs saying.
  public var toelichting: String?
}

/// A percentage of an amount, rounded: a discount (negative), a surcharge or BTW.
public struct Percentageregel: Sendable, Equatable, Codable {
  public var omschrijving: String
  public var percentage: Percentage
  /// The amount the percentage is taken of.
  public var over: Money
  public var bedrag: Money
}

/// `aantal` payments of `bedrag` each.
public struct Termijnbedrag: Sendable, Equatable, Codable {
  public var aantal: Int
  public var bedrag: Money
}
