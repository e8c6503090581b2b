import Kalender
import Poortwachter

extension Caseload {
  /// One self-contained HTML5 page: inline CSS in the house style of `Templates/layout`, no
  /// script, no external resource; printable on A4 landscape. The overview table, a legend,
  /// then per case its fields, a picture of its timeline (`CaseloadTimelinePicture`) and its
  /// overdue and upcoming steps as a table.
  public func html() -> String {
    var out: [String] = [
      "<!DOCTYPE html>", "<html lang=\"nl\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>Caseload op \(peildatum.dutch)</title>", "<style>", Caseload.css, "</style>",
      "</head>", "<body>", "<header class=\"document\">", "<p class=\"soort\">Caseload</p>",
      "<h1>Caseload op \(peildatum.dutch)</h1>",
      "<p class=\"totalen\">\(h(totalsLine)). Termijnen binnen \(Caseload.days(horizon)).</p>",
      "</header>", "<main>",
    ]
    out += legend()
    if entries.isEmpty {
      out.append("<p>Geen dossiers.</p>")
    } else {
      out += overview()
      for (index, entry) in entries.enumerated() {
        out += section(entry, id: "dossier-\(index + 1)")
      }
    }
    if !unreadable.isEmpty {
      out += ["<section class=\"bestanden\">", "<h2>Onleesbare bestanden</h2>", "<ul>"]
      out += unreadable.map { "<li><code>\(h($0.fout))</code></li>" }
      out += ["</ul>", "</section>"]
    }
    if !skipped.isEmpty {
      out += ["<section class=\"bestanden\">", "<h2>Overgeslagen bestanden</h2>", "<ul>"]
      out += skipped.map { "<li><code>\(h($0.bestand))</code>: \(h($0.reden))</li>" }
      out += ["</ul>", "</section>"]
    }
    out += [
      "</main>", "<footer class=\"document\">",
      "<p>Caseload op \(peildatum.dutch) · opgemaakt met dossierkit. Vertrouwelijk: bevat namen van werknemers, geen BSN en geen medische gegevens.</p>",
      "</footer>", "</body>", "</html>",
    ]
    return out.joined(separator: "\n") + "\n"
  }

  /// HTML escaping as the template engine does it (`& < > " '`).
  func h(_ value: String) -> String {
    guard
      value.utf8.contains(where: {
        $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
      })
    else { return value }
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for character in value {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  private func legend() -> [String] {
    var out = [
      "<section class=\"legenda\" aria-labelledby=\"legenda-kop\">",
      "<h2 id=\"legenda-kop\">Legenda bij de tijdlijnen</h2>", "<ul>",
    ]
    for mark in CaseloadTimelinePicture.Mark.allCases {
      let label =
        mark == .soon ? "open, uiterlijk binnen \(Caseload.days(horizon))" : mark.label
      out.append(
        "<li><svg class=\"teken\" viewBox=\"0 0 18 18\" aria-hidden=\"true\">\(mark.shape(x: 9, y: 9))\(mark.closingTag)</svg>\(h(label))</li>"
      )
    }
    out.append(
      "<li><svg class=\"teken\" viewBox=\"0 0 18 18\" aria-hidden=\"true\"><line class=\"vandaag\" x1=\"9\" y1=\"0\" x2=\"9\" y2=\"18\"></line></svg>vandaag (de peildatum)</li>"
    )
    out.append(
      "<li><svg class=\"teken\" viewBox=\"0 0 18 18\" aria-hidden=\"true\"><rect class=\"fase fase-nu\" x=\"0\" y=\"4\" width=\"18\" height=\"10\"></rect></svg>de huidige fase (de balk telt de ziekteweken: 104, of de verlengde wachttijd)</li>"
    )
    out += ["</ul>", "</section>"]
    return out
  }

  private func overview() -> [String] {
    var out = [
      "<table class=\"overzicht\">",
      "<caption>Alle dossiers, wat het eerst aandacht vraagt bovenaan</caption>", "<thead>",
      "<tr>" + Caseload.header.map { "<th scope=\"col\">\(h($0))</th>" }.joined() + "</tr>",
      "</thead>", "<tbody>",
    ]
    for (index, entry) in entries.enumerated() {
      var cells = Caseload.row(entry).map(h)
      cells[0] = "<a href=\"#dossier-\(index + 1)\">\(cells[0])</a>"
      let state = entry.nextStep.flatMap(stateClass).map { " class=\"\($0)\"" } ?? ""
      out.append(
        "<tr\(state)><th scope=\"row\">\(cells[0])</th>"
          + cells.dropFirst().enumerated().map { index, cell in
            [2, 7, 8].contains(index) ? "<td class=\"getal\">\(cell)</td>" : "<td>\(cell)</td>"
          }.joined() + "</tr>")
    }
    out += ["</tbody>", "</table>"]
    return out
  }

  private func stateClass(_ step: TimelineStep) -> String? {
    switch step.state {
    case .overdue: "te-laat"
    case .due(let days) where days <= horizon: "binnenkort"
    default: nil
    }
  }

  private func section(_ entry: CaseloadEntry, id: String) -> [String] {
    var out = [
      "<section class=\"dossier\" id=\"\(id)\" aria-labelledby=\"\(id)-kop\">",
      "<h2 id=\"\(id)-kop\">\(h(entry.referentie))\(entry.werknemer.map { " — \(h($0))" } ?? "")</h2>",
      "<dl class=\"velden\">",
    ]
    var fields: [(String, String)] = []
    if let werkgever = entry.werkgever { fields.append(("Werkgever", h(werkgever))) }
    fields.append(("Ziekteweek", "\(entry.ziekteweek)"))
    fields.append(("Fase", h(entry.fase.dutch)))
    fields.append(
      (
        "Validatie",
        "\(Caseload.count(entry.fouten, "fout", "fouten")), \(Caseload.count(entry.waarschuwingen, "waarschuwing", "waarschuwingen"))"
      ))
    if !entry.documentenTeMaken.isEmpty {
      fields.append(
        ("Nu op te stellen", entry.documentenTeMaken.map { h($0.titel) }.joined(separator: ", ")))
    }
    if let pakket = entry.pakket {
      fields.append(("Pakket", "\(h(pakket.pakket)) (<code>\(h(pakket.catalogus))</code>)"))
    }
    fields.append(("Bestand", "<code>\(h(entry.bestand))</code>"))
    out += fields.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }
    out.append("</dl>")
    if let svg = CaseloadTimelinePicture(entry: entry, id: "\(id)-tijdlijn").svg(escape: h) {
      out += ["<figure>", svg, "</figure>"]
    }
    let steps = entry.overdueSteps + entry.dueSoonSteps
    if steps.isEmpty {
      out.append(
        "<p>"
          + (entry.nextStep.map { "Volgende stap: " + h(Caseload.stepLine($0)) + "." }
            ?? "Geen open stappen.") + "</p>")
    } else {
      out += [
        "<table class=\"stappen\">",
        "<caption>Te laat en binnen \(Caseload.days(entry.horizon))</caption>",
        "<thead><tr><th scope=\"col\">regel</th><th scope=\"col\">wat</th><th scope=\"col\">uiterlijk</th><th scope=\"col\">week</th><th scope=\"col\">stand</th></tr></thead>",
        "<tbody>",
      ]
      for step in steps {
        let state = stateClass(step).map { " class=\"\($0)\"" } ?? ""
        out.append(
          "<tr\(state)><td>\(h(step.rule.code))</td><td>\(h(step.title))</td><td>\(h(step.due?.dutch ?? ""))</td><td class=\"getal\">\(step.ziekteweek.map(String.init) ?? "")</td><td>\(h(step.state.dutch))</td></tr>"
        )
      }
      out += ["</tbody>", "</table>"]
    }
    out.append("</section>")
    return out
  }

  /// The house style of `Templates/layout.html.mustache` (fonts, colours, headings, tables),
  /// on A4 landscape, with the timeline colours. Text colours keep at least 4.5:1 on white,
  /// marker colours at least 3:1 on the bar (WCAG 1.4.3, 1.4.11).
  static let css = """
    @page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
    html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.4; color: #111; background: #fff; }
    body { margin: 0 auto; max-width: 273mm; padding: 8mm 0; }
    header.document { border-bottom: 2px solid #1f3a5f; margin-bottom: 5mm; padding-bottom: 3mm; }
    header.document .soort { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.08em; color: #1f3a5f; margin: 0; }
    header.document h1 { font-size: 17pt; margin: 1mm 0 2mm 0; }
    h2 { font-size: 12.5pt; color: #1f3a5f; border-bottom: 1px solid #c8d0da; padding-bottom: 1mm; margin: 6mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 2mm 0; }
    a { color: #1f3a5f; }
    code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; }
    table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; }
    caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
    th, td { border: 1px solid #9aa5b1; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
    thead th { background: #e8edf3; }
    tbody th { font-weight: normal; white-space: nowrap; }
    thead { display: table-header-group; }
    tr, section.dossier dl.velden div, figure { break-inside: avoid; page-break-inside: avoid; }
    td.getal { text-align: right; }
    tr.te-laat td, tr.te-laat th { color: #9e001c; font-weight: bold; }
    tr.binnenkort td, tr.binnenkort th { color: #7a4500; }
    section.legenda ul { list-style: none; margin: 0 0 3mm 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1mm 6mm; }
    section.legenda li { display: flex; align-items: center; gap: 1.5mm; }
    svg.teken { width: 4.5mm; height: 4.5mm; }
    section.dossier { break-inside: avoid; page-break-inside: avoid; }
    dl.velden { display: grid; grid-template-columns: repeat(3, max-content 1fr); gap: 0.5mm 3mm; margin: 0 0 2mm 0; }
    dl.velden > div { display: contents; }
    dl.velden dt { font-weight: bold; }
    dl.velden dd { margin: 0; }
    figure { margin: 0 0 2mm 0; }
    svg.tijdlijn { width: 100%; height: auto; display: block; }
    svg text { font-size: 11px; fill: #333; }
    .balk { fill: #f4f6f9; stroke: #9aa5b1; stroke-width: 1; }
    .fase { fill: #e3e9f1; stroke: #ffffff; stroke-width: 1; }
    .fase-nu { fill: #b9c9de; }
    line.as { stroke: #5f6b7a; stroke-width: 1; }
    line.vandaag { stroke: #111; stroke-width: 2; }
    text.vandaag { font-weight: bold; fill: #111; }
    .m-gedaan { fill: #2e7d32; }
    .m-open { fill: #ffffff; stroke: #1f3a5f; stroke-width: 2; }
    .m-binnenkort { fill: #a35c00; }
    .m-te-laat { fill: #b00020; }
    .m-info { fill: #4a5561; }
    section.bestanden li { margin-bottom: 1mm; }
    footer.document { margin-top: 8mm; border-top: 1px solid #c8d0da; padding-top: 2mm; font-size: 8pt; color: #4a5561; }
    @media print {
      body { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
