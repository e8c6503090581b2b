import Foundation
import Kalender
public import Poortwachter

/// Something the import could not store, or a reading it had to choose, that a person must
/// check before relying on the case's deadlines.
public struct SiviControle: Sendable, Hashable, CustomStringConvertible {
  public var location: SiviLocation
  public var message: String
  public var description: String { "\(location): \(message)" }
}

/// A fact already recorded in the case file that an imported notification disagrees with:
/// the recorded fact stays; the difference is reported.
public struct SiviConflict: Sendable, Hashable, CustomStringConvertible {
  /// The JSON path of the recorded fact (`$.verzuimperiodes[0].hersteldatum`).
  public var path: String
  public var recorded: String
  public var imported: String
  public var location: SiviLocation
  public var description: String {
    "\(path): recorded \(recorded), but \(location) says \(imported); kept \(recorded)"
  }
}

/// One case file made from the messages: one employee's dossier for one ziektetijdvak.
public struct SiviImportedCase: Sendable {
  public var dossier: Verzuimdossier
  /// `<referentie>.json`
  public var fileName: String { dossier.referentie + ".json" }
  /// The SIVI absence cases (`VrzmgvlId`) chained into this dossier.
  public var verzuimgevallen: [String]
  public var controles: [SiviControle]
}

/// The outcome of merging messages into an existing case (`--into`).
public struct SiviMergeResult: Sendable {
  public var dossier: Verzuimdossier
  public var changed: Bool
  /// `IdWrknmr` of employees in the messages that are not this case's: not applied.
  public var otherEmployees: [String]
  /// Notifications already recorded in the case (`siviMeldingen`), not applied again.
  public var alreadyImported: [SiviMeldingSleutel]
  public var applied: [SiviMeldingSleutel]
  public var conflicts: [SiviConflict]
  public var controles: [SiviControle]
}

extension SiviImport {
  /// One case per employee and ziektetijdvak: SIVI absence cases less than four weeks apart
  /// share a file, as the timeline chains them (CNT-10).
  ///
  /// - Throws: ``SiviImportError`` for notifications that contradict each other (an absence
  ///   reported after its own recovery, a first sick day changed without `DatEerstVrzmdgOud`,
  ///   two absence cases at once).
  public func cases() throws(SiviImportError) -> [SiviImportedCase] {
    var result: [SiviImportedCase] = []
    for werknemer in werknemers {
      var built: [Opgebouwd] = []
      for geval in werknemer.gevallen {
        var opbouw = try PeriodeOpbouw(geval, recorded: nil)
        for melding in geval { try opbouw.apply(melding) }
        try opbouw.finish()
        built.append(
          Opgebouwd(periode: opbouw.periode, meldingen: geval, controles: opbouw.controles))
      }
      built.sort { $0.periode.eersteZiektedag < $1.periode.eersteZiektedag }
      try Self.checkOverlap(built)
      let periodes = built.map(\.periode)
      for tijdvak in Ziektetijdvak.all(periodes: periodes) {
        let parts = tijdvak.periodIndices.sorted().map { built[$0] }
        let freshest = parts.flatMap(\.meldingen).max { $0.freshness < $1.freshness }
        guard let freshest else { continue }
        var dossier = Self.newDossier(
          parts.map { ($0.periode.eersteZiektedag, $0.meldingen) }, freshest: freshest)
        dossier.verzuimperiodes = parts.map(\.periode)
        let controles =
          parts.flatMap(\.controles) + Self.controles(for: parts.flatMap(\.meldingen))
          + Self.boundaryControles(periodes, tijdvak, built)
        result.append(
          SiviImportedCase(
            dossier: dossier, verzuimgevallen: parts.map { $0.meldingen[0].melding.gevalId },
            controles: Self.ordered(controles)))
      }
    }
    // Ids that differ only in punctuation (`E-1`, `E1`) give the same referentie: number
    // the later ones (in the order of the ids) so that no file replaces another.
    var seen: [String: Int] = [:]
    for index in result.indices {
      let referentie = result[index].dossier.referentie
      seen[referentie, default: 0] += 1
      if let n = seen[referentie], n > 1 {
        result[index].dossier.referentie = referentie + "-\(n)"
      }
    }
    return result.sorted { $0.dossier.referentie < $1.dossier.referentie }
  }

  /// Merges the messages into an existing case: facts it lacks are added; recorded facts
  /// stay, and a notification that disagrees with one is reported as a conflict.
  /// Notifications the case already lists in `siviMeldingen` are skipped.
  ///
  /// - Throws: ``SiviImportError`` when the messages are about another employee or more than
  ///   one, or contradict each other.
  public func merge(into original: Verzuimdossier, shownAs caseFile: String)
    throws(SiviImportError) -> SiviMergeResult
  {
    // The employee the case is about: by BSN, or by an absence case it already holds; a
    // message about several employees updates only theirs.
    let knownCases = Set((original.siviMeldingen ?? []).map(\.verzuimgevalId))
    let matching = werknemers.filter { werknemer in
      let meldingen = werknemer.gevallen.flatMap { $0 }
      return meldingen.contains { knownCases.contains($0.melding.gevalId) }
        || (original.werknemer.bsn != nil
          && meldingen.contains { $0.werknemer.bsn == original.werknemer.bsn })
    }
    let chosen = matching.count == 1 ? matching : (matching.isEmpty ? werknemers : matching)
    guard chosen.count == 1, let werknemer = chosen.first else {
      throw SiviImportError(
        location: caseFile,
        problem:
          "the messages are about \(chosen.count) employees (IdWrknmr \(chosen.map(\.werknemerId).joined(separator: ", "))) and none is recognisably this case's"
      )
    }
    let otherEmployees = werknemers.filter {
      $0.werknemerId != werknemer.werknemerId || $0.werkgeverId != werknemer.werkgeverId
    }
    var dossier = original
    let all = werknemer.gevallen.flatMap { $0 }
    guard let freshest = all.max(by: { $0.freshness < $1.freshness }) else {
      throw SiviImportError(location: caseFile, problem: "the messages hold no notification")
    }
    if let bsn = dossier.werknemer.bsn, let imported = freshest.werknemer.bsn, bsn != imported {
      throw SiviImportError(
        freshest.werknemer.location,
        "the employee's SofiNr differs from the BSN in \(caseFile): these messages are about someone else"
      )
    }
    if let born = dossier.werknemer.geboortedatum, born != freshest.werknemer.geboortedatum {
      throw SiviImportError(
        freshest.werknemer.location,
        "Gebdat \(freshest.werknemer.geboortedatum) differs from the geboortedatum \(born) in \(caseFile): these messages are about someone else"
      )
    }
    let recordedKeys = Set(
      (dossier.siviMeldingen ?? []).map { "\($0.verzuimgevalId)#\($0.volgnummer)" })
    var alreadyImported: [SiviMeldingSleutel] = []
    var applied: [SiviMeldingSleutel] = []
    var conflicts: [SiviConflict] = []
    var controles: [SiviControle] = []
    /// The absence cases with notifications not yet in the case: their parties and
    /// ziekmelding are compared with the case's.
    var appliedGevallen: [(eersteZiektedag: CalendarDate, meldingen: [Melding])] = []

    for geval in werknemer.gevallen {
      let fresh = geval.filter {
        !recordedKeys.contains("\($0.melding.gevalId)#\($0.melding.volgnummer)")
      }
      alreadyImported += geval.filter {
        recordedKeys.contains("\($0.melding.gevalId)#\($0.melding.volgnummer)")
      }.map(\.key)
      guard let first = fresh.first else { continue }
      let d1 = try PeriodeOpbouw.eersteZiektedag(fresh)
      let index = dossier.verzuimperiodes.firstIndex { $0.eersteZiektedag == d1 }
      if index == nil,
        let covering = dossier.verzuimperiodes.firstIndex(where: {
          $0.eersteZiektedag <= d1 && ($0.hersteldatum.map { d1 < $0 } ?? true)
        })
      {
        let periode = dossier.verzuimperiodes[covering]
        conflicts.append(
          SiviConflict(
            path: "$.verzuimperiodes[\(covering)].eersteZiektedag",
            recorded: "a period from \(periode.eersteZiektedag)",
            imported: "absence case \(first.melding.gevalId) starting \(d1)",
            location: first.melding.location))
        continue
      }
      let path = "$.verzuimperiodes[\(index ?? dossier.verzuimperiodes.count)]"
      var opbouw = try PeriodeOpbouw(
        fresh, recorded: index.map { dossier.verzuimperiodes[$0] }, path: path)
      for melding in fresh { try opbouw.apply(melding) }
      try opbouw.finish()
      conflicts += opbouw.conflicts
      controles += opbouw.controles
      if let index {
        dossier.verzuimperiodes[index] = opbouw.periode
      } else {
        dossier.verzuimperiodes.append(opbouw.periode)
      }
      // A notification in conflict with the case is not recorded as imported: it is
      // reported again on the next import until the case or the sender settles it.
      let conflicted = Set(opbouw.conflicts.map(\.location))
      let taken = fresh.filter { !conflicted.contains($0.melding.location) }
      applied += taken.map(\.key)
      appliedGevallen.append((d1, fresh))
    }
    let freshMeldingen = appliedGevallen.flatMap(\.meldingen)
    if let newest = freshMeldingen.max(by: { $0.freshness < $1.freshness }) {
      // Recorded order is kept for equal days; new periods go where their day puts them.
      dossier.verzuimperiodes = dossier.verzuimperiodes.enumerated().sorted {
        ($0.element.eersteZiektedag, $0.offset) < ($1.element.eersteZiektedag, $1.offset)
      }.map(\.element)
      let fresh = Self.newDossier(appliedGevallen, freshest: newest)
      Self.fill(&dossier, from: fresh, freshest: newest, conflicts: &conflicts)
      controles += Self.controles(for: freshMeldingen)
      if !applied.isEmpty {
        dossier.siviMeldingen = Array(Set((dossier.siviMeldingen ?? []) + applied)).sorted()
      }
    }
    return SiviMergeResult(
      dossier: dossier, changed: dossier != original,
      otherEmployees: otherEmployees.map(\.werknemerId),
      alreadyImported: alreadyImported.sorted(),
      applied: applied.sorted(), conflicts: conflicts,
      controles: Self.ordered(controles))
  }

  /// One absence case built into a period.
  struct Opgebouwd {
    var periode: Verzuimperiode
    var meldingen: [Melding]
    var controles: [SiviControle]
  }

  /// Without repeats, in file and line order.
  static func ordered(_ controles: [SiviControle]) -> [SiviControle] {
    Array(Set(controles)).sorted {
      ($0.location.file, $0.location.line, $0.location.column, $0.message)
        < ($1.location.file, $1.location.line, $1.location.column, $1.message)
    }
  }

  // MARK: - The parts of a dossier

  /// The dossier's parties and ziekmelding from the notifications of its absence cases
  /// (each in number order); the newest message's employer and employee data are used.
  static func newDossier(
    _ gevallen: [(eersteZiektedag: CalendarDate, meldingen: [Melding])], freshest: Melding
  ) -> Verzuimdossier {
    let all = gevallen.flatMap(\.meldingen)
    let first = gevallen.min { $0.eersteZiektedag < $1.eersteZiektedag }
    let d1 = first?.eersteZiektedag ?? freshest.melding.inhoud.eersteZiektedag
    let werkgever = freshest.werkgever
    let werknemer = freshest.werknemer
    let dienstverband = freshest.dienstverband
    var dossier = Verzuimdossier(
      referentie: referentie(
        werkgever: werkgever.idBijArbodienst, werknemer: werknemer.id, bsn: werknemer.bsn,
        persnr: dienstverband.persnr, eersteZiektedag: d1
      ),
      werkgever: Werkgever(
        naam: werkgever.naam, kvkNummer: werkgever.kvkNummer,
        vestigingsnummer: werkgever.vestigingsnummer,
        loonheffingennummer: werkgever.loonheffingennummer,
        eigenRisicodragerZW: werkgever.eigenRisicodragerZW),
      werknemer: Werknemer(
        naam: werknemer.naam, bsn: werknemer.bsn, geboortedatum: werknemer.geboortedatum,
        functie: dienstverband.functie, contracturenPerWeek: dienstverband.contracturenPerWeek,
        dienstverband: dienstverband.soort.map {
          Dienstverband(
            soort: $0, ingangsdatum: dienstverband.ingangsdatum, einddatum: dienstverband.einddatum)
        },
        vangnet: vangnet(all)))
    // The start of the first absence: the employer's report date, and the message itself as
    // the report to the arbodienst (TL-01, TL-02).
    if let first, let start = first.meldingen.first, start.melding.inhoud.ingangsdatum == d1 {
      var ziekmelding = Ziekmelding()
      ziekmelding.datumMeldingWerkgever =
        first.meldingen.lazy.compactMap(\.melding.inhoud.datumMeldingWerkgever).first
      ziekmelding.datumMeldingArbodienst = start.aanmaakdatum
      dossier.ziekmelding = ziekmelding
    }
    dossier.siviMeldingen = all.map(\.key).sorted()
    return dossier
  }

  /// `VngntJN`: ja as soon as one notification says so, nee if one says nee and none ja,
  /// unknown otherwise (`O`). Never which vangnet: that is for the bedrijfsarts.
  static func vangnet(_ meldingen: [Melding]) -> Bool? {
    let values = Set(meldingen.map(\.melding.inhoud.vangnet))
    if values.contains("J") { return true }
    if values.contains("N") { return false }
    return nil
  }

  /// Fills what the case lacks from a freshly built dossier; a recorded value that differs
  /// is a conflict and stays.
  static func fill(
    _ dossier: inout Verzuimdossier, from fresh: Verzuimdossier, freshest: Melding,
    conflicts: inout [SiviConflict]
  ) {
    let location = freshest.werknemer.location
    func merge<T: Equatable>(
      _ recorded: inout T?, _ imported: T?, _ path: String, _ show: (T) -> String
    ) {
      guard let imported else { return }
      guard let value = recorded else {
        recorded = imported
        return
      }
      if value != imported {
        conflicts.append(
          SiviConflict(
            path: path, recorded: show(value), imported: show(imported), location: location))
      }
    }
    let text: (String) -> String = { "\"\($0)\"" }
    let date: (CalendarDate) -> String = { $0.description }
    merge(&dossier.werkgever.naam, fresh.werkgever.naam, "$.werkgever.naam", text)
    merge(&dossier.werkgever.kvkNummer, fresh.werkgever.kvkNummer, "$.werkgever.kvkNummer", text)
    merge(
      &dossier.werkgever.vestigingsnummer, fresh.werkgever.vestigingsnummer,
      "$.werkgever.vestigingsnummer", text)
    merge(
      &dossier.werkgever.loonheffingennummer, fresh.werkgever.loonheffingennummer,
      "$.werkgever.loonheffingennummer", text)
    merge(
      &dossier.werkgever.eigenRisicodragerZW, fresh.werkgever.eigenRisicodragerZW,
      "$.werkgever.eigenRisicodragerZW", { "\($0)" })
    merge(&dossier.werknemer.naam, fresh.werknemer.naam, "$.werknemer.naam", text)
    // A differing BSN or birth date was refused before: the messages are about someone else.
    merge(&dossier.werknemer.bsn, fresh.werknemer.bsn, "$.werknemer.bsn", { _ in "a BSN" })
    merge(
      &dossier.werknemer.geboortedatum, fresh.werknemer.geboortedatum,
      "$.werknemer.geboortedatum", date)
    merge(&dossier.werknemer.functie, fresh.werknemer.functie, "$.werknemer.functie", text)
    merge(
      &dossier.werknemer.contracturenPerWeek, fresh.werknemer.contracturenPerWeek,
      "$.werknemer.contracturenPerWeek", { "\($0)" })
    merge(&dossier.werknemer.vangnet, fresh.werknemer.vangnet, "$.werknemer.vangnet", { "\($0)" })
    if let imported = fresh.werknemer.dienstverband {
      if var recorded = dossier.werknemer.dienstverband {
        merge(
          &recorded.ingangsdatum, imported.ingangsdatum, "$.werknemer.dienstverband.ingangsdatum",
          date)
        merge(&recorded.einddatum, imported.einddatum, "$.werknemer.dienstverband.einddatum", date)
        if recorded.soort != imported.soort {
          conflicts.append(
            SiviConflict(
              path: "$.werknemer.dienstverband.soort", recorded: recorded.soort.rawValue,
              imported: imported.soort.rawValue, location: location))
        }
        dossier.werknemer.dienstverband = recorded
      } else {
        dossier.werknemer.dienstverband = imported
      }
    }
    if let imported = fresh.ziekmelding {
      var recorded = dossier.ziekmelding ?? Ziekmelding()
      merge(
        &recorded.datumMeldingWerkgever, imported.datumMeldingWerkgever,
        "$.ziekmelding.datumMeldingWerkgever", date)
      merge(
        &recorded.datumMeldingArbodienst, imported.datumMeldingArbodienst,
        "$.ziekmelding.datumMeldingArbodienst", date)
      dossier.ziekmelding = recorded
    }
  }

  // MARK: - Checks

  /// Two SIVI absence cases of one employee cannot run at the same time.
  static func checkOverlap(_ built: [Opgebouwd]) throws(SiviImportError) {
    for (previous, next) in zip(built, built.dropFirst()) {
      let start = next.periode.eersteZiektedag
      if previous.periode.hersteldatum.map({ start < $0 }) ?? true {
        let ends = previous.periode.hersteldatum.map { "until \($0)" } ?? "without recovery"
        throw SiviImportError(
          next.meldingen[0].melding.location,
          "absence case \(next.meldingen[0].melding.gevalId) starts on \(start) while absence case \(previous.meldingen[0].melding.gevalId) runs (from \(previous.periode.eersteZiektedag) \(ends))"
        )
      }
    }
  }

  /// What the notifications hold that the case cannot, and a person must check.
  static func controles(for meldingen: [Melding]) -> [SiviControle] {
    var controles: [SiviControle] = []
    for melding in meldingen {
      if let location = melding.melding.wazo {
        controles.append(
          SiviControle(
            location: location,
            message:
              "WAZOCd (pregnancy or birth leave; code meanings unconfirmed) is not stored. WAZO leave is left out of the counts and changes samentelling (CNT-11): record it in wazoVerlof after checking with the employee or bedrijfsarts"
          ))
      }
      if let location = melding.melding.bijzondereReden {
        controles.append(
          SiviControle(
            location: location,
            message:
              "BijzRdnStartVrzmCd (a special reason the absence started; code meanings unconfirmed) is not stored: check whether it concerns a relapse or leave that changes samentelling"
          ))
      }
    }
    var seen: Set<String> = []
    for melding in meldingen where melding.werknemer.noRiskPolis {
      guard seen.insert(melding.werknemer.location.description).inserted else { continue }
      controles.append(
        SiviControle(
          location: melding.werknemer.location,
          message:
            "WrknmrNoriskJN J is not stored (it names a Ziektewet vangnet category, PRIV-DENY): the arbodienst decides the vangnet; check werknemer.vangnet and the ZW deadlines"
        ))
    }
    var employments: [String: SiviLocation] = [:]
    for melding in meldingen {
      employments[melding.dienstverband.id] = melding.dienstverband.location
      if melding.dienstverband.soort == nil, let end = melding.dienstverband.einddatum {
        controles.append(
          SiviControle(
            location: melding.dienstverband.location,
            message:
              "Enddat \(end) (end of employment: ziek uit dienst?) is not stored because CdBepTd is missing and a dienstverband needs its soort: record it by hand"
          ))
      }
    }
    if employments.count > 1 {
      for (id, location) in employments.sorted(by: { $0.key < $1.key }) {
        controles.append(
          SiviControle(
            location: location,
            message:
              "one of \(employments.count) employments (IdDnstvbnd \(id)) with absence in this dossier; the newest message's employment is recorded: check functie, hours and dienstverband"
          ))
      }
    }
    return controles
  }

  /// A gap of exactly four weeks: one day's difference in the reading of `DatHrstld` (first
  /// day fit, as taken here, or last sick day) would chain the periods (CNT-10).
  static func boundaryControles(
    _ periodes: [Verzuimperiode], _ tijdvak: Ziektetijdvak,
    _ built: [Opgebouwd]
  ) -> [SiviControle] {
    guard let firstIndex = tijdvak.periodIndices.min(), firstIndex > 0,
      let herstel = periodes[firstIndex - 1].hersteldatum
    else { return [] }
    let gap = periodes[firstIndex].eersteZiektedag.days(since: herstel)
    guard gap == Ziektetijdvak.maximumChainingGap + 1 else { return [] }
    return [
      SiviControle(
        location: built[firstIndex].meldingen[0].melding.location,
        message:
          "\(gap) fit days since the recovery on \(herstel): a new count starts. Had DatHrstld been the last sick day rather than the first day fit, the periods would chain (CNT-10): check the recovery date"
      )
    ]
  }

  // MARK: - Referentie

  /// The case reference and file name: `<IdWrkgvrArbdnst>-<IdWrknmr>-<eerste ziektedag>`,
  /// letters and digits only per part. Never the BSN: an employee id that is the BSN, or
  /// could be one (8 or 9 digits passing the elfproef), is replaced by the personnel number,
  /// else by a checksum of the ids (`N` and 8 hex digits).
  static func referentie(
    werkgever: String, werknemer: String, bsn: String?, persnr: String?,
    eersteZiektedag: CalendarDate
  ) -> String {
    func clean(_ text: String) -> String {
      let kept = String(
        text.unicodeScalars.filter {
          ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }.map(Character.init))
      return kept.isEmpty ? "X" : String(kept.prefix(24))
    }
    func couldBeBSN(_ text: String) -> Bool {
      let digits = text.filter { $0 != " " && $0 != "." }
      if let bsn, digits == bsn || "0" + digits == bsn { return true }
      return (8...9).contains(digits.count) && Identifier.bsn(digits).isValid
    }
    var employee = clean(werknemer)
    if couldBeBSN(werknemer) || couldBeBSN(employee) {
      if let persnr, !couldBeBSN(persnr), !persnr.isEmpty {
        employee = clean(persnr)
      } else {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (werkgever + "\u{0}" + werknemer).utf8 {
          hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash & 0xffff_ffff, radix: 16)
        employee = "N" + String(repeating: "0", count: 8 - hex.count) + hex
      }
    }
    return "\(clean(werkgever))-\(employee)-\(eersteZiektedag)"
  }
}
