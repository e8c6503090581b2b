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
