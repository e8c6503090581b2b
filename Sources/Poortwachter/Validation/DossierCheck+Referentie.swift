/// ID-REF: the case reference travels (file names, calendars, reports), so it may not carry
/// the employee's BSN or characters that break a line.
extension DossierCheck {
  mutating func checkReferentie() {
    for problem in Referentie.problems(dossier.referentie, bsn: dossier.werknemer.bsn) {
      switch problem {
      case .containsBSN:
        add(
          .idRef, "$.referentie",
          "de referentie bevat het BSN van de werknemer; een BSN hoort alleen waar de wet het voorschrijft, niet in bestandsnamen en agenda's"
        )
      case .containsElfproefNumber:
        // The number is not repeated: it may be someone's BSN.
        add(
          .idRef, "$.referentie",
          "de referentie bevat een nummer van 9 cijfers dat aan de elfproef voldoet: is het een BSN?",
          severity: .waarschuwing)
      case .controlCharacter(let value):
        add(
          .idRef, "$.referentie",
          "de referentie bevat een stuurteken (U+\(Referentie.hex(value))), zoals een regeleinde of escape; gebruik alleen zichtbare tekens"
        )
      }
    }
  }
}
