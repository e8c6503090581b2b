import StrictJSON

/// Something wrong in a readable catalog, at a JSON path.
public struct CatalogFinding: Sendable, Equatable, CustomStringConvertible {
  /// Where: `$.secties[2].diensten[4].cellen.compleet`.
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// What is wrong; data only, put into words by ``description``.
  public enum Reason: Sendable, Equatable {
    /// A cell or section names a package the catalog does not have.
    case unknownPackage(String, known: [String])
    /// A service has no cell for a package its section shows.
    case missingCell(package: String)
    /// A service key used twice.
    case duplicateServiceKey(String, firstAt: String)
    /// A package key used twice.
    case duplicatePackageKey(String, firstAt: String)
    /// A key that is not lower-case kebab-case.
    case malformedKey(String)
    /// A price with no currency, and no catalog currency to fall back on.
    case priceWithoutCurrency
    /// A currency other than EUR.
    case unsupportedCurrency(String)
    /// A footnote marker no footnote defines.
    case unknownFootnote(String, known: [String])
    /// A footnote no service or cell refers to.
    case unusedFootnote(String)
    /// Two footnotes, legend entries or rates for the same marker, kind or year.
    case duplicate(String)
    /// A cell of this kind needs this field.
    case missingField(Celsoort, field: String)
    /// A cell of this kind has no use for this field.
    case unexpectedField(Celsoort, field: String)
    /// A cell refers to a service the catalog does not have.
    case unknownService(String)
    /// Text that must not be empty.
    case emptyText
    /// A price range whose upper end is below its lower end.
    case invertedRange
    /// A negative amount where a price is expected.
    case negativePrice
    /// The validity ends before it starts.
    case invertedValidity
    /// A count that must be at least 1 (or 0 for indentation).
    case outOfRange(Int, expected: String)
    /// A list that must not be empty.
    case emptyList
  }

  public var description: String { "\(path): \(message)" }

  /// The finding in words, without its path.
  public var message: String {
    switch reason {
    case .unknownPackage(let key, let known):
      "no package \"\(key)\" in this catalog\(suggestion(for: key, in: known)); packages: \(known.joined(separator: ", "))"
    case .missingCell(let package):
      "no cell for package \"\(package)\"; give every package of the section a cell (\"leeg\" when the brochure shows nothing)"
    case .duplicateServiceKey(let key, let first):
      "service key \"\(key)\" is already used at \(first); service keys must be unique in a catalog"
    case .duplicatePackageKey(let key, let first):
      "package key \"\(key)\" is already used at \(first)"
    case .malformedKey(let key):
      "key \"\(key)\" is not lower-case kebab-case (letters a-z, digits, single hyphens), like \"plan-van-aanpak\""
    case .priceWithoutCurrency:
      "a price without currency; add \"valuta\": \"EUR\" to the price or to the catalog"
    case .unsupportedCurrency(let code):
      "currency \"\(code)\" is not supported; only \"EUR\""
    case .unknownFootnote(let marker, let known):
      "footnote marker \"\(marker)\" has no footnote"
        + (known.isEmpty
          ? "; the catalog has no \"voetnoten\"" : "; footnotes: \(known.joined(separator: ", "))")
    case .unusedFootnote(let marker):
      "footnote \"\(marker)\" is not referred to by any service or cell"
    case .duplicate(let what):
      "\(what) is given twice"
    case .missingField(let soort, let field):
      "a cell of kind \"\(soort.rawValue)\" needs \"\(field)\""
    case .unexpectedField(let soort, let field):
      "a cell of kind \"\(soort.rawValue)\" has no use for \"\(field)\"; remove it or change the kind"
    case .unknownService(let key):
      "no service \"\(key)\" in this catalog"
    case .emptyText:
      "must not be empty"
    case .invertedRange:
      "the upper end \"totBedrag\" is below \"bedrag\""
    case .negativePrice:
      "a price must not be negative"
    case .invertedValidity:
      "\"geldigTot\" is before \"geldigVanaf\""
    case .outOfRange(let value, let expected):
      "\(value) is out of range; expected \(expected)"
    case .emptyList:
      "must not be an empty list"
    }
  }

  private func suggestion(for key: String, in known: [String]) -> String {
    let close =
      known.first { $0.hasPrefix(key) || key.hasPrefix($0) }
      ?? NameSuggestion.closest(to: key, among: known)
    return close.map { "; did you mean \"\($0)\"?" } ?? ""
  }
}
