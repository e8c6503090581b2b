import Foundation
import Kalender
import Poortwachter

/// One SIVI absence case's notifications, applied in number order, as a `Verzuimperiode`:
///
/// - `DatEerstVrzmdg` is the eerste ziektedag;
/// - a notification with `EndVrzmJN` N states the share absent (`PrcVrzm`) from
///   `IngdatMutVrzm` on; the case records the share *worked*, 100 − `PrcVrzm`, as a
///   gedeeltelijk herstel on that day (CNT-12: the period runs on). At the first sick day
///   only a partial absence is recorded; every later notification is recorded as stated,
///   so that merging in any order gives the same facts;
/// - `EndVrzmJN` J ends the period: the hersteldatum (first day fit) is `DatHrstld`, or
///   `IngdatMutVrzm` when that is absent.
///
/// Facts already in a case file (`--into`) are never changed: a notification that
/// disagrees with one is a ``SiviConflict``. Within one import a later notification of the
/// same day corrects an earlier one.
struct PeriodeOpbouw {
  private(set) var periode: Verzuimperiode
  private(set) var conflicts: [SiviConflict] = []
  private(set) var controles: [SiviControle] = []
  /// Days of gedeeltelijk herstel the case file recorded before this import.
  private let recordedDays: Set<CalendarDate>
  private let recordedHerstel: Bool
  private let path: String
  /// The notification that set the hersteldatum in this import.
  private var herstelFrom: SiviLocation?

  /// - Parameter recorded: the case file's period with the same eerste ziektedag, if any.
  init(
    _ meldingen: [SiviImport.Melding], recorded: Verzuimperiode?, path: String = "$"
  ) throws(SiviImportError) {
    let d1 = try Self.eersteZiektedag(meldingen)
    periode = recorded ?? Verzuimperiode(eersteZiektedag: d1)
    recordedDays = Set((recorded?.gedeeltelijkHerstel ?? []).map(\.datum))
    recordedHerstel = recorded?.hersteldatum != nil
    self.path = path
  }

  /// The case's first sick day: the same in every notification, unless a later one corrects
  /// it and names the old day in `DatEerstVrzmdgOud`.
  static func eersteZiektedag(_ meldingen: [SiviImport.Melding]) throws(SiviImportError)
    -> CalendarDate
  {
    guard var d1 = meldingen.first?.melding.inhoud.eersteZiektedag else {
      throw SiviImportError(location: "-", problem: "an absence case without notifications")
    }
    var setBy = meldingen[0].melding
    for entry in meldingen.dropFirst() {
      let inhoud = entry.melding.inhoud
      guard inhoud.eersteZiektedag != d1 else { continue }
      guard inhoud.eersteZiektedagOud == d1 else {
        throw SiviImportError(
          entry.melding.location,
          "DatEerstVrzmdg \(inhoud.eersteZiektedag) contradicts \(d1) in notification \(setBy.volgnummer) (\(setBy.location)); a correction names the old day in DatEerstVrzmdgOud"
        )
      }
      d1 = inhoud.eersteZiektedag
      setBy = entry.melding
    }
    return d1
  }

  mutating func apply(_ entry: SiviImport.Melding) throws(SiviImportError) {
    let melding = entry.melding
    var inhoud = melding.inhoud
    let d1 = periode.eersteZiektedag
    // A notification written before a later one corrected the first sick day: its state
    // holds from the corrected day on.
    if inhoud.eersteZiektedag != d1 {
      inhoud.ingangsdatum = max(inhoud.ingangsdatum, d1)
    }
    guard inhoud.verwerking != "04" else {
      controles.append(
        SiviControle(
          location: melding.location,
          message:
            "VrwrkCd 04 (most likely a withdrawal; the code's meaning is unconfirmed): this notification was not applied; check the case by hand"
        ))
      return
    }
    guard inhoud.ingangsdatum >= d1 else {
      throw SiviImportError(
        melding.location,
        "IngdatMutVrzm \(inhoud.ingangsdatum) lies before the first sick day \(d1) (DatEerstVrzmdg)"
      )
    }
    if inhoud.einde {
      let herstel = inhoud.hersteldatum ?? inhoud.ingangsdatum
      if let stated = inhoud.hersteldatum, stated != inhoud.ingangsdatum {
        controles.append(
          SiviControle(
            location: melding.location,
            message:
              "DatHrstld \(stated) and IngdatMutVrzm \(inhoud.ingangsdatum) differ; \(stated) was taken as the first day fit"
          ))
      }
      guard herstel > d1 else {
        throw SiviImportError(
          melding.location, "the recovery on \(herstel) is not after the first sick day \(d1)")
      }
      if let existing = periode.hersteldatum, existing != herstel {
        if recordedHerstel {
          conflicts.append(
            SiviConflict(
              path: path + ".hersteldatum", recorded: existing.description,
              imported: "recovered on \(herstel)", location: melding.location))
          return
        }
      }
      periode.hersteldatum = herstel
      herstelFrom = melding.location
      return
    }
    if let herstel = periode.hersteldatum, inhoud.ingangsdatum >= herstel {
      guard let from = herstelFrom else {
        conflicts.append(
          SiviConflict(
            path: path + ".hersteldatum", recorded: herstel.description,
            imported: "absent from \(inhoud.ingangsdatum)", location: melding.location))
        return
      }
      throw SiviImportError(
        melding.location,
        "absence from \(inhoud.ingangsdatum) contradicts the recovery on \(herstel) at \(from)")
    }
    let worked = NSDecimalNumber(decimal: 100 - inhoud.percentageAfwezig).doubleValue
    var parts = periode.gedeeltelijkHerstel ?? []
    if let index = parts.firstIndex(where: { $0.datum == inhoud.ingangsdatum }) {
      guard parts[index].percentage != worked else { return }
      if recordedDays.contains(inhoud.ingangsdatum) {
        conflicts.append(
          SiviConflict(
            path: path + ".gedeeltelijkHerstel[\(index)].percentage",
            recorded: "\(Self.show(parts[index].percentage))% worked",
            imported: "\(Self.show(worked))% worked (PrcVrzm \(inhoud.percentageAfwezig))",
            location: melding.location))
        return
      }
      parts[index].percentage = worked
    } else {
      // On the first sick day a full absence is the period itself, not a resumption.
      guard inhoud.ingangsdatum != d1 || worked != 0 else { return }
      parts.append(GedeeltelijkHerstel(datum: inhoud.ingangsdatum, percentage: worked))
      parts.sort { $0.datum < $1.datum }
    }
    periode.gedeeltelijkHerstel = parts
  }

  /// After the last notification: no resumption may fall on or after the recovery.
  mutating func finish() throws(SiviImportError) {
    guard let herstel = periode.hersteldatum, let from = herstelFrom,
      let late = (periode.gedeeltelijkHerstel ?? []).first(where: { $0.datum >= herstel })
    else { return }
    throw SiviImportError(
      from,
      "the recovery on \(herstel) comes before the partial absence recorded from \(late.datum) by an earlier notification"
    )
  }

  static func show(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : "\(value)"
  }
}
