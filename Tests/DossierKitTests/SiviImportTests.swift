import Foundation
import Kalender
import Poortwachter
import Testing

@testable import DossierKit

/// SIVI Verzuimmeldingen into cases. Messages are built here from the XSD structure
/// (SIVI-VERZUIM.md §3); expected values come from the standard's formats and the law's
/// counting rules, worked out by hand in the comments.
@Suite struct SiviImportTests {
  // MARK: - Building messages

  struct Vrzm {
    var geval = "V1"
    var nr = 1
    var ingang = "2026-03-02"
    var eind = false
    var d1 = "2026-03-02"
    var prc = "100.00"
    var hersteld: String? = nil
    var vangnet = "N"
    var extra = ""
    var verwerking: String? = nil

    var xml: String {
      """
      <Vrzm><VrwrkCd>\(verwerking ?? (nr == 1 ? "01" : "02"))</VrwrkCd><IngdatMutVrzm>\(ingang)</IngdatMutVrzm>
      <VrzmgvlId>\(geval)</VrzmgvlId><VrzmgvlVnrMld>\(nr)</VrzmgvlVnrMld>
      <EndVrzmJN>\(eind ? "J" : "N")</EndVrzmJN><DatVrzmWrkgvr>\(d1)</DatVrzmWrkgvr>
      <DatEerstVrzmdg>\(d1)</DatEerstVrzmdg>\(hersteld.map { "<DatHrstld>\($0)</DatHrstld>" } ?? "")
      <PrcVrzm>\(prc)</PrcVrzm><OorzkVrzmCd>99</OorzkVrzmCd><VngntJN>\(vangnet)</VngntJN>\(extra)
      <Cntprsn><Achternaam>Leiding</Achternaam><Voorl>L</Voorl><GslchtCd>O</GslchtCd>
      <RolCntprsnCd>01</RolCntprsnCd><Com><SrtComCd>10</SrtComCd><NrCom>l@voorbeeld.example</NrCom></Com></Cntprsn>
      </Vrzm>
      """
    }
  }

  static func message(
    _ meldingen: [Vrzm], release: Int = 2026, berrefnr: String = "B1",
    aandat: String = "2026-03-03", sofiNr: String = "111222333", werknemerExtra: String = "",
    werknemerId: String = "E1", dienstverbandExtra: String = "<CdBepTd>O</CdBepTd>",
    werkgeverExtra: String = "", namespace: String? = nil
  ) -> Data {
    let vnr = SiviBericht.releases[release] ?? "00000"
    let ns = namespace ?? SiviBericht.namespacePrefix + "\(release)"
    return Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Verzuimmeldingen xmlns="\(ns)">
      <BrAlg><BrCd>00100</BrCd><VnrBrCd>\(vnr)</VnrBrCd><AandatBr>\(aandat)</AandatBr>
      <AantijdBr>09:00:00</AantijdBr><IdInzndr>HR</IdInzndr><GebrSwPakket>test</GebrSwPakket>
      <IdOntvngr>ARBO</IdOntvngr><Berrefnr>\(berrefnr)</Berrefnr><TestJN>N</TestJN>
      <OntvngstbevJN>N</OntvngstbevJN></BrAlg>
      <AdmKantoor><HndlsnmOrg>Salarisbureau Loon B.V.</HndlsnmOrg><InschrijvingsnrKvK>55555555</InschrijvingsnrKvK></AdmKantoor>
      <Wrkgvr><HndlsnmOrg>Voorbeeld B.V.</HndlsnmOrg><InschrijvingsnrKvK>1234567</InschrijvingsnrKvK>
      <VestigingsnrHandelsregister>12345678</VestigingsnrHandelsregister>
      <IdWrkgvrArbdnst>W-1</IdWrkgvrArbdnst><AansltnrGeguitwlngArbdnst>A1</AansltnrGeguitwlngArbdnst>
      <Lhnr>123456782l01</Lhnr><IndERDZW>J</IndERDZW>\(werkgeverExtra)
      <Wrknmr><SofiNr>\(sofiNr)</SofiNr><Gebdat>1980-05-17</Gebdat><SignNm>Berg</SignNm><Voorl>JK</Voorl>
      <Voorv>van den</Voorv><NmvrkrCd>01</NmvrkrCd><GslchtCd>O</GslchtCd><IdWrknmr>\(werknemerId)</IdWrknmr>\(werknemerExtra)
      <Dnstvbnd><IdDnstvbnd>D1</IdDnstvbnd><Ingdat>2020-01-01</Ingdat><PersNr>77</PersNr>
      <NmFnct>Monteur</NmFnct><OrgeenhCd>OE1</OrgeenhCd>\(dienstverbandExtra)<AantCtrcturenPWk>32.50</AantCtrcturenPWk>
      \(meldingen.map(\.xml).joined(separator: "\n"))
      <Cntprsn><Achternaam>Leiding</Achternaam><Voorl>L</Voorl><GslchtCd>O</GslchtCd>
      <RolCntprsnCd>01</RolCntprsnCd><Com><SrtComCd>10</SrtComCd><NrCom>l@voorbeeld.example</NrCom></Com></Cntprsn>
      </Dnstvbnd></Wrknmr></Wrkgvr></Verzuimmeldingen>
      """.utf8)
  }

  static func read(_ data: Data, _ name: String = "m.xml") throws -> SiviBericht {
    try SiviBericht.read(data, file: name)
  }

  static func cases(_ messages: Data...) throws -> [SiviImportedCase] {
    try SiviImport(messages.enumerated().map { try read($0.element, "m\($0.offset).xml") }).cases()
  }

  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { preconditionFailure(text) }
    return date
  }

  // MARK: - Mapping

  @Test func everyMappedElementLandsInItsField() throws {
    let imported = try #require(
      try Self.cases(
        Self.message([
          Vrzm(),
          Vrzm(nr: 2, ingang: "2026-03-16", prc: "60.00"),
          Vrzm(nr: 3, ingang: "2026-04-06", eind: true, prc: "0.00", hersteld: "2026-04-06"),
        ])
      ).first)
    let dossier = imported.dossier
    // Wrkgvr, not the AdmKantoor that sent the message for it.
    #expect(dossier.werkgever.naam == "Voorbeeld B.V.")
    // InschrijvingsnrKvK is n..8: 1234567 lost its leading zero; VestigingsnrHandelsregister n..12.
    #expect(dossier.werkgever.kvkNummer == "01234567")
    #expect(dossier.werkgever.vestigingsnummer == "000012345678")
    #expect(dossier.werkgever.loonheffingennummer == "123456782L01")
    #expect(dossier.werkgever.eigenRisicodragerZW == true)
    // Voorl JK without Roepnaam becomes J.K.; Voorv and SignNm follow.
    #expect(dossier.werknemer.naam == "J.K. van den Berg")
    #expect(dossier.werknemer.bsn == "111222333")
    #expect(dossier.werknemer.geboortedatum == Self.date("1980-05-17"))
    #expect(dossier.werknemer.functie == "Monteur")
    #expect(dossier.werknemer.contracturenPerWeek == 32.5)
    #expect(
      dossier.werknemer.dienstverband
        == Dienstverband(soort: .vast, ingangsdatum: Self.date("2020-01-01")))
    #expect(dossier.werknemer.vangnet == false)
    // DatVrzmWrkgvr, and the message day (AandatBr) as the report to the arbodienst.
    #expect(dossier.ziekmelding?.datumMeldingWerkgever == Self.date("2026-03-02"))
    #expect(dossier.ziekmelding?.datumMeldingArbodienst == Self.date("2026-03-03"))
    // PrcVrzm 60.00 absent from 16 March: 40% worked again; EndVrzmJN J on 6 April.
    #expect(
      dossier.verzuimperiodes == [
        Verzuimperiode(
          eersteZiektedag: Self.date("2026-03-02"), hersteldatum: Self.date("2026-04-06"),
          gedeeltelijkHerstel: [GedeeltelijkHerstel(datum: Self.date("2026-03-16"), percentage: 40)]
        )
      ])
    #expect(dossier.siviMeldingen?.map(\.volgnummer) == [1, 2, 3])
    #expect(dossier.referentie == "W1-E1-2026-03-02")
    #expect(imported.controles.isEmpty)
  }

  @Test func sofiNrGetsItsLeadingZerosBack() throws {
    // 012345672 passes the elfproef; as xs:nonNegativeInteger it may arrive as 12345672.
    let short = try #require(try Self.cases(Self.message([Vrzm()], sofiNr: "12345672")).first)
    #expect(short.dossier.werknemer.bsn == "012345672")
    let padded = try #require(try Self.cases(Self.message([Vrzm()], sofiNr: "0012345672")).first)
    #expect(padded.dossier.werknemer.bsn == "012345672")
    #expect(throws: SiviImportError.self) {
      try Self.read(Self.message([Vrzm()], sofiNr: "1234567890"))
    }
  }

  @Test func prcVrzmIsTheShareAbsent() throws {
    let imported = try #require(
      try Self.cases(
        Self.message([
          // Partly absent from the first day: 75% absent is 25% worked.
          Vrzm(prc: "75.00"),
          Vrzm(nr: 2, ingang: "2026-03-09", prc: "33.33"),
          // Back to full absence: 0% worked, recorded so that later partial days stay apart.
          Vrzm(nr: 3, ingang: "2026-03-23", prc: "100.00"),
        ])
      ).first)
    #expect(
      imported.dossier.verzuimperiodes[0].gedeeltelijkHerstel == [
        GedeeltelijkHerstel(datum: Self.date("2026-03-02"), percentage: 25),
        GedeeltelijkHerstel(datum: Self.date("2026-03-09"), percentage: 66.67),
        GedeeltelijkHerstel(datum: Self.date("2026-03-23"), percentage: 0),
      ])
  }

  @Test func theReferentieIsNeverTheBSN() throws {
    // An employer that uses the BSN as its employee id: the personnel number is used instead.
    let byPersnr = try #require(
      try Self.cases(Self.message([Vrzm()], werknemerId: "111222333")).first)
    #expect(byPersnr.dossier.referentie == "W1-77-2026-03-02")
    // Without one, a checksum of the ids: 8 digits passing the elfproef could be a BSN too.
    let noPersnr = String(decoding: Self.message([Vrzm()], werknemerId: "12345672"), as: UTF8.self)
      .replacingOccurrences(of: "<PersNr>77</PersNr>", with: "")
    let hashed = try #require(try Self.cases(Data(noPersnr.utf8)).first).dossier.referentie
    #expect(hashed.hasPrefix("W1-N") && hashed.hasSuffix("-2026-03-02"))
    #expect(!hashed.contains("12345672") && !hashed.contains("111222333"))
  }

  @Test func employeeIdsThatLookAlikeGetTheirOwnFiles() throws {
    let first = try Self.read(Self.message([Vrzm()], werknemerId: "E-1"), "a.xml")
    let second = try Self.read(
      Self.message([Vrzm()], berrefnr: "B2", sofiNr: "123456782", werknemerId: "E1"), "b.xml")
    let cases = try SiviImport([second, first]).cases()
    #expect(cases.map(\.dossier.referentie) == ["W1-E1-2026-03-02", "W1-E1-2026-03-02-2"])
    #expect(cases.map(\.dossier.werknemer.bsn) == ["111222333", "123456782"])
  }

  @Test func theEndOfEmploymentNeedsItsKind() throws {
    let temporary = try #require(
      try Self.cases(
        Self.message(
          [Vrzm()], dienstverbandExtra: "<Enddat>2026-03-31</Enddat><CdBepTd>B</CdBepTd>")
      ).first)
    #expect(
      temporary.dossier.werknemer.dienstverband
        == Dienstverband(
          soort: .tijdelijk, ingangsdatum: Self.date("2020-01-01"),
          einddatum: Self.date("2026-03-31")))
    // Without CdBepTd no dienstverband can be written: the end date goes to a person.
    let unknown = try #require(
      try Self.cases(Self.message([Vrzm()], dienstverbandExtra: "<Enddat>2026-03-31</Enddat>"))
        .first)
    #expect(unknown.dossier.werknemer.dienstverband == nil)
    #expect(unknown.controles.contains { $0.message.hasPrefix("Enddat 2026-03-31") })
  }

  @Test func correctionsAndWithdrawals() throws {
    // Notification 2 moves the first sick day from 2 to 3 March, naming the old day.
    let corrected = try #require(
      try Self.cases(
        Self.message([
          Vrzm(),
          Vrzm(
            nr: 2, ingang: "2026-03-03", d1: "2026-03-03",
            extra: "<DatEerstVrzmdgOud>2026-03-02</DatEerstVrzmdgOud>"),
        ])
      ).first)
    #expect(corrected.dossier.verzuimperiodes[0].eersteZiektedag == Self.date("2026-03-03"))
    // Without DatEerstVrzmdgOud the same change contradicts notification 1.
    #expect(throws: SiviImportError.self) {
      try Self.cases(Self.message([Vrzm(), Vrzm(nr: 2, ingang: "2026-03-03", d1: "2026-03-03")]))
    }
    // VrwrkCd 04 (most likely a withdrawal) is not applied but put before a person.
    let withdrawn = try #require(
      try Self.cases(
        Self.message([Vrzm(), Vrzm(nr: 2, ingang: "2026-03-09", prc: "50.00", verwerking: "04")])
      ).first)
    #expect(withdrawn.dossier.verzuimperiodes[0].gedeeltelijkHerstel == nil)
    #expect(withdrawn.controles.contains { $0.message.hasPrefix("VrwrkCd 04") })
  }

  @Test func valuesOutsideTheFormatsAreRefused() {
    for (vrzm, problem) in [
      (Vrzm(prc: "150.00"), "more than 100 percent"),
      (Vrzm(prc: "50,00"), "expected a number such as 50.00"),
      (Vrzm(d1: "2026-02-30"), "februari 2026 has 28 days"),
      (Vrzm(vangnet: "X"), "expected J, N or O"),
    ] {
      #expect {
        try Self.read(Self.message([vrzm]))
      } throws: { error in "\(error)".contains(problem) }
    }
    let test = String(decoding: Self.message([Vrzm()]), as: UTF8.self)
      .replacingOccurrences(of: "<TestJN>N</TestJN>", with: "<TestJN>J</TestJN>")
    #expect {
      try Self.read(Data(test.utf8))
    } throws: { error in "\(error)".contains("a test message (TestJN J)") }
  }

  // MARK: - Samentelling

  @Test func absenceCasesLessThanFourWeeksApartShareOneFile() throws {
    // V1: sick 2 March, fit from 16 March. V2 starts 12 April: 16 March … 11 April are 27 fit
    // days, "minder dan vier weken" (CNT-10), so one tijdvak with D1 2 March.
    let chained = try Self.cases(
      Self.message([
        Vrzm(),
        Vrzm(nr: 2, ingang: "2026-03-16", eind: true, prc: "0.00", hersteld: "2026-03-16"),
        Vrzm(geval: "V2", ingang: "2026-04-12", d1: "2026-04-12"),
      ]))
    #expect(chained.count == 1)
    #expect(chained[0].verzuimgevallen == ["V1", "V2"])
    #expect(chained[0].dossier.referentie == "W1-E1-2026-03-02")
    // Day 42 (TL-04): 14 sick days in V1 (2–15 March), then day 15 is 12 April, day 42 is
    // 12 April + 27 = 9 May.
    let timeline = Timeline(dossier: chained[0].dossier, on: Self.date("2026-04-20"))
    #expect(timeline.step(.tl04)?.due == Self.date("2026-05-09"))
  }

  @Test func absenceCasesFourWeeksApartStartANewCount() throws {
    // V2 on 13 April: 28 fit days (16 March … 12 April): a new D1 and a file of its own, with
    // a check because one day's reading of DatHrstld decides it.
    let separate = try Self.cases(
      Self.message([
        Vrzm(),
        Vrzm(nr: 2, ingang: "2026-03-16", eind: true, prc: "0.00", hersteld: "2026-03-16"),
        Vrzm(geval: "V2", ingang: "2026-04-13", d1: "2026-04-13"),
      ]))
    #expect(separate.map(\.dossier.referentie) == ["W1-E1-2026-03-02", "W1-E1-2026-04-13"])
    #expect(separate[1].controles.contains { $0.message.contains("28 fit days") })
    let timeline = Timeline(dossier: separate[1].dossier, on: Self.date("2026-04-20"))
    #expect(timeline.tijdvak?.eersteZiektedag == Self.date("2026-04-13"))
    // Day 42 of the new count: 13 April + 41 = 24 May.
    #expect(timeline.step(.tl04)?.due == Self.date("2026-05-24"))
  }

  // MARK: - Privacy

  @Test func restrictedFieldsNeverReachTheCaseFile() throws {
    let secret = "Hernia; behandeling bij de fysiotherapeut"
    let clinic = "Kliniek Zonnehof"
    let data = Self.message(
      [
        // The parser reads by name; the XSD puts BijzRdnStartVrzmCd before OorzkVrzmCd.
        Vrzm(extra: "<BijzRdnStartVrzmCd>03</BijzRdnStartVrzmCd>"),
        Vrzm(
          nr: 2, ingang: "2026-03-09", prc: "50.00",
          extra: "<WAZOCd>02</WAZOCd><ArbCnflJN>J</ArbCnflJN>"),
      ],
      werknemerExtra: """
        <WrknmrNoriskJN>J</WrknmrNoriskJN>
        <StrAdrNl><SrtAdrsCd>06</SrtAdrsCd><SrtVrplgadrsCd>02</SrtVrplgadrsCd>
        <NmVrpladrs>\(clinic)</NmVrpladrs><Pc>1234AB</Pc><Wnpl>Ergens</Wnpl><Huisnr>1</Huisnr></StrAdrNl>
        """)
    let withText = String(decoding: data, as: UTF8.self).replacingOccurrences(
      of: "</Cntprsn>\n</Vrzm>",
      with: "</Cntprsn><VrTkst><VrijeTekst>\(secret)</VrijeTekst></VrTkst>\n</Vrzm>")
    let bericht = try Self.read(Data(withText.utf8))
    let sivi = try SiviImport([bericht])
    let imported = try sivi.cases()
    let bytes = String(decoding: try imported[0].dossier.encodedCaseFile(), as: UTF8.self)
    for forbidden in [
      secret, clinic, "fysio", "WAZO", "Oorzk", "Norisk", "noRisk", "ArbCnfl", "Vrpl", "VrijeTekst",
    ] {
      #expect(!bytes.contains(forbidden), "\(forbidden) reached the case file")
    }
    let report = SiviImportReport.leftOut(sivi) + SiviImportReport.checks(imported[0].controles)
    #expect(!report.contains(secret) && !report.contains(clinic))
    for element in [
      "BijzRdnStartVrzmCd ×1", "OorzkVrzmCd ×2", "WAZOCd ×1", "ArbCnflJN ×1", "VrTkst ×2",
      "WrknmrNoriskJN ×1",
      "NmVrpladrs ×1", "SrtVrplgadrsCd ×1",
    ] {
      #expect(report.contains(element), "\(element) not reported")
    }
    // The pregnancy code and the no-riskpolis flag may change the counts: a person checks.
    #expect(imported[0].controles.contains { $0.location.path.hasSuffix("Vrzm[2]/WAZOCd") })
    #expect(imported[0].controles.contains { $0.message.hasPrefix("WrknmrNoriskJN J") })
  }

  // MARK: - --into

  @Test func mergingIsIdempotentAndOrderIndependent() throws {
    let a = try Self.read(
      Self.message([Vrzm()], berrefnr: "A", aandat: "2026-03-03"), "a.xml")
    let b = try Self.read(
      Self.message(
        [Vrzm(nr: 2, ingang: "2026-03-16", prc: "50.00")], berrefnr: "B", aandat: "2026-03-16"),
      "b.xml")
    let c = try Self.read(
      Self.message(
        [Vrzm(nr: 3, ingang: "2026-03-30", eind: true, prc: "0.00", hersteld: "2026-03-30")],
        berrefnr: "C", aandat: "2026-03-30"), "c.xml")
    let start = try #require(try SiviImport([a]).cases().first).dossier

    func apply(_ order: [SiviBericht]) throws -> Data {
      var dossier = start
      for bericht in order {
        dossier = try SiviImport([bericht]).merge(into: dossier, shownAs: "case.json").dossier
      }
      return try dossier.encodedCaseFile()
    }
    let forward = try apply([b, c])
    #expect(try apply([c, b]) == forward)
    #expect(try apply([c, b, b, a, c]) == forward)
    // All at once with --out gives the same file as one by one with --into.
    #expect(
      try #require(try SiviImport([c, a, b]).cases().first).dossier.encodedCaseFile() == forward)

    let again = try SiviImport([b]).merge(
      into: try Verzuimdossier.decode(from: forward), shownAs: "case.json")
    #expect(!again.changed)
    #expect(again.alreadyImported.map(\.volgnummer) == [2])
  }

  @Test func aRecordedFactIsKeptAndTheDifferenceReported() throws {
    var recorded = try #require(try Self.cases(Self.message([Vrzm()])).first).dossier
    recorded.verzuimperiodes[0].hersteldatum = Self.date("2026-03-20")
    recorded.werknemer.functie = "Chef monteur"
    let later = try Self.read(
      Self.message(
        [Vrzm(nr: 2, ingang: "2026-03-23", eind: true, prc: "0.00", hersteld: "2026-03-23")],
        berrefnr: "B2"))
    let result = try SiviImport([later]).merge(into: recorded, shownAs: "case.json")
    #expect(result.dossier.verzuimperiodes[0].hersteldatum == Self.date("2026-03-20"))
    #expect(result.dossier.werknemer.functie == "Chef monteur")
    #expect(
      result.conflicts.map(\.path) == [
        "$.verzuimperiodes[0].hersteldatum", "$.werknemer.functie",
      ])
  }

  @Test func aConflictingNotificationIsReportedUntilSettled() throws {
    var recorded = try #require(try Self.cases(Self.message([Vrzm()])).first).dossier
    recorded.verzuimperiodes[0].gedeeltelijkHerstel = [
      GedeeltelijkHerstel(datum: Self.date("2026-03-09"), percentage: 25)
    ]
    let later = try Self.read(
      Self.message([Vrzm(nr: 2, ingang: "2026-03-09", prc: "50.00")], berrefnr: "B2"))
    let first = try SiviImport([later]).merge(into: recorded, shownAs: "case.json")
    #expect(
      first.conflicts.map(\.path) == ["$.verzuimperiodes[0].gedeeltelijkHerstel[0].percentage"])
    #expect(first.dossier.verzuimperiodes[0].gedeeltelijkHerstel?.first?.percentage == 25)
    #expect(!first.changed)
    let second = try SiviImport([later]).merge(into: first.dossier, shownAs: "case.json")
    #expect(second.conflicts == first.conflicts)
  }

  @Test func messagesAboutSomeoneElseAreRefused() throws {
    let dossier = try #require(try Self.cases(Self.message([Vrzm()])).first).dossier
    let other = try Self.read(
      Self.message([Vrzm(nr: 2, ingang: "2026-03-09", prc: "50.00")], sofiNr: "123456782"))
    #expect(throws: SiviImportError.self) {
      try SiviImport([other]).merge(into: dossier, shownAs: "case.json")
    }
  }

  // MARK: - Located errors

  @Test func malformedXMLNamesFileAndLine() {
    let broken = Data("<Verzuimmeldingen>\n  <BrAlg>\n  </BrAlgx>\n</Verzuimmeldingen>\n".utf8)
    #expect {
      try Self.read(broken, "kapot.xml")
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix("kapot.xml:3:") && text.contains("end tag does not match")
    }
  }

  @Test func aWrongNamespaceIsRefused() {
    let data = Self.message([Vrzm()], namespace: "http://www.sivi.org/verzuim/2026")
    #expect {
      try Self.read(data)
    } throws: { error in
      "\(error)".contains("m.xml:2:")
        && "\(error)".contains("namespace http://www.sivi.org/verzuim/2026")
    }
    // 2023 had no release.
    #expect(throws: SiviImportError.self) {
      try Self.read(Self.message([Vrzm()], namespace: SiviBericht.namespacePrefix + "2023"))
    }
  }

  @Test func releaseDifferencesAreChecked() {
    // WrknmrNoriskJN came with 2025; in a 2024 message it is an error, located.
    let data = Self.message(
      [Vrzm()], release: 2024, werknemerExtra: "<WrknmrNoriskJN>N</WrknmrNoriskJN>")
    #expect {
      try Self.read(data)
    } throws: { error in
      "\(error)".contains("Verzuimmeldingen/Wrkgvr/Wrknmr/WrknmrNoriskJN")
        && "\(error)".contains("not part of release 2024")
    }
    let typo = Self.message([Vrzm(extra: "<PrcVerzuim>1</PrcVerzuim>")])
    #expect {
      try Self.read(typo)
    } throws: { error in "\(error)".contains("unknown element <PrcVerzuim> in <Vrzm>") }
  }

  @Test func aContradictingNotificationNamesBothPlaces() throws {
    let first = try Self.read(Self.message([Vrzm(prc: "100.00")]), "eerste.xml")
    let second = try Self.read(Self.message([Vrzm(prc: "50.00")], berrefnr: "B2"), "tweede.xml")
    #expect {
      try SiviImport([second, first])
    } throws: { error in
      let text = "\(error)"
      return text.contains("eerste.xml:") && text.contains("tweede.xml:")
        && text.contains("PrcVrzm 100 there, 50 here")
    }
    // An absence reported after the same case's recovery.
    let reopened = Self.message([
      Vrzm(),
      Vrzm(nr: 2, ingang: "2026-03-16", eind: true, prc: "0.00", hersteld: "2026-03-16"),
      Vrzm(nr: 3, ingang: "2026-03-23", prc: "50.00"),
    ])
    #expect {
      try Self.cases(reopened)
    } throws: { error in "\(error)".contains("contradicts the recovery on 2026-03-16") }
  }

  // MARK: - The sample messages

  @Test func theSampleMessagesGiveTheCasesTheLawExpects() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "Samples/sivi")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".xml")
    }.sorted()
    let berichten = try names.map {
      try SiviBericht.read(Data(contentsOf: folder.appendingPathComponent($0)), file: $0)
    }
    let cases = try SiviImport(berichten).cases()
    let byName = Dictionary(uniqueKeysWithValues: cases.map { ($0.dossier.referentie, $0.dossier) })
    // Fenna de Jong: sick 12 January – 1 February (21 days), fit 2–22 February (21 days, so
    // chained), sick again from 23 February. Day 42 = 23 February + 20 = 15 March.
    let fenna = try #require(byName["BH7710-100482-2026-01-12"])
    #expect(fenna.verzuimperiodes.count == 2)
    let timeline = Timeline(dossier: fenna, on: Self.date("2026-03-17"))
    #expect(timeline.step(.tl04)?.due == Self.date("2026-03-15"))
    #expect(timeline.ziekteweek == 7)
    // Ruben Visser: fit from 19 January, sick again 16 February: 28 fit days, a new count.
    #expect(byName["BH7710-100517-2026-01-05"] != nil)
    #expect(byName["BH7710-100517-2026-02-16"]?.verzuimperiodes.count == 1)
    // Sander Bosma: SofiNr 47293184 is BSN 047293184; the payroll bureau is not the employer.
    let sander = try #require(byName["BVM0317-E2215-2026-02-02"])
    #expect(sander.werknemer.bsn == "047293184")
    #expect(sander.werkgever.naam == "Bouwbedrijf Van der Meulen B.V.")
    #expect(sander.werkgever.kvkNummer == "01873456")
    // Anouk Smit: VngntJN J is the yes/no the employer may keep.
    #expect(byName["GL2044-GL0093-2026-03-09"]?.werknemer.vangnet == true)
  }
}
