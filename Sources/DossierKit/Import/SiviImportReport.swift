import Kalender
import Poortwachter

/// What `dossier import sivi` prints: what was read, what was written, what was left out
/// for privacy, and what a person must check. Element names and places only, never the
/// value of a restricted element.
public enum SiviImportReport {
  public static func read(_ sivi: SiviImport) -> String {
    let releases = Set(sivi.berichten.map(\.release)).sorted().map(String.init)
    var line =
      "read \(count(sivi.berichten.count, "message")) (release \(releases.joined(separator: ", "))): \(count(sivi.meldingCount, "notification"))"
    if !sivi.dubbel.isEmpty { line += ", \(sivi.dubbel.count) delivered again and skipped" }
    return line + "\n"
  }

  /// One line per case file written (`path` as the user will find it).
  public static func written(_ imported: SiviImportedCase, path: String) -> String {
    let dossier = imported.dossier
    let periodes = dossier.verzuimperiodes
    let first = periodes.first.map { " from \($0.eersteZiektedag)" } ?? ""
    let chained =
      imported.verzuimgevallen.count > 1
      ? " (absence cases \(imported.verzuimgevallen.joined(separator: ", ")) chained: less than four weeks apart)"
      : " (absence case \(imported.verzuimgevallen.joined()))"
    let state =
      periodes.last?.hersteldatum.map { ", recovered on \($0)" } ?? ", still absent"
    return
      "wrote \(path): \(dossier.werknemer.naam ?? "?"), \(count(periodes.count, "period"))\(first)\(chained)\(state)\n"
  }

  public static func merged(_ result: SiviMergeResult, path: String) -> String {
    var text = ""
    if !result.otherEmployees.isEmpty {
      text +=
        "not about this case: IdWrknmr \(result.otherEmployees.joined(separator: ", ")), not applied\n"
    }
    if !result.alreadyImported.isEmpty {
      let keys = result.alreadyImported.map { "\($0.verzuimgevalId)#\($0.volgnummer)" }
      text +=
        "already in \(path): \(count(keys.count, "notification")) (\(keys.joined(separator: ", "))), not applied again\n"
    }
    for conflict in result.conflicts { text += "conflict: \(conflict)\n" }
    text +=
      result.changed
      ? "updated \(path): \(count(result.applied.count, "notification")) applied\n"
      : "unchanged \(path)\n"
    return text
  }

  /// The restricted and minimised elements present, by name, with how often.
  public static func leftOut(_ sivi: SiviImport) -> String {
    guard !sivi.weglatingen.isEmpty else { return "" }
    var counts: [String: Int] = [:]
    for weglating in sivi.weglatingen { counts[weglating.element, default: 0] += 1 }
    let list = counts.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
    return "left out (privacy; never written to a case): \(list.joined(separator: ", "))\n"
  }

  public static func checks(_ controles: [SiviControle]) -> String {
    controles.map { "check: \($0)\n" }.joined()
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// `dossier import sivi --format json`: the same report for an integration pipeline. Keys are
/// Dutch, like the case file's; element names and places only, never a restricted value.
public struct SiviImportDocument: Encodable, Sendable {
  public struct Bericht: Encodable, Sendable {
    var bestand: String
    var berrefnr: String
    var release: Int
    var meldingen: Int
  }
  public struct Dossier: Encodable, Sendable {
    var bestand: String
    var referentie: String
    /// `nieuw`, `bijgewerkt` or `ongewijzigd`.
    var status: String
    var verzuimgevallen: [String]
    var eersteZiektedag: String?
    var hersteldatum: String?
    var verzuimperiodes: Int
  }
  public struct Weglating: Encodable, Sendable {
    var element: String
    var aantal: Int
  }
  public struct Controle: Encodable, Sendable {
    var plaats: String
    var pad: String
    var melding: String
  }
  public struct Conflict: Encodable, Sendable {
    var pad: String
    var vastgelegd: String
    var melding: String
    var plaats: String
  }

  var berichten: [Bericht]
  var meldingen: Int
  var dubbelOntvangen: Int
  var dossiers: [Dossier] = []
  var weggelaten: [Weglating]
  var controleren: [Controle] = []
  var conflicten: [Conflict] = []
  var alIngelezen: [String] = []
  var andereWerknemers: [String] = []

  public init(_ sivi: SiviImport) {
    berichten = sivi.berichten.map {
      Bericht(
        bestand: $0.file, berrefnr: $0.berrefnr, release: $0.release, meldingen: $0.meldingCount)
    }
    meldingen = sivi.meldingCount
    dubbelOntvangen = sivi.dubbel.count
    var counts: [String: Int] = [:]
    for weglating in sivi.weglatingen { counts[weglating.element, default: 0] += 1 }
    weggelaten = counts.sorted { $0.key < $1.key }.map {
      Weglating(element: $0.key, aantal: $0.value)
    }
  }

  /// A case file written by `--out`.
  public mutating func add(_ imported: SiviImportedCase, path: String) {
    dossiers.append(
      Self.dossier(
        imported.dossier, path: path, status: "nieuw", gevallen: imported.verzuimgevallen))
    add(imported.controles)
  }

  /// The outcome of `--into`.
  public mutating func add(_ result: SiviMergeResult, path: String) {
    let gevallen = Array(Set((result.dossier.siviMeldingen ?? []).map(\.verzuimgevalId))).sorted()
    dossiers.append(
      Self.dossier(
        result.dossier, path: path, status: result.changed ? "bijgewerkt" : "ongewijzigd",
        gevallen: gevallen))
    add(result.controles)
    conflicten += result.conflicts.map {
      Conflict(
        pad: $0.path, vastgelegd: $0.recorded, melding: $0.imported, plaats: $0.location.description
      )
    }
    alIngelezen += result.alreadyImported.map { "\($0.verzuimgevalId)#\($0.volgnummer)" }
    andereWerknemers += result.otherEmployees
  }

  mutating func add(_ controles: [SiviControle]) {
    controleren += controles.map {
      Controle(
        plaats: "\($0.location.file):\($0.location.line):\($0.location.column)",
        pad: $0.location.path, melding: $0.message)
    }
  }

  static func dossier(_ dossier: Verzuimdossier, path: String, status: String, gevallen: [String])
    -> Dossier
  {
    Dossier(
      bestand: path, referentie: dossier.referentie, status: status, verzuimgevallen: gevallen,
      eersteZiektedag: dossier.verzuimperiodes.first.map(\.eersteZiektedag.description),
      hersteldatum: dossier.verzuimperiodes.last?.hersteldatum.map(\.description),
      verzuimperiodes: dossier.verzuimperiodes.count)
  }
}
