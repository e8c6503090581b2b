import Kalender

/// ID-DATE across documents: each document comes after the one it rests on (POORTWACHTER.md §7).
extension DossierCheck {
  mutating func checkDocumentOrder() {
    let pa = dossier.probleemanalyse?.datum
    let plan = dossier.planVanAanpak?.datum
    for (index, bijstelling) in (dossier.bijstellingenProbleemanalyse ?? []).enumerated() {
      order(
        bijstelling.datum, after: pa, .s5, "$.bijstellingenProbleemanalyse[\(index)].datum",
        "de bijstelling van de probleemanalyse", "de probleemanalyse")
    }
    for (index, bijstelling) in (dossier.bijstellingenPlanVanAanpak ?? []).enumerated() {
      order(
        bijstelling.datum, after: plan, .s5, "$.bijstellingenPlanVanAanpak[\(index)].datum",
        "de bijstelling van het plan van aanpak", "het plan van aanpak")
    }
    for (index, evaluatie) in (dossier.evaluaties ?? []).enumerated() {
      order(
        evaluatie.datum, after: plan, .s5, "$.evaluaties[\(index)].datum", "de evaluatie",
        "het plan van aanpak")
    }
    order(
      dossier.eerstejaarsevaluatie?.datum, after: plan, .s7, "$.eerstejaarsevaluatie.datum",
      "de eerstejaarsevaluatie", "het plan van aanpak")
    order(
      dossier.reintegratieverslag?.datum, after: dossier.eindevaluatie?.datum, .s10,
      "$.reintegratieverslag.datum", "het re-integratieverslag", "de eindevaluatie")
    order(
      dossier.wiaAanvraag?.datum, after: dossier.reintegratieverslag?.datum, .s11,
      "$.wiaAanvraag.datum",
      "de WIA-aanvraag", "het re-integratieverslag")
    if let melding = dossier.melding42eWeek?.datum {
      checkDocumentDate(melding, .s6, "$.melding42eWeek.datum", document: "de 42e-weeksmelding")
    }
    if let aanvraag = dossier.wiaAanvraag?.datum {
      checkDocumentDate(aanvraag, .s11, "$.wiaAanvraag.datum", document: "de WIA-aanvraag")
    }
  }

  private mutating func order(
    _ date: CalendarDate?, after earlier: CalendarDate?, _ step: Stap, _ path: String,
    _ document: String,
    _ basis: String
  ) {
    guard let date, let earlier, date < earlier else { return }
    add(
      .idDate, path,
      "\(document) (\(date.dutch)) is ouder dan \(basis) (\(earlier.dutch)) waarop het berust",
      step: step)
  }
}
