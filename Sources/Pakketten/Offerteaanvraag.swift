/// Quote request: what an advisor asks a price for.
public struct Offerteaanvraag: Sendable, Equatable {
  /// The package key (a column of the catalog).
  public var pakket: String
  /// Number of employees the yearly prices are multiplied by.
  public var werknemers: Int
  /// How often the employer pays.
  public var termijn: Termijn
  /// Service keys of extension modules priced per employee per year in the package's column.
  public var modules: [String]
  /// Insurances the employer holds with the provider, this one included (for discounts).
  public var verzekeringen: Int
  /// The year whose BTW rate applies; the catalog's tariff year when nil.
  public var jaar: Int?

  public init(
    pakket: String, werknemers: Int, termijn: Termijn = .jaar, modules: [String] = [],
    verzekeringen: Int = 1, jaar: Int? = nil
  ) {
    self.pakket = pakket
    self.werknemers = werknemers
    self.termijn = termijn
    self.modules = modules
    self.verzekeringen = verzekeringen
    self.jaar = jaar
  }

  /// Accepted numbers of employees.
  public static let werknemersBereik = 1...1_000_000
  /// Accepted numbers of insurances.
  public static let verzekeringenBereik = 1...100
}
