import DossierKit
import Foundation
import Poortwachter

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `dossier import sivi` on generated messages: read (FoundationXML), check, group, chain and
/// write the case files' bytes, timed from the messages in memory to the encoded cases.
/// Each employee has five notifications in two absence cases (sick, partly back, recovered;
/// sick again 20 days later, partly back), so every dossier exercises samentelling.
struct SiviBenchmark {
  var count: Int
  var perMessage = 500

  func run() throws -> [String] {
    let employees = max(1, count / 5)
    let messages = stride(from: 0, to: employees, by: perMessage / 5).map { first in
      Self.message(employees: first..<min(employees, first + perMessage / 5), number: first)
    }
    let bytes = messages.reduce(0) { $0 + $1.count }
    var written = 0
    var notifications = 0
    let (_, seconds) = try timeOnce {
      // As the CLI does: files are read on all cores, then imported as one set.
      let berichten = try Array(messages.indices).concurrentMap { index in
        Result { () throws(SiviImportError) in
          try SiviBericht.read(messages[index], file: "bench-\(index).xml")
        }
      }.map { try $0.get() }
      let sivi = try SiviImport(berichten)
      notifications = sivi.meldingCount
      for imported in try sivi.cases() { written += try imported.dossier.encodedCaseFile().count }
    }
    // Where the time goes: libxml2 through XMLParser alone, then reading, then the rest.
    let (_, floorSeconds) = timeOnce {
      for data in messages {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        let delegate = NoOpDelegate()
        parser.delegate = delegate
        _ = parser.parse()
      }
    }
    var berichten: [SiviBericht] = []
    let (_, readSeconds) = try timeOnce {
      berichten = try messages.map { try SiviBericht.read($0, file: "bench.xml") }
    }
    let (_, restSeconds) = try timeOnce {
      for imported in try SiviImport(berichten).cases() {
        blackHole &+= try imported.dossier.encodedCaseFile().count
      }
    }
    return [
      "phase=parts xmlparser_floor_s=\(String(format: "%.3f", floorSeconds)) read_one_core_s=\(String(format: "%.3f", readSeconds)) group_chain_encode_s=\(String(format: "%.3f", restSeconds))",
      "phase=import-sivi notifications=\(notifications) messages=\(messages.count) mb=\(String(format: "%.1f", Double(bytes) / 1_048_576)) seconds=\(String(format: "%.3f", seconds)) notifications_per_s=\(Int(Double(notifications) / seconds)) case_bytes=\(written)",
    ]
  }

  static func message(employees: Range<Int>, number: Int) -> Data {
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Verzuimmeldingen xmlns="http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2026">
      <BrAlg><BrCd>00100</BrCd><VnrBrCd>00013</VnrBrCd><AandatBr>2026-04-01</AandatBr>
      <AantijdBr>09:00:00</AantijdBr><IdInzndr>HR</IdInzndr><GebrSwPakket>bench</GebrSwPakket>
      <IdOntvngr>ARBO</IdOntvngr><Berrefnr>BENCH-\(number)</Berrefnr><TestJN>N</TestJN>
      <OntvngstbevJN>N</OntvngstbevJN></BrAlg>
      <Wrkgvr><HndlsnmOrg>Benchmark B.V.</HndlsnmOrg><InschrijvingsnrKvK>12345678</InschrijvingsnrKvK>
      <IdWrkgvrArbdnst>W1</IdWrkgvrArbdnst><AansltnrGeguitwlngArbdnst>A1</AansltnrGeguitwlngArbdnst>
      <Lhnr>123456782L01</Lhnr>

      """
    let contact = """
      <Cntprsn><Achternaam>Leiding</Achternaam><Voorl>L</Voorl><GslchtCd>O</GslchtCd>\
      <RolCntprsnCd>01</RolCntprsnCd><Com><SrtComCd>10</SrtComCd><NrCom>l@bench.example</NrCom></Com></Cntprsn>
      """
    func vrzm(_ id: String, _ nr: Int, _ date: String, _ d1: String, _ prc: String, end: Bool)
      -> String
    {
      """
      <Vrzm><VrwrkCd>01</VrwrkCd><IngdatMutVrzm>\(date)</IngdatMutVrzm><VrzmgvlId>\(id)</VrzmgvlId>\
      <VrzmgvlVnrMld>\(nr)</VrzmgvlVnrMld><EndVrzmJN>\(end ? "J" : "N")</EndVrzmJN>\
      <DatVrzmWrkgvr>\(d1)</DatVrzmWrkgvr><DatEerstVrzmdg>\(d1)</DatEerstVrzmdg>\
      \(end ? "<DatHrstld>\(date)</DatHrstld>" : "")<PrcVrzm>\(prc)</PrcVrzm>\
      <OorzkVrzmCd>99</OorzkVrzmCd><VngntJN>N</VngntJN>\(contact)</Vrzm>

      """
    }
    for employee in employees {
      text += """
        <Wrknmr><SofiNr>111222333</SofiNr><Gebdat>1980-01-01</Gebdat><SignNm>Werknemer\(employee)</SignNm>\
        <Voorl>A</Voorl><NmvrkrCd>01</NmvrkrCd><GslchtCd>O</GslchtCd><IdWrknmr>E\(employee)</IdWrknmr>
        <Dnstvbnd><IdDnstvbnd>D\(employee)</IdDnstvbnd><Ingdat>2020-01-01</Ingdat><OrgeenhCd>OE</OrgeenhCd>\
        <CdBepTd>O</CdBepTd><AantCtrcturenPWk>36.00</AantCtrcturenPWk>

        """
      text += vrzm("V\(employee)a", 1, "2026-01-05", "2026-01-05", "100.00", end: false)
      text += vrzm("V\(employee)a", 2, "2026-01-19", "2026-01-05", "50.00", end: false)
      text += vrzm("V\(employee)a", 3, "2026-02-02", "2026-01-05", "0.00", end: true)
      text += vrzm("V\(employee)b", 1, "2026-02-22", "2026-02-22", "100.00", end: false)
      text += vrzm("V\(employee)b", 2, "2026-03-09", "2026-02-22", "40.00", end: false)
      text += contact + "</Dnstvbnd></Wrknmr>\n"
    }
    return Data((text + "</Wrkgvr></Verzuimmeldingen>\n").utf8)
  }
}

private final class NoOpDelegate: NSObject, XMLParserDelegate {}
