public import Foundation
import Kalender
import StrictJSON

/// A service-package catalog ("pakketoverzicht"): one overview sheet of an insurer or
/// arbodienst, with the packages it compares as columns and its services as rows.
///
/// A catalog is read from JSON (see docs/catalog-format.md) with ``decode(from:)``, then
/// checked with ``validate()``, which returns every finding with its JSON path. Rendering
/// and quoting assume a catalog without findings.
public struct Catalog: Sendable, Equatable, Codable {
  /// Stable identifier of the sheet, kebab-case (`asr-vov-arboned-2024`); the reference a
  /// rendered sheet carries.
  public var sleutel: String
  /// The sheet's title as the brochure gives it.
  public var titel: String
  /// Provider: the insurer or arbodienst that publishes the sheet.
  public var aanbieder: String
  /// The product the packages belong to (`MKB Verzuim-ontzorgverzekering`).
  public var product: String?
  /// The arbodiensten that carry out the services.
  public var arbodiensten: [String]?
  /// The tariff year.
  public var jaar: Int
  /// First day the tariffs apply.
  public var geldigVanaf: CalendarDate?
  /// Last day the tariffs apply.
  public var geldigTot: CalendarDate?
  /// Where the sheet comes from (brochure title and page), for the advisor to check against.
  public var bron: String?
  /// Currency of every price that does not name its own; only `EUR` is supported.
  public var valuta: String?
  /// The tax basis of prices that do not name their own.
  public var grondslag: Prijsgrondslag?
  /// How the sheet states its prices ("per medewerker per jaar, exclusief provisie en btw").
  public var prijsvermelding: String?
  /// The packages compared: the columns of the sheet.
  public var pakketten: [Pakket]
  /// The rows, grouped in sections.
  public var secties: [Sectie]
  /// What each mark means.
  public var legenda: [Legendaregel]?
  /// Footnotes, referred to by their marker from services and cells.
  public var voetnoten: [Voetnoot]?
  /// BTW rates by year; data, never a constant in code.
  public var btw: [BtwTarief]?
  /// Package discounts by number of insurances held with the provider.
  public var pakketkortingen: [Pakketkorting]?
  /// Surcharges for paying more often than once a year.
  public var betaaltermijnen: [Betaaltermijn]?
  /// From this many insurances on, no payment-term surcharge applies.
  public var geenToeslagVanafVerzekeringen: Int?
  /// Further product facts as name and value (contract term, policy costs, ...).
  public var kenmerken: [Kenmerk]?
  /// Conditions and remarks in the catalog author's own words.
  public var opmerkingen: [String]?
}

extension Catalog {
  /// Reads a catalog from JSON.
  ///
  /// The one place catalogs are decoded, so that a stricter decoder (unknown keys refused,
  /// line and column in errors) can replace Foundation's here alone.
  ///
  /// - Throws: `CatalogError` naming the JSON path and what was expected there.
  public static func decode(from data: Data) throws(CatalogError) -> Catalog {
    do {
      return try StrictJSONDecoder().decode(Catalog.self, from: data)
    } catch {
      throw CatalogError(error)
    }
  }

  /// The package with a key, if any.
  public func pakket(_ key: String) -> Pakket? { pakketten.first { $0.sleutel == key } }

  /// The service with a key and its section, if any.
  public func dienst(_ key: String) -> (sectie: Sectie, dienst: Dienst)? {
    for sectie in secties {
      if let dienst = sectie.diensten.first(where: { $0.sleutel == key }) {
        return (sectie, dienst)
      }
    }
    return nil
  }

  /// The packages a section shows, in column order.
  public func kolommen(of sectie: Sectie) -> [Pakket] {
    guard let keys = sectie.pakketten else { return pakketten }
    return keys.compactMap { pakket($0) }
  }

  /// The BTW rate of a year.
  public func btwTarief(jaar: Int) -> Percentage? { btw?.first { $0.jaar == jaar }?.percentage }
}
