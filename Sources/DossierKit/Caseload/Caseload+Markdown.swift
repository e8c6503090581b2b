import Kalender
import Poortwachter

extension Caseload {
  /// A report in GitHub-flavoured Markdown: the overview table, then one section per case with
  /// its overdue and upcoming steps, documents to draw up and package; unusable and skipped
  /// files at the end. Every value is escaped as the template engine escapes Markdown.
  public func markdown() -> String {
    var out: [String] = ["# Caseload op \(peildatum.dutch)", ""]
    out.append("\(md(totalsLine)). Termijnen binnen \(Caseload.days(horizon)).")
    out.append("")
    if !entries.isEmpty {
      out.append("| " + Caseload.header.joined(separator: " | ") + " |")
      out.append(
        "|" + Caseload.header.indices.map { [3, 8, 9].contains($0) ? "---:|" : "---|" }.joined())
      for entry in entries {
        out.append("| " + Caseload.row(entry).map(md).joined(separator: " | ") + " |")
      }
      out.append("")
    }
    for entry in entries {
      out.append("## \(md(entry.referentie))" + (entry.werknemer.map { " — \(md($0))" } ?? ""))
      out.append("")
      var fields: [(String, String)] = []
      if let werkgever = entry.werkgever { fields.append(("Werkgever", md(werkgever))) }
      fields.append(("Ziekteweek", "\(entry.ziekteweek)"))
      fields.append(("Fase", md(entry.fase.dutch)))
      fields.append(
        (
          "Validatie",
          "\(Caseload.count(entry.fouten, "fout", "fouten")), \(Caseload.count(entry.waarschuwingen, "waarschuwing", "waarschuwingen"))"
        ))
      if !entry.documentenTeMaken.isEmpty {
        fields.append(
          ("Nu op te stellen", entry.documentenTeMaken.map { md($0.titel) }.joined(separator: ", "))
        )
      }
      if let pakket = entry.pakket {
        fields.append(("Pakket", "\(md(pakket.pakket)) (\(md(pakket.catalogus)))"))
      }
      fields.append(("Bestand", md(entry.bestand)))
      out += fields.map { "- **\($0.0):** \($0.1)" }
      out.append("")
      let steps = entry.overdueSteps + entry.dueSoonSteps
      if steps.isEmpty {
        out.append(
          entry.nextStep.map { "Volgende stap: " + md(Caseload.stepLine($0)) + "." }
            ?? "Geen open stappen.")
      } else {
        out.append("| regel | wat | uiterlijk | week | stand |")
        out.append("|---|---|---|---:|---|")
        for step in steps {
          out.append(
            "| \(md(step.rule.code)) | \(md(step.title)) | \(md(step.due?.dutch ?? "")) | \(step.ziekteweek.map(String.init) ?? "") | \(md(step.state.dutch)) |"
          )
        }
      }
      out.append("")
    }
    if !unreadable.isEmpty {
      out += ["## Onleesbare bestanden", ""]
      out += unreadable.map { "- \(md($0.fout))" }
      out.append("")
    }
    if !skipped.isEmpty {
      out += ["## Overgeslagen bestanden", ""]
      out += skipped.map { "- \(md($0.bestand)): \(md($0.reden))" }
      out.append("")
    }
    return out.joined(separator: "\n")
  }

  /// Markdown escaping as the template engine does it for `{{value}}` in a `.md` template.
  func md(_ value: String) -> String { MarkdownEscaping.escape(value) }
}
