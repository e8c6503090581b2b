/// A quote that cannot be made from a catalog and request.
public struct QuoteError: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: Reason

  public init(_ reason: Reason) {
    self.reason = reason
  }

  public enum Reason: Sendable, Equatable {
    case unknownPackage(String, known: [String])
    case unknownModule(String)
    case moduleNotInColumn(String, package: String)
    case moduleNotPriced(String, package: String, soort: Celsoort)
    case notPerEmployeePerYear(String, eenheid: String)
    case duplicateModule(String)
    case nothingToQuote(package: String)
    case employeesOutOfRange(Int)
    case insurancesOutOfRange(Int)
    case noBTWRate(year: Int)
    case termNotOffered(Termijn, offered: [Termijn])
    case amountTooLarge
  }

  public var description: String {
    switch reason {
    case .unknownPackage(let key, let known):
      "no package \"\(key)\" in this catalog; packages: \(known.joined(separator: ", "))"
    case .unknownModule(let key):
      "no service \"\(key)\" in this catalog to add as a module (--with takes a service key)"
    case .moduleNotInColumn(let key, let package):
      "service \"\(key)\" is in a section that does not show package \"\(package)\""
    case .moduleNotPriced(let key, let package, let soort):
      "service \"\(key)\" has no yearly price with package \"\(package)\" (its cell is \"\(soort.rawValue)\")"
    case .notPerEmployeePerYear(let key, let eenheid):
      "\"\(key)\" is priced \(eenheid), not per employee per year; a quote only multiplies yearly prices per employee"
    case .duplicateModule(let key):
      "module \"\(key)\" is given twice"
    case .nothingToQuote(let package):
      "package \"\(package)\" has no price in this catalog; add modules with --with"
    case .employeesOutOfRange(let count):
      "\(count) employees is out of range; expected \(Offerteaanvraag.werknemersBereik.lowerBound) to \(Offerteaanvraag.werknemersBereik.upperBound)"
    case .insurancesOutOfRange(let count):
      "\(count) insurances is out of range; expected \(Offerteaanvraag.verzekeringenBereik.lowerBound) to \(Offerteaanvraag.verzekeringenBereik.upperBound)"
    case .noBTWRate(let year):
      "the catalog gives no BTW rate for \(year); add {\"jaar\": \(year), \"percentage\": \"21\"} (the rate of that year) to \"btw\""
    case .termNotOffered(let term, let offered):
      "payment term \"\(term.rawValue)\" is not offered; offered: \(offered.map(\.rawValue).joined(separator: ", "))"
    case .amountTooLarge:
      "the amounts are too large to compute exactly"
    }
  }
}
