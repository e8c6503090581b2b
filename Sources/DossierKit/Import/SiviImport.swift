import Foundation
import Kalender
import Poortwachter

/// SIVI Verzuimmeldingen turned into case files: the notifications of all messages, checked
/// against each other, grouped per employee and absence case, and chained into one dossier
/// per ziektetijdvak by the timeline's own samentelling (``Ziektetijdvak/all(periodes:wazoVerlof:)``).
///
/// The same set of messages gives the same cases whatever the order of the files: each
/// notification is keyed by (`VrzmgvlId`, `VrzmgvlVnrMld`) and applied in number order; a
/// notification delivered twice counts once; one whose content differs from an earlier
/// delivery of the same key is a contradiction, never silently one or the other.
public struct SiviImport: Sendable {
  public let berichten: [SiviBericht]
  /// Restricted or minimised elements present in the messages and not imported.
  public let weglatingen: [SiviWeglating]
  /// Notifications that arrived more than once with the same content.
  public let dubbel: [SiviLocation]
  let werknemers: [Werknemerdossier]

  /// Everything a notification needs from the message around it.
  struct Melding: Sendable {
    var melding: SiviMelding
    var berrefnr: String
    var aanmaakdatum: CalendarDate
    var werkgever: SiviWerkgever
    var werknemer: SiviWerknemer
    var dienstverband: SiviDienstverband
    /// Orders deliveries: the newest message's employer and employee data are used.
    var freshness: String

    /// By employer, employee, absence case and number, then by delivery.
    static func precedes(_ a: Melding, _ b: Melding) -> Bool {
      let keyA = (
        a.werkgever.idBijArbodienst, a.werknemer.id, a.melding.gevalId, a.melding.volgnummer
      )
      let keyB = (
        b.werkgever.idBijArbodienst, b.werknemer.id, b.melding.gevalId, b.melding.volgnummer
      )
      if keyA != keyB { return keyA < keyB }
      return (a.freshness, a.melding.location.file, a.melding.location.line)
        < (b.freshness, b.melding.location.file, b.melding.location.line)
    }

    var key: SiviMeldingSleutel {
      SiviMeldingSleutel(
        verzuimgevalId: melding.gevalId, volgnummer: melding.volgnummer, berrefnr: berrefnr)
    }
  }

  /// One employee at one employer, with the notifications of all their absence cases.
  struct Werknemerdossier: Sendable {
    var werkgeverId: String
    var werknemerId: String
    /// By `VrzmgvlId`, each in notification order.
    var gevallen: [[Melding]]
  }

  /// - Throws: ``SiviImportError`` when one notification contradicts another delivery of
  ///   the same key, naming both places.
  public init(_ berichten: [SiviBericht]) throws(SiviImportError) {
    self.berichten = berichten
    self.weglatingen = berichten.flatMap(\.weglatingen)
    var all: [Melding] = []
    for bericht in berichten {
      let freshness = "\(bericht.aanmaakdatum) \(bericht.aanmaaktijd) \(bericht.berrefnr)"
      for werkgever in bericht.werkgevers {
        var employer = werkgever
        employer.werknemers = []
        for werknemer in werkgever.werknemers {
          var employee = werknemer
          employee.dienstverbanden = []
          for dienstverband in werknemer.dienstverbanden {
            var employment = dienstverband
            employment.meldingen = []
            for melding in dienstverband.meldingen {
              all.append(
                Melding(
                  melding: melding, berrefnr: bericht.berrefnr, aanmaakdatum: bericht.aanmaakdatum,
                  werkgever: employer, werknemer: employee, dienstverband: employment,
                  freshness: freshness))
            }
          }
        }
      }
    }
    // One order for every arrival order: by key, then by delivery.
    all.sort(by: Melding.precedes)
    var unique: [Melding] = []
    var dubbel: [SiviLocation] = []
    for melding in all {
      if let previous = unique.last,
        previous.werkgever.idBijArbodienst == melding.werkgever.idBijArbodienst,
        previous.werknemer.id == melding.werknemer.id,
        previous.melding.gevalId == melding.melding.gevalId,
        previous.melding.volgnummer == melding.melding.volgnummer
      {
        guard previous.melding.inhoud == melding.melding.inhoud else {
          throw SiviImportError(
            melding.melding.location,
            "notification \(melding.melding.volgnummer) of absence case \(melding.melding.gevalId) contradicts the one at \(previous.melding.location): \(Self.difference(previous.melding.inhoud, melding.melding.inhoud))"
          )
        }
        dubbel.append(melding.melding.location)
        continue
      }
      unique.append(melding)
    }
    self.dubbel = dubbel

    var werknemers: [Werknemerdossier] = []
    for melding in unique {
      if let last = werknemers.last, last.werkgeverId == melding.werkgever.idBijArbodienst,
        last.werknemerId == melding.werknemer.id
      {
        if last.gevallen.last?.last?.melding.gevalId == melding.melding.gevalId {
          werknemers[werknemers.count - 1].gevallen[last.gevallen.count - 1].append(melding)
        } else {
          werknemers[werknemers.count - 1].gevallen.append([melding])
        }
      } else {
        werknemers.append(
          Werknemerdossier(
            werkgeverId: melding.werkgever.idBijArbodienst, werknemerId: melding.werknemer.id,
            gevallen: [[melding]]))
      }
    }
    self.werknemers = werknemers
  }

  /// The number of distinct notifications read.
  public var meldingCount: Int {
    werknemers.reduce(0) { $0 + $1.gevallen.reduce(0) { $0 + $1.count } }
  }

  /// Names the first field two deliveries of one notification disagree on.
  static func difference(_ a: SiviMelding.Inhoud, _ b: SiviMelding.Inhoud) -> String {
    func dates(_ x: CalendarDate?, _ y: CalendarDate?, _ name: String) -> String? {
      x == y
        ? nil
        : "\(name) \(x.map(\.description) ?? "absent") here \(y.map(\.description) ?? "absent")"
    }
    let candidates: [String?] = [
      a.verwerking == b.verwerking ? nil : "VrwrkCd \(a.verwerking) there, \(b.verwerking) here",
      dates(a.ingangsdatum, b.ingangsdatum, "IngdatMutVrzm there, "),
      dates(a.eersteZiektedag, b.eersteZiektedag, "DatEerstVrzmdg there, "),
      a.einde == b.einde
        ? nil : "EndVrzmJN \(a.einde ? "J" : "N") there, \(b.einde ? "J" : "N") here",
      dates(a.hersteldatum, b.hersteldatum, "DatHrstld there, "),
      a.percentageAfwezig == b.percentageAfwezig
        ? nil : "PrcVrzm \(a.percentageAfwezig) there, \(b.percentageAfwezig) here",
      dates(a.datumMeldingWerkgever, b.datumMeldingWerkgever, "DatVrzmWrkgvr there, "),
      a.vangnet == b.vangnet ? nil : "VngntJN \(a.vangnet) there, \(b.vangnet) here",
    ]
    return candidates.compactMap { $0 }.first ?? "other elements differ"
  }
}
