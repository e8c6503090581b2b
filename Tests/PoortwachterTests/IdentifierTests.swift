import Testing

@testable import Poortwachter

/// POORTWACHTER.md §7.
@Suite struct IdentifierTests {
  @Test(arguments: ["111222333", "111.222.333", " 111 222 333", "123456782", "12345672"])
  func validBSN(_ value: String) {
    #expect(Identifier.bsn(value).isValid)
  }

  @Test(arguments: ["111222334", "000000000", "1234567", "1234567890", "12345678a", ""])
  func invalidBSN(_ value: String) {
    #expect(!Identifier.bsn(value).isValid)
  }

  @Test func eightDigitBSNGetsALeadingZero() {
    #expect(Identifier.bsn("12345672") == .valid(normalized: "012345672"))
  }

  @Test(arguments: ["123456782L01", "123456782l01", "123456782 L 02"])
  func validLoonheffingennummer(_ value: String) {
    #expect(Identifier.loonheffingennummer(value).isValid)
  }

  @Test(arguments: ["123456782L00", "123456782B01", "12345678L01", "123456782L1", "NL123456782B01"])
  func invalidLoonheffingennummer(_ value: String) {
    #expect(!Identifier.loonheffingennummer(value).isValid)
  }

  @Test func rsinUsesTheElfproef() {
    #expect(Identifier.rsin("123456782").isValid)
    #expect(!Identifier.rsin("123456789").isValid)
  }

  @Test func kvkHasEightDigitsAndNoChecksum() {
    #expect(Identifier.kvkNummer("12345678").isValid)
    #expect(Identifier.kvkNummer("87654321").isValid)
    #expect(!Identifier.kvkNummer("1234567").isValid)
    #expect(!Identifier.kvkNummer("1234567X").isValid)
    #expect(Identifier.vestigingsnummer("000012345678").isValid)
    #expect(!Identifier.vestigingsnummer("12345678").isValid)
  }

  @Test(arguments: [
    ("1234 AB", "1234 AB"), ("1234ab", "1234 AB"), ("NL-1234 AB", "1234 AB"),
    ("9999-ZZ", "9999 ZZ"),
  ])
  func validPostcode(_ value: String, _ normalized: String) {
    #expect(Identifier.postcode(value) == .valid(normalized: normalized))
  }

  @Test(arguments: ["0123 AB", "1234 SA", "1234 SD", "1234 SS", "123 AB", "1234 A1", "12345 AB"])
  func invalidPostcode(_ value: String) {
    #expect(!Identifier.postcode(value).isValid)
  }

  @Test(arguments: [
    "NL91ABNA0417164300", "nl91 abna 0417 1643 00", "DE89370400440532013000",
    "GB82WEST12345698765432",
  ])
  func validIBAN(_ value: String) {
    #expect(Identifier.iban(value).isValid)
  }

  @Test(arguments: [
    "NL91ABNA0417164301", "NL91ABNA041716430", "NL9AABNA0417164300", "XX", "NL91ABNA04171643OO",
  ])
  func invalidIBAN(_ value: String) {
    #expect(!Identifier.iban(value).isValid)
  }
}

@Suite struct MedicalVocabularyTests {
  @Test(arguments: [
    ("Start bij de fysiotherapeut in week 3", "fysiotherapeut"),
    ("Burn-out, opbouw in uren", "burn-out"),
    ("MEDICATIE wordt aangepast", "medicatie"), ("na de operatie.", "operatie"),
  ])
  func findsMedicalWords(_ text: String, _ word: String) {
    #expect(MedicalVocabulary.firstMatch(in: text) == word)
  }

  @Test(arguments: [
    "Opbouw in eigen werk, 4 uur per dag", "Arbeidstherapie op de eigen afdeling",
    "Klachtenregeling besproken",
    "Behandeling van de aanvraag door UWV", "IT-specialist in de eigen afdeling",
  ])
  func leavesEverydayWordsAlone(_ text: String) {
    #expect(MedicalVocabulary.firstMatch(in: text) == nil)
  }
}

@Suite struct ReasonPrivacyTests {
  @Test func aVangnetGroundAsReasonIsFlagged() {
    let dossier = TestCases.dossier([("2026-01-05", nil)]) {
      $0.verzuimperiodes[0].reden = .zwangerschapOfBevalling
    }
    let findings = Validator().validate(dossier, on: TestCases.date("2026-01-10"))
    #expect(
      findings.contains {
        $0.rule == .privDeny && $0.path == "$.verzuimperiodes[0].reden"
          && $0.severity == .waarschuwing
      })
    let plain = TestCases.dossier([("2026-01-05", nil)]) { $0.verzuimperiodes[0].reden = .ziekte }
    #expect(
      !Validator().validate(plain, on: TestCases.date("2026-01-10")).contains {
        $0.rule == .privDeny
      })
  }
}
