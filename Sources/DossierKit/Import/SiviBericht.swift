import Foundation
public import Kalender
import Poortwachter

/// One SIVI `Verzuimmeldingen` message as read: the envelope and, per employer, employee and
/// employment, the numbered absence notifications (`Vrzm`). Only what a Poortwachter case
/// needs is kept; restricted fields are never kept, only the fact that they were present and
/// where (``SiviWeglating``), so that the import can say what it left out.
///
/// Structure and formats follow the public XSDs of the Verzuimstandaard Werkgevers ↔
/// Arbodiensten, releases 2022, 2024, 2025 and 2026 (see docs/sivi-import.md).
public struct SiviBericht: Sendable {
  /// The file as the user named it.
  public var file: String
  /// 2022, 2024, 2025 or 2026: the last segment of the namespace.
  public var release: Int
  /// `Berrefnr`: the sender's reference of this message.
  public var berrefnr: String
  /// `AandatBr`: the day the message was made, which is the day the employer reported to the
  /// arbodienst what it holds.
  public var aanmaakdatum: CalendarDate
  /// `AantijdBr`, as sent (`HH:MM:SS`): orders two messages of one day.
  public var aanmaaktijd: String
  var werkgevers: [SiviWerkgever]
  /// Restricted or minimised elements that were present and are not imported.
  public var weglatingen: [SiviWeglating]

  /// The number of notifications (`Vrzm`) in the message.
  public var meldingCount: Int {
    werkgevers.reduce(0) { total, werkgever in
      total
        + werkgever.werknemers.reduce(0) { total, werknemer in
          total + werknemer.dienstverbanden.reduce(0) { $0 + $1.meldingen.count }
        }
    }
  }
}

/// Where something is in a message: `file:line:column: element/path`.
public struct SiviLocation: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  /// `Verzuimmeldingen/Wrkgvr/Wrknmr[2]/Dnstvbnd/Vrzm[3]/PrcVrzm`.
  public var path: String

  public var description: String { "\(file):\(line):\(column): \(path)" }
}

/// A restricted or minimised element that was present and was left out.
public struct SiviWeglating: Sendable, Hashable {
  /// The element name (`OorzkVrzmCd`); never its value.
  public var element: String
  public var location: SiviLocation
}

/// A message that cannot be imported: where, and what is wrong.
public struct SiviImportError: Error, Sendable, Equatable, CustomStringConvertible {
  public var location: String
  public var problem: String

  public init(location: String, problem: String) {
    self.location = location
    self.problem = problem
  }

  init(_ location: SiviLocation, _ problem: String) {
    self.init(location: location.description, problem: problem)
  }

  public var description: String { "\(location): \(problem)" }
}

struct SiviWerkgever: Sendable {
  var naam: String
  var kvkNummer: String?
  var vestigingsnummer: String?
  var loonheffingennummer: String?
  /// `IdWrkgvrArbdnst`: the employer's id at the arbodienst, the key of the employer.
  var idBijArbodienst: String
  var eigenRisicodragerZW: Bool?
  var werknemers: [SiviWerknemer]
}

struct SiviWerknemer: Sendable {
  /// `IdWrknmr`: the sender's key of the employee.
  var id: String
  var bsn: String?
  var geboortedatum: CalendarDate
  var naam: String
  /// `WrknmrNoriskJN` = J: a Ziektewet vangnet may apply; the category itself is not kept.
  var noRiskPolis: Bool
  var location: SiviLocation
  var dienstverbanden: [SiviDienstverband]
}

struct SiviDienstverband: Sendable {
  var id: String
  var persnr: String?
  var ingangsdatum: CalendarDate
  var einddatum: CalendarDate?
  var soort: Dienstverband.Soort?
  var functie: String?
  var contracturenPerWeek: Double?
  var location: SiviLocation
  var meldingen: [SiviMelding]
}

/// One numbered notification about one absence case: the state from `IngdatMutVrzm` on.
struct SiviMelding: Sendable {
  /// What the notification says, without where it was: two deliveries of one notification
  /// are the same when these are equal.
  struct Inhoud: Sendable, Equatable {
    var verwerking: String
    var ingangsdatum: CalendarDate
    var ingangsdatumOud: CalendarDate?
    var gevalIdOud: String?
    var einde: Bool
    var datumMeldingWerkgever: CalendarDate?
    var eersteZiektedag: CalendarDate
    var eersteZiektedagOud: CalendarDate?
    var hersteldatum: CalendarDate?
    /// `PrcVrzm`: the share of the contract hours *absent*, 0 to 100.
    var percentageAfwezig: Decimal
    /// `VngntJN`: J, N or O (onbekend).
    var vangnet: String
    /// Restricted elements present (names only), for the same-notification test and review.
    var beperkt: [String]
  }

  var gevalId: String
  var volgnummer: Int
  var inhoud: Inhoud
  var location: SiviLocation
  /// Where `WAZOCd` and `BijzRdnStartVrzmCd` were, if present: both may change the counts.
  var wazo: SiviLocation?
  var bijzondereReden: SiviLocation?
}
