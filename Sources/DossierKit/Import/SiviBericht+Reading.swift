public import Foundation
import Kalender
import Poortwachter

extension SiviBericht {
  /// The namespace of every release, without the year.
  public static let namespacePrefix = "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/"

  /// The releases read, with the `VnrBrCd` each XSD fixes. There was no 2023 release.
  public static let releases: [Int: String] = [
    2022: "00010", 2024: "00011", 2025: "00012", 2026: "00013",
  ]

  /// Reads one message. The XML parser does not validate, so required elements, element
  /// names, formats and release differences are checked here, each with a located error.
  ///
  /// - Throws: ``SiviImportError`` naming the file, line, column and element path.
  public static func read(_ data: Data, file: String) throws(SiviImportError) -> SiviBericht {
    let root: XMLElementNode
    do {
      root = try XMLTree.parse(data)
    } catch {
      throw SiviImportError(
        location: "\(file):\(error.line):\(error.column)", problem: error.reason)
    }
    var reader = SiviReader(file: file, namespace: root.namespace)
    return try reader.bericht(root)
  }
}

/// Reading a message tree: one place for located errors and the list of what was left out.
struct SiviReader {
  let file: String
  let namespace: String
  var release = 0
  var weglatingen: [SiviWeglating] = []

  init(file: String, namespace: String) {
    self.file = file
    self.namespace = namespace
  }

  func location(_ node: XMLElementNode) -> SiviLocation {
    SiviLocation(file: file, line: node.line, column: node.column, path: node.path)
  }

  func fail(_ node: XMLElementNode, _ problem: String) -> SiviImportError {
    SiviImportError(location(node), problem)
  }

  // MARK: - Groups

  mutating func bericht(_ root: XMLElementNode) throws(SiviImportError) -> SiviBericht {
    guard root.name == "Verzuimmeldingen" else {
      throw fail(root, "expected a SIVI Verzuimmeldingen message, found <\(root.name)>")
    }
    guard root.namespace.hasPrefix(SiviBericht.namespacePrefix),
      let year = Int(root.namespace.dropFirst(SiviBericht.namespacePrefix.count)),
      SiviBericht.releases[year] != nil
    else {
      let found = root.namespace.isEmpty ? "no namespace" : "namespace \(root.namespace)"
      throw fail(
        root,
        "\(found); expected \(SiviBericht.namespacePrefix)<year> for a release of 2022, 2024, 2025 or 2026"
      )
    }
    release = year
    try check(root, allowed: ["BrAlg", "AdmKantoor", "Wrkgvr"])

    let envelope = try required(root, "BrAlg")
    try check(envelope, allowed: Self.envelopeElements)
    let berichtCode = try text(required(envelope, "BrCd"))
    guard berichtCode == "00100" else {
      throw fail(
        try required(envelope, "BrCd"),
        "BrCd \(berichtCode) is not a Verzuimmeldingen message (00100)")
    }
    let versionNode = try required(envelope, "VnrBrCd")
    let expectedVersion = SiviBericht.releases[year] ?? ""
    guard text(versionNode) == expectedVersion else {
      throw fail(
        versionNode,
        "VnrBrCd \(text(versionNode)) does not belong to release \(year) (expected \(expectedVersion))"
      )
    }
    let testNode = try required(envelope, "TestJN")
    if try jn(testNode) {
      throw fail(testNode, "a test message (TestJN J); test messages are not imported")
    }
    let berrefnr = try nonEmpty(required(envelope, "Berrefnr"))
    let aanmaakdatum = try date(required(envelope, "AandatBr"))
    let aanmaaktijd = try optional(envelope, "AantijdBr").map(text) ?? ""

    var werkgevers: [SiviWerkgever] = []
    let employers = root.children(named: "Wrkgvr")
    guard !employers.isEmpty else { throw fail(root, "no Wrkgvr: the message names no employer") }
    for node in employers { werkgevers.append(try werkgever(node)) }
    return SiviBericht(
      file: file, release: year, berrefnr: berrefnr, aanmaakdatum: aanmaakdatum,
      aanmaaktijd: aanmaaktijd, werkgevers: werkgevers, weglatingen: weglatingen)
  }

  mutating func werkgever(_ node: XMLElementNode) throws(SiviImportError) -> SiviWerkgever {
    try check(node, allowed: Self.werkgeverElements)
    var werknemers: [SiviWerknemer] = []
    let employees = node.children(named: "Wrknmr")
    guard !employees.isEmpty else { throw fail(node, "no Wrknmr: the employer has no employee") }
    for child in employees { werknemers.append(try werknemer(child)) }
    return SiviWerkgever(
      naam: try nonEmpty(required(node, "HndlsnmOrg")),
      kvkNummer: try optional(node, "InschrijvingsnrKvK").map { (n) throws(SiviImportError) in
        try number(n, digits: 8)
      },
      vestigingsnummer: try optional(node, "VestigingsnrHandelsregister").map {
        (n) throws(SiviImportError) in try number(n, digits: 12)
      },
      loonheffingennummer: try optional(node, "Lhnr").map { text($0).uppercased() },
      idBijArbodienst: try nonEmpty(required(node, "IdWrkgvrArbdnst")),
      eigenRisicodragerZW: try optional(node, "IndERDZW").map { (n) throws(SiviImportError) in
        try jn(n)
      },
      werknemers: werknemers)
  }

  mutating func werknemer(_ node: XMLElementNode) throws(SiviImportError) -> SiviWerknemer {
    try check(node, allowed: Self.werknemerElements)
    for name in ["NivOpldngCd", "BnkGiro"] {
      for child in node.children(named: name) { leaveOut(child) }
    }
    for address in node.children.filter({ $0.name == "StrAdrNl" || $0.name == "StrAdrBl" }) {
      // The kind and name of a nursing address can reveal a hospital stay (PRIV-DENY).
      for name in ["SrtVrplgadrsCd", "NmVrpladrs"] {
        for child in address.children(named: name) { leaveOut(child) }
      }
    }
    var noRisk = false
    if let flag = try optional(node, "WrknmrNoriskJN") {
      noRisk = try jn(flag)
      leaveOut(flag)
    }
    var dienstverbanden: [SiviDienstverband] = []
    let employments = node.children(named: "Dnstvbnd")
    guard !employments.isEmpty else {
      throw fail(node, "no Dnstvbnd: the employee has no employment")
    }
    for child in employments { dienstverbanden.append(try dienstverband(child)) }
    return SiviWerknemer(
      id: try nonEmpty(required(node, "IdWrknmr")),
      bsn: try optional(node, "SofiNr").map { (n) throws(SiviImportError) in try bsn(n) },
      geboortedatum: try date(required(node, "Gebdat")),
      naam: try naam(node), noRiskPolis: noRisk, location: location(node),
      dienstverbanden: dienstverbanden)
  }

  mutating func dienstverband(_ node: XMLElementNode) throws(SiviImportError) -> SiviDienstverband {
    try check(node, allowed: Self.dienstverbandElements)
    var soort: Dienstverband.Soort? = nil
    if let code = try optional(node, "CdBepTd") {
      switch text(code) {
      case "B": soort = .tijdelijk
      case "O": soort = .vast
      default:
        throw fail(
          code, "CdBepTd \"\(text(code))\"; expected B (bepaalde tijd) or O (onbepaalde tijd)")
      }
    }
    for child in node.children(named: "Kostenplaats") { leaveOut(child) }
    var meldingen: [SiviMelding] = []
    let notifications = node.children(named: "Vrzm")
    guard !notifications.isEmpty else {
      throw fail(
        node, "no Vrzm: a Verzuimmeldingen message holds at least one notification per employment")
    }
    for child in notifications { meldingen.append(try melding(child)) }
    return SiviDienstverband(
      id: try nonEmpty(required(node, "IdDnstvbnd")),
      persnr: try optional(node, "PersNr").map(text),
      ingangsdatum: try date(required(node, "Ingdat")),
      einddatum: try optional(node, "Enddat").map { (n) throws(SiviImportError) in try date(n) },
      soort: soort, functie: try optional(node, "NmFnct").map(text),
      contracturenPerWeek: try optional(node, "AantCtrcturenPWk").map {
        (n) throws(SiviImportError) in NSDecimalNumber(decimal: try decimal(n)).doubleValue
      },
      location: location(node), meldingen: meldingen)
  }

  mutating func melding(_ node: XMLElementNode) throws(SiviImportError) -> SiviMelding {
    try check(node, allowed: Self.meldingElements)
    var beperkt: [String] = []
    var wazo: SiviLocation? = nil
    var bijzondereReden: SiviLocation? = nil
    for name in Self.restrictedMeldingElements {
      for child in node.children(named: name) {
        leaveOut(child)
        beperkt.append(name + "=" + text(child))
        if name == "WAZOCd" { wazo = location(child) }
        if name == "BijzRdnStartVrzmCd" { bijzondereReden = location(child) }
      }
    }
    let percentageNode = try required(node, "PrcVrzm")
    let percentage = try decimal(percentageNode)
    guard percentage <= 100 else {
      throw fail(percentageNode, "PrcVrzm \(text(percentageNode)) is more than 100 percent absent")
    }
    let vangnetNode = try required(node, "VngntJN")
    guard ["J", "N", "O"].contains(text(vangnetNode)) else {
      throw fail(vangnetNode, "VngntJN \"\(text(vangnetNode))\"; expected J, N or O")
    }
    let verwerkingNode = try required(node, "VrwrkCd")
    guard ["01", "02", "03", "04", "05"].contains(text(verwerkingNode)) else {
      throw fail(verwerkingNode, "VrwrkCd \"\(text(verwerkingNode))\"; expected 01 to 05")
    }
    let numberNode = try required(node, "VrzmgvlVnrMld")
    guard let volgnummer = Int(text(numberNode)), text(numberNode).allSatisfy(\.isSiviDigit),
      (0...999).contains(volgnummer)
    else {
      throw fail(numberNode, "VrzmgvlVnrMld \"\(text(numberNode))\"; expected a number 0 to 999")
    }
    let inhoud = SiviMelding.Inhoud(
      verwerking: text(verwerkingNode),
      ingangsdatum: try date(required(node, "IngdatMutVrzm")),
      ingangsdatumOud: try optionalDate(node, "IngdatMutVrzmOud"),
      gevalIdOud: try optional(node, "VrzmgvlIdOud").map(text),
      einde: try jn(required(node, "EndVrzmJN")),
      datumMeldingWerkgever: try optionalDate(node, "DatVrzmWrkgvr"),
      eersteZiektedag: try date(required(node, "DatEerstVrzmdg")),
      eersteZiektedagOud: try optionalDate(node, "DatEerstVrzmdgOud"),
      hersteldatum: try optionalDate(node, "DatHrstld"),
      percentageAfwezig: percentage, vangnet: text(vangnetNode), beperkt: beperkt.sorted())
    return SiviMelding(
      gevalId: try nonEmpty(required(node, "VrzmgvlId")), volgnummer: volgnummer, inhoud: inhoud,
      location: location(node), wazo: wazo, bijzondereReden: bijzondereReden)
  }

  // MARK: - Elements

  mutating func leaveOut(_ node: XMLElementNode) {
    weglatingen.append(SiviWeglating(element: node.name, location: location(node)))
  }

  /// Every child in the message's namespace, known to the group, and part of this release.
  func check(_ node: XMLElementNode, allowed: Set<String>) throws(SiviImportError) {
    for child in node.children {
      guard child.namespace == namespace else {
        let found = child.namespace.isEmpty ? "no namespace" : "namespace \(child.namespace)"
        throw fail(child, "<\(child.name)> is in \(found); expected \(namespace)")
      }
      guard allowed.contains(child.name) else {
        throw fail(child, "unknown element <\(child.name)> in <\(node.name)>")
      }
      if Self.releaseDependent.contains(child.name),
        let (from, through) = Self.releaseRange[node.name + "/" + child.name],
        !(from...through).contains(release)
      {
        let span = through == 9999 ? "from release \(from)" : "releases \(from) to \(through)"
        throw fail(child, "<\(child.name)> is not part of release \(release) (only \(span))")
      }
    }
  }

  func required(_ node: XMLElementNode, _ name: String) throws(SiviImportError) -> XMLElementNode {
    guard let child = try optional(node, name) else {
      throw fail(node, "<\(node.name)> lacks the required element <\(name)>")
    }
    return child
  }

  func optional(_ node: XMLElementNode, _ name: String) throws(SiviImportError) -> XMLElementNode? {
    var found: XMLElementNode? = nil
    for child in node.children where child.name == name {
      if found != nil { throw fail(child, "<\(name)> may occur once in <\(node.name)>") }
      found = child
    }
    return found
  }

  func text(_ node: XMLElementNode) -> String { node.text }

  func nonEmpty(_ node: XMLElementNode) throws(SiviImportError) -> String {
    guard !node.text.isEmpty else { throw fail(node, "<\(node.name)> is empty") }
    return node.text
  }

  /// `xs:date`: `YYYY-MM-DD`, an optional time zone (`Z`, `+01:00`) ignored.
  func date(_ node: XMLElementNode) throws(SiviImportError) -> CalendarDate {
    var value = node.text
    if value.count > 10 {
      let zone = value.dropFirst(10)
      if zone == "Z" || (zone.count == 6 && (zone.first == "+" || zone.first == "-")) {
        value = String(value.prefix(10))
      }
    }
    guard let date = CalendarDate(value) else {
      throw fail(node, CalendarDate.explainInvalid(node.text))
    }
    return date
  }

  func optionalDate(_ node: XMLElementNode, _ name: String) throws(SiviImportError) -> CalendarDate?
  {
    guard let child = try optional(node, name) else { return nil }
    return try date(child)
  }

  func jn(_ node: XMLElementNode) throws(SiviImportError) -> Bool {
    switch node.text {
    case "J": return true
    case "N": return false
    default: throw fail(node, "<\(node.name)> \"\(node.text)\"; expected J or N")
    }
  }

  /// `n..p`: an identifier typed as a number, so leading zeros may be lost: restored to `p`
  /// digits (KvK 8, vestigingsnummer 12).
  func number(_ node: XMLElementNode, digits: Int) throws(SiviImportError) -> String {
    let value = node.text
    guard !value.isEmpty, value.count <= digits, value.allSatisfy(\.isSiviDigit) else {
      throw fail(node, "<\(node.name)> \"\(value)\"; expected at most \(digits) digits")
    }
    return String(repeating: "0", count: digits - value.count) + value
  }

  /// `SofiNr` is `xs:nonNegativeInteger` with at most 9 digits: a BSN that starts with zeros
  /// arrives shorter (`12345672`) and gets its zeros back (`012345672`).
  func bsn(_ node: XMLElementNode) throws(SiviImportError) -> String {
    var value = node.text
    // xs:nonNegativeInteger allows a leading "+" and leading zeros.
    if value.hasPrefix("+") { value.removeFirst() }
    guard !value.isEmpty, value.allSatisfy(\.isSiviDigit) else {
      throw fail(node, "SofiNr \"\(node.text)\"; expected a number of at most 9 digits")
    }
    value = String(value.drop { $0 == "0" })
    guard value.count <= 9 else {
      throw fail(node, "SofiNr has \(value.count) digits; a BSN has 9")
    }
    return String(repeating: "0", count: 9 - value.count) + value
  }

  /// A percentage or number of hours: `50.00` (the XSD pattern wants the dot and two
  /// decimals; `50` and `50.5` are read too). A comma is refused rather than guessed.
  func decimal(_ node: XMLElementNode) throws(SiviImportError) -> Decimal {
    let value = node.text
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 4,
      parts[0].allSatisfy(\.isSiviDigit),
      parts.count == 1 || ((1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isSiviDigit)),
      let decimal = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))
    else {
      throw fail(node, "<\(node.name)> \"\(value)\"; expected a number such as 50.00")
    }
    return decimal
  }

  /// `Roepnaam` (or `Voorl`), `Voorv`, `SignNm`: "Daan van Wijngaarden", "D. van Wijngaarden".
  func naam(_ node: XMLElementNode) throws(SiviImportError) -> String {
    let surname = try nonEmpty(required(node, "SignNm"))
    let initials = try required(node, "Voorl").text
    var given = try optional(node, "Roepnaam").map(text) ?? ""
    if given.isEmpty { given = Self.formatInitials(initials) }
    let prefix = try optional(node, "Voorv").map(text) ?? ""
    return [given, prefix, surname].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// `JK` → `J.K.`; initials already with dots stay as sent.
  static func formatInitials(_ initials: String) -> String {
    guard !initials.contains("."), initials.allSatisfy(\.isLetter) else { return initials }
    return initials.map { "\($0)." }.joined()
  }

  // MARK: - What each group may hold (releases 2022–2026)

  static let envelopeElements: Set<String> = [
    "BrCd", "VnrBrCd", "AandatBr", "AantijdBr", "IdInzndr", "GebrSwPakket", "IdOntvngr",
    "Berrefnr", "TestJN", "OntvngstbevJN",
  ]
  static let werkgeverElements: Set<String> = [
    "HndlsnmOrg", "InschrijvingsnrKvK", "VestigingsnrHandelsregister", "IdWrkgvrArbdnst",
    "AansltnrGeguitwlngArbdnst", "IdWrkgvrUWV", "Lhnr", "IndERDWGA", "IndERDZW", "StrAdrNl",
    "PbadrsNl", "Com", "Cntprsn", "Wrknmr",
  ]
  static let werknemerElements: Set<String> = [
    "IngdatMut", "SofiNr", "Gebdat", "Overldat", "SignNm", "Voorl", "Voorv", "Roepnaam",
    "TitVNm", "TitANm", "NmvrkrCd", "GslchtCd", "NivOpldngCd", "IdWrknmr", "IdWrknmrOud",
    "WrknmrNoriskJN", "BnkGiro", "Prtnr", "StrAdrNl", "StrAdrBl", "Com", "Dnstvbnd",
  ]
  static let dienstverbandElements: Set<String> = [
    "IngdatMut", "IdDnstvbnd", "IdDnstvbndOud", "Ingdat", "Enddat", "RdEndDnstvbndCd", "PersNr",
    "PersNrOud", "CntrnrArbdnst", "SrtDnstvbndCd", "Fnctcd", "NmFnct", "FsIndFZ", "NmOrgeenh",
    "OrgeenhCd", "OndOrgeenhCd", "OndOrgeenhCdNm", "PcStandplts", "OmsStandplts", "VrdlngCd",
    "CdBepTd", "AantCtrcturenPWk", "AantUNormWk", "SrtVarWrktdCd", "AantLnwchtdgn",
    "PrcLndrbtng", "Arbeidsrelatie", "Kostenplaats", "Vrzm", "Cntprsn",
  ]
  static let meldingElements: Set<String> = [
    "VrwrkCd", "IngdatMutVrzm", "IngdatMutVrzmOud", "VrzmgvlId", "VrzmgvlIdOud",
    "VrzmgvlVnrMld", "EndVrzmJN", "DatVrzmWrkgvr", "DatEerstVrzmdg", "DatEerstVrzmdgOud",
    "DatHrstld", "DatHrstldWrkgvr", "DatVrwHrstl", "PrcVrzm", "BijzRdnStartVrzmCd", "OorzkVrzmCd",
    "VngntJN", "RdnEndVrzmCd", "WAZOCd", "ArbCnflJN", "PrcArbther", "Cntprsn", "Actie", "VrTkst",
  ]
  /// Never written to a case file (SIVI-VERZUIM.md §6): cause, pregnancy leave, special
  /// reason (codes unknown), labour conflict, free text.
  static let restrictedMeldingElements = [
    "OorzkVrzmCd", "WAZOCd", "BijzRdnStartVrzmCd", "ArbCnflJN", "VrTkst",
  ]

  static let releaseDependent = Set(releaseRange.keys.map { String($0.split(separator: "/")[1]) })

  /// Elements that exist only in some releases (SIVI-VERZUIM.md §5.2), `parent/child` →
  /// first and last release.
  static let releaseRange: [String: (Int, Int)] = [
    "Wrkgvr/StrAdrNl": (2022, 2022), "Wrkgvr/PbadrsNl": (2022, 2022),
    "Wrknmr/IngdatMut": (2022, 2024), "Wrknmr/IdWrknmrOud": (2022, 2024),
    "Wrknmr/BnkGiro": (2022, 2024), "Wrknmr/WrknmrNoriskJN": (2025, 9999),
    "Dnstvbnd/IngdatMut": (2022, 2024), "Dnstvbnd/IdDnstvbndOud": (2022, 2024),
    "Dnstvbnd/PersNrOud": (2022, 2024), "Dnstvbnd/FsIndFZ": (2024, 9999),
    "Vrzm/ArbCnflJN": (2024, 9999),
  ]
}

extension Character {
  /// 0–9 only: `isNumber` also takes other scripts' digits, which an XSD number refuses.
  fileprivate var isSiviDigit: Bool { ("0"..."9").contains(self) }
}
