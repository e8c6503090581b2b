import Kalender
import Testing

@testable import Poortwachter

/// ID-REF: a case reference never carries the employee's BSN (UAVG art. 46, AVG art. 5 lid 1 c)
/// nor control characters; the safe form every output shows masks the BSN.
@Suite struct ReferentieTests {
  /// 111222333 passes the elfproef: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66 = 6·11.
  static let bsn = "111222333"

  @Test(
    "the employee's BSN is found in every written form",
    arguments: [
      "111222333", "VZ-111222333", "VZ 1112.22.333", "111 222 333", "dossier_111-222-333-b",
      "2026/111222333/1",
    ])
  func containsTheBSN(_ referentie: String) {
    #expect(Referentie.problems(referentie, bsn: Self.bsn) == [.containsBSN])
    #expect(!Referentie.safe(referentie, bsn: Self.bsn).contains("111222333"))
    #expect(
      Referentie.safe(referentie, bsn: Self.bsn).filter(\.isNumber).contains("111222333") == false)
  }

  @Test func aBSNWithALeadingZeroIsFoundWithoutIt() {
    // 012345672: 8·1+7·2+6·3+5·4+4·5+3·6+2·7−2 = 110 = 10·11.
    #expect(Referentie.problems("VZ-12345672", bsn: "012345672") == [.containsBSN])
    #expect(Referentie.safe("VZ-12345672", bsn: "012345672") == "VZ-xxxxxxxx")
  }

  @Test func theSafeFormMasksOnlyTheBSNDigits() {
    #expect(Referentie.safe("VZ 1112.22.333/7", bsn: Self.bsn) == "VZ xxxx.xx.xxx/7")
    #expect(Referentie.safe("VZ-2026-0027", bsn: Self.bsn) == "VZ-2026-0027")
  }

  @Test func anotherElfproefNumberIsAWarningOnly() {
    // 123456782: 9+16+21+24+25+24+21+16−2 = 154 = 14·11.
    #expect(
      Referentie.problems("VZ-123456782", bsn: Self.bsn) == [.containsElfproefNumber("123456782")])
    #expect(Referentie.safe("VZ-123456782", bsn: Self.bsn) == "VZ-123456782")
  }

  @Test(
    "numbers that are no BSN are left alone",
    arguments: ["VZ-2026-0027", "VZ-123456789", "1234567820", "VZ-12345678-2", "ABC"])
  func noProblem(_ referentie: String) {
    #expect(Referentie.problems(referentie, bsn: Self.bsn).isEmpty)
  }

  @Test func controlCharactersAreFoundAndShown() {
    #expect(Referentie.problems("VZ\u{1B}[31m", bsn: nil) == [.controlCharacter(0x1B)])
    #expect(Referentie.problems("VZ\n1", bsn: nil) == [.controlCharacter(0x0A)])
    #expect(Referentie.safe("VZ\u{1B}[31m\n1", bsn: nil) == "VZ<U+001B>[31m<U+000A>1")
    #expect(Referentie.visibleControlCharacters("a\u{7}b\nc\td") == "a<U+0007>b\nc\td")
  }

  @Test func theValidatorReportsIDREF() {
    let peildatum = TestCases.date("2026-01-20")
    let withBSN = TestCases.dossier([("2026-01-05", nil)]) { $0.referentie = "VZ-111222333" }
    let findings = Validator().validate(withBSN, on: peildatum).filter { $0.rule == .idRef }
    #expect(findings.map(\.severity) == [.fout])
    #expect(findings.first?.path == "$.referentie")
    #expect(findings.first?.step == .s1)
    #expect(findings.first?.message.contains("111222333") == false)
    #expect(withBSN.veiligeReferentie == "VZ-xxxxxxxxx")

    let other = TestCases.dossier([("2026-01-05", nil)]) { $0.referentie = "VZ-123456782" }
    #expect(
      Validator().validate(other, on: peildatum).filter { $0.rule == .idRef }.map(\.severity)
        == [.waarschuwing])

    let plain = TestCases.dossier([("2026-01-05", nil)])
    #expect(Validator().validate(plain, on: peildatum).allSatisfy { $0.rule != .idRef })
  }
}
