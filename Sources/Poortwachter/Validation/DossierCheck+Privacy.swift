/// PRIV-DENY: employer-side free text must not hold medical details (POORTWACHTER.md §6.3).
extension DossierCheck {
  /// Every employer-side free-text field with its path and step. The bedrijfsarts's own
  /// compartment and the employee's own opinion are not scanned.
  var employerFreeText: [(path: String, step: Stap, text: String?)] {
    var fields: [(String, Stap, String?)] = [
      ("$.ziekmelding.verwachteDuur", .s1, dossier.ziekmelding?.verwachteDuur),
      ("$.ziekmelding.lopendeAfspraken", .s1, dossier.ziekmelding?.lopendeAfspraken),
      ("$.werknemer.functie", .s1, dossier.werknemer.functie),
      ("$.werknemer.bekwaamheden", .s1, dossier.werknemer.bekwaamheden),
    ]
    if let pa = dossier.probleemanalyse {
      let p = "$.probleemanalyse."
      fields += [
        (p + "feitenEnBeoordeling", .s3, pa.feitenEnBeoordeling), (p + "beperkingenEnMogelijkheden", .s3, pa.beperkingenEnMogelijkheden),
        (p + "prognose", .s3, pa.prognose), (p + "nietMedischeFactoren", .s3, pa.nietMedischeFactoren), (p + "advies", .s3, pa.advies),
        (p + "motiveringGeenMogelijkheden", .s3, pa.motiveringGeenMogelijkheden), (p + "motivatieAfwijking", .s3, pa.motivatieAfwijking),
      ]
    }
    for (index, b) in (dossier.bijstellingenProbleemanalyse ?? []).enumerated() {
      let p = "$.bijstellingenProbleemanalyse[\(index)]."
      fields += [(p + "reden", .s5, b.reden), (p + "beperkingenEnMogelijkheden", .s5, b.beperkingenEnMogelijkheden), (p + "prognose", .s5, b.prognose), (p + "advies", .s5, b.advies)]
    }
    if let plan = dossier.planVanAanpak {
      let p = "$.planVanAanpak."
      fields += [
        (p + "einddoel.omschrijving", .s4, plan.einddoel?.omschrijving), (p + "visieWerkgever", .s4, plan.visieWerkgever),
        (p + "visieWerknemer", .s4, plan.visieWerknemer), (p + "motivatieAfwijking", .s4, plan.motivatieAfwijking),
      ]
      for (index, a) in (plan.activiteiten ?? []).enumerated() {
        fields.append((p + "activiteiten[\(index)].omschrijving", .s4, a.omschrijving))
      }
      for (index, d) in (plan.tussendoelen ?? []).enumerated() {
        fields.append((p + "tussendoelen[\(index)].omschrijving", .s4, d.omschrijving))
      }
    }
    for (index, b) in (dossier.bijstellingenPlanVanAanpak ?? []).enumerated() {
      let p = "$.bijstellingenPlanVanAanpak[\(index)]."
      fields += [(p + "reden", .s5, b.reden), (p + "einddoel.omschrijving", .s5, b.einddoel?.omschrijving), (p + "visieWerkgever", .s5, b.visieWerkgever), (p + "visieWerknemer", .s5, b.visieWerknemer)]
      for (activity, a) in (b.activiteiten ?? []).enumerated() {
        fields.append((p + "activiteiten[\(activity)].omschrijving", .s5, a.omschrijving))
      }
    }
    for (index, e) in (dossier.evaluaties ?? []).enumerated() {
      let p = "$.evaluaties[\(index)]."
      fields += [(p + "voortgang", .s5, e.voortgang), (p + "afspraken", .s5, e.afspraken), (p + "visieWerkgever", .s5, e.visieWerkgever), (p + "visieWerknemer", .s5, e.visieWerknemer)]
    }
    if let e = dossier.eerstejaarsevaluatie {
      let p = "$.eerstejaarsevaluatie."
      fields += [
        (p + "terugblik", .s7, e.terugblik), (p + "toelichtingKoers", .s7, e.toelichtingKoers), (p + "motiveringSpoor", .s7, e.motiveringSpoor),
        (p + "bijgesteldDoel", .s7, e.bijgesteldDoel), (p + "adviesBedrijfsarts", .s7, e.adviesBedrijfsarts),
        (p + "visieWerkgever", .s7, e.visieWerkgever), (p + "visieWerknemer", .s7, e.visieWerknemer),
      ]
    }
    if let a = dossier.actueelOordeel {
      let p = "$.actueelOordeel."
      fields += [
        (p + "verloop", .s8, a.verloop), (p + "beperkingenEnMogelijkheden", .s8, a.beperkingenEnMogelijkheden),
        (p + "kwaliteitArbeidsrelatie", .s8, a.kwaliteitArbeidsrelatie), (p + "passendeArbeid", .s8, a.passendeArbeid), (p + "standReintegratie", .s8, a.standReintegratie),
      ]
    }
    if let e = dossier.eindevaluatie {
      let p = "$.eindevaluatie."
      fields += [
        (p + "uitvoeringAfspraken", .s9, e.uitvoeringAfspraken), (p + "standVanZaken", .s9, e.standVanZaken),
        (p + "kwaliteitArbeidsrelatie", .s9, e.kwaliteitArbeidsrelatie), (p + "passendeArbeid", .s9, e.passendeArbeid),
        (p + "oordeelVerloopWerkgever", .s9, e.oordeelVerloopWerkgever), (p + "oordeelVerloopWerknemer", .s9, e.oordeelVerloopWerknemer),
      ]
    }
    if let v = dossier.verkortReintegratieverslag {
      fields += [("$.verkortReintegratieverslag.standVanZaken", .s12, v.standVanZaken), ("$.verkortReintegratieverslag.reintegratieTotNu", .s12, v.reintegratieTotNu)]
    }
    return fields
  }

  mutating func checkPrivacy() {
    for (path, step, text) in employerFreeText {
      guard let text, let word = MedicalVocabulary.firstMatch(in: text) else { continue }
      add("PRIV-DENY", .fout, step, path, "medische term \"\(word)\" in een tekst die de werkgever ziet; diagnose, klachten en behandeling horen alleen in het dossier van de bedrijfsarts", Bron.ap + " §4")
    }
  }
}
