/// PRIV-DENY: employer-side free text must not hold medical details (POORTWACHTER.md §6.3).
extension DossierCheck {
  /// Scans every employer-side free-text field. The bedrijfsarts's own compartment and the
  /// employee's own opinion are not scanned.
  mutating func checkPrivacy() {
    // A reason other than plain illness names a vangnet ground (pregnancy, organ donation):
    // the employer may record only "vangnet: yes" (POORTWACHTER.md §6.2 item 4, §6.3).
    for (index, periode) in dossier.verzuimperiodes.enumerated() {
      guard let reden = periode.reden, reden != .ziekte else { continue }
      add(
        .privDeny, "$.verzuimperiodes[\(index)].reden",
        "de reden \"\(reden.rawValue)\" verraadt een vangnetgrond; de werkgever legt alleen vast dát er een vangnet is (werknemer.vangnet), de grond hoort in bedrijfsartsDossier.vangnetCategorie",
        step: .s1, severity: .waarschuwing)
    }
    scan(dossier.ziekmelding?.verwachteDuur, .s1, "$.ziekmelding.verwachteDuur")
    scan(dossier.ziekmelding?.lopendeAfspraken, .s1, "$.ziekmelding.lopendeAfspraken")
    scan(dossier.werknemer.functie, .s1, "$.werknemer.functie")
    scan(dossier.werknemer.bekwaamheden, .s1, "$.werknemer.bekwaamheden")
    if let pa = dossier.probleemanalyse {
      let p = "$.probleemanalyse."
      scan(pa.feitenEnBeoordeling, .s3, p + "feitenEnBeoordeling")
      scan(pa.beperkingenEnMogelijkheden, .s3, p + "beperkingenEnMogelijkheden")
      scan(pa.prognose, .s3, p + "prognose")
      scan(pa.nietMedischeFactoren, .s3, p + "nietMedischeFactoren")
      scan(pa.advies, .s3, p + "advies")
      scan(pa.motiveringGeenMogelijkheden, .s3, p + "motiveringGeenMogelijkheden")
      scan(pa.motivatieAfwijking, .s3, p + "motivatieAfwijking")
    }
    for (index, b) in (dossier.bijstellingenProbleemanalyse ?? []).enumerated() {
      let p = "$.bijstellingenProbleemanalyse[\(index)]."
      scan(b.reden, .s5, p + "reden")
      scan(b.beperkingenEnMogelijkheden, .s5, p + "beperkingenEnMogelijkheden")
      scan(b.prognose, .s5, p + "prognose")
      scan(b.advies, .s5, p + "advies")
    }
    if let plan = dossier.planVanAanpak {
      let p = "$.planVanAanpak."
      scan(plan.einddoel?.omschrijving, .s4, p + "einddoel.omschrijving")
      scan(plan.visieWerkgever, .s4, p + "visieWerkgever")
      scan(plan.visieWerknemer, .s4, p + "visieWerknemer")
      scan(plan.motivatieAfwijking, .s4, p + "motivatieAfwijking")
      for (index, a) in (plan.activiteiten ?? []).enumerated() {
        scan(a.omschrijving, .s4, p + "activiteiten[\(index)].omschrijving")
      }
      for (index, d) in (plan.tussendoelen ?? []).enumerated() {
        scan(d.omschrijving, .s4, p + "tussendoelen[\(index)].omschrijving")
      }
    }
    for (index, b) in (dossier.bijstellingenPlanVanAanpak ?? []).enumerated() {
      let p = "$.bijstellingenPlanVanAanpak[\(index)]."
      scan(b.reden, .s5, p + "reden")
      scan(b.einddoel?.omschrijving, .s5, p + "einddoel.omschrijving")
      scan(b.visieWerkgever, .s5, p + "visieWerkgever")
      scan(b.visieWerknemer, .s5, p + "visieWerknemer")
      for (activity, a) in (b.activiteiten ?? []).enumerated() {
        scan(a.omschrijving, .s5, p + "activiteiten[\(activity)].omschrijving")
      }
    }
    for (index, e) in (dossier.evaluaties ?? []).enumerated() {
      let p = "$.evaluaties[\(index)]."
      scan(e.voortgang, .s5, p + "voortgang")
      scan(e.afspraken, .s5, p + "afspraken")
      scan(e.visieWerkgever, .s5, p + "visieWerkgever")
      scan(e.visieWerknemer, .s5, p + "visieWerknemer")
    }
    if let e = dossier.eerstejaarsevaluatie {
      let p = "$.eerstejaarsevaluatie."
      scan(e.terugblik, .s7, p + "terugblik")
      scan(e.toelichtingKoers, .s7, p + "toelichtingKoers")
      scan(e.motiveringSpoor, .s7, p + "motiveringSpoor")
      scan(e.bijgesteldDoel, .s7, p + "bijgesteldDoel")
      scan(e.adviesBedrijfsarts, .s7, p + "adviesBedrijfsarts")
      scan(e.visieWerkgever, .s7, p + "visieWerkgever")
      scan(e.visieWerknemer, .s7, p + "visieWerknemer")
    }
    if let a = dossier.actueelOordeel {
      let p = "$.actueelOordeel."
      scan(a.verloop, .s8, p + "verloop")
      scan(a.beperkingenEnMogelijkheden, .s8, p + "beperkingenEnMogelijkheden")
      scan(a.kwaliteitArbeidsrelatie, .s8, p + "kwaliteitArbeidsrelatie")
      scan(a.passendeArbeid, .s8, p + "passendeArbeid")
      scan(a.standReintegratie, .s8, p + "standReintegratie")
    }
    if let e = dossier.eindevaluatie {
      let p = "$.eindevaluatie."
      scan(e.uitvoeringAfspraken, .s9, p + "uitvoeringAfspraken")
      scan(e.standVanZaken, .s9, p + "standVanZaken")
      scan(e.kwaliteitArbeidsrelatie, .s9, p + "kwaliteitArbeidsrelatie")
      scan(e.passendeArbeid, .s9, p + "passendeArbeid")
      scan(e.oordeelVerloopWerkgever, .s9, p + "oordeelVerloopWerkgever")
      scan(e.oordeelVerloopWerknemer, .s9, p + "oordeelVerloopWerknemer")
    }
    if let v = dossier.verkortReintegratieverslag {
      scan(v.standVanZaken, .s12, "$.verkortReintegratieverslag.standVanZaken")
      scan(v.reintegratieTotNu, .s12, "$.verkortReintegratieverslag.reintegratieTotNu")
    }
  }

  /// One employer-side text; its path is only built when the text holds a medical word.
  private mutating func scan(_ text: String?, _ step: Stap, _ path: @autoclosure () -> String) {
    guard let text, let word = MedicalVocabulary.firstMatch(in: text) else { return }
    add(
      .privDeny, path(),
      "medische term \"\(word)\" in een tekst die de werkgever ziet; diagnose, klachten en behandeling horen alleen in het dossier van de bedrijfsarts",
      step: step)
  }
}
