import Kalender
import Pakketten

/// `dossier costs` as text: one line per priced step, then the totals.
public enum KostenReport {
  public static func text(_ overzicht: Kostenoverzicht) -> String {
    var lines = [
      "\(overzicht.referentie): kosten per stap op \(overzicht.peildatum.dutch)",
      "pakket: \(overzicht.pakket) (\(overzicht.catalogus))"
        + (overzicht.grondslag.map { "; bedragen \($0)" } ?? ""),
      "",
    ]
    let rows = overzicht.regels.map { regel in
      [
        regel.regel, regel.titel, regel.datum?.dutch ?? "", regel.gedaan ? "gedaan" : "nog niet",
        regel.dekking.dutch,
      ]
    }
    let table = TextTable(header: ["regel", "wat", "datum", "stand", "kosten"], rows: rows)
    for row in [table.header] + rows { lines.append(table.line(row)) }
    lines.append("")
    lines.append("buiten het pakket betaald tot nu toe: \(overzicht.totaalTotNu.dutch)")
    lines.append("nog te verwachten volgens de tarieven: \(overzicht.nogTeVerwachten.dutch)")
    return lines.joined(separator: "\n") + "\n"
  }
}
