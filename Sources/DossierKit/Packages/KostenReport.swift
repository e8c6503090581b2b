public import Poortwachter

/// `dossier costs` as text: one line per priced step, then the totals.
public enum KostenReport {
  public static func text(_ overzicht: Kostenoverzicht) -> String {
    var lines = [
      "\(overzicht.referentie): kosten per stap op \(overzicht.peildatum.dutch)",
      "pakket: \(overzicht.pakket) (\(overzicht.catalogus))"
        + (overzicht.grondslag.map { "; bedragen \($0)" } ?? ""),
      "",
    ]
    let header = ["regel", "wat", "datum", "stand", "kosten"]
    let rows = overzicht.regels.map { regel in
      [
        regel.regel, regel.titel, regel.datum?.dutch ?? "", regel.gedaan ? "gedaan" : "nog niet",
        regel.dekking.dutch,
      ]
    }
    let widths = (0..<header.count).map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    for row in [header] + rows {
      lines.append(
        zip(row, widths).enumerated().map { index, pair in
          index == row.count - 1
            ? pair.0 : pair.0 + String(repeating: " ", count: pair.1 - pair.0.count)
        }.joined(separator: "  "))
    }
    lines.append("")
    lines.append("buiten het pakket betaald tot nu toe: \(overzicht.totaalTotNu.dutch)")
    lines.append("nog te verwachten volgens de tarieven: \(overzicht.nogTeVerwachten.dutch)")
    return lines.joined(separator: "\n") + "\n"
  }
}
