/// A rule the tool reports: a deadline of the timeline or a check of the validator, by its ID
/// of POORTWACHTER.md (`PVA-05`, `TL-09`, `ID-DATE`).
///
/// The one place a rule's identity is spelled. What each rule checks, its step, default
/// severity and legal sources live in the catalog (`Regel+Catalog.swift`); the validator and
/// the timeline refer to a case, never to a code string, so a rule cannot be reported that the
/// catalog does not describe. New rule: add a case here and its entry in the catalog's switch
/// (the compiler asks for it), then a firing and a non-firing case in RuleCoverageTests.
public enum Regel: String, Sendable, CaseIterable, Comparable, Codable {
  // §2 Timeline
  case tl01 = "TL-01"
  case tl02 = "TL-02"
  case tl03 = "TL-03"
  case tl04 = "TL-04"
  case tl05 = "TL-05"
  case tl06 = "TL-06"
  case tl07 = "TL-07"
  case tl09 = "TL-09"
  case tl10 = "TL-10"
  case tl11 = "TL-11"
  case tl12 = "TL-12"
  case tl13 = "TL-13"
  case tl14 = "TL-14"
  case tl15 = "TL-15"
  case tl16 = "TL-16"
  case tl17 = "TL-17"
  case tl18 = "TL-18"
  case tl20 = "TL-20"
  case tl22 = "TL-22"
  case tl23 = "TL-23"
  case tl24 = "TL-24"
  /// COR-07 (POORTWACHTER.md §13): still sick after a probleemanalyse without dreigend
  /// langdurig verzuim, the bedrijfsarts judges again.
  case cor07 = "COR-07"
  // §3 Counting
  case cnt11 = "CNT-11"
  case cnt12 = "CNT-12"
  case cnt15 = "CNT-15"
  case cnt16 = "CNT-16"
  // §5.0 Every document
  case docData = "DOC-DATA"
  case docAll02 = "DOC-ALL-02"
  case docAll03 = "DOC-ALL-03"
  // §5.1 Probleemanalyse
  case pa01 = "PA-01"
  case pa02 = "PA-02"
  case pa03 = "PA-03"
  case pa04 = "PA-04"
  case pa05 = "PA-05"
  case pa06 = "PA-06"
  case pa07 = "PA-07"
  case pa08 = "PA-08"
  // §5.2 Plan van aanpak
  case pva01 = "PVA-01"
  case pva02 = "PVA-02"
  case pva03 = "PVA-03"
  case pva04 = "PVA-04"
  case pva05 = "PVA-05"
  case pva06 = "PVA-06"
  case pva07 = "PVA-07"
  case pva08 = "PVA-08"
  case pva09 = "PVA-09"
  case pva11 = "PVA-11"
  // §5.3 Bijstellingen and evaluations
  case bij01 = "BIJ-01"
  case bij03 = "BIJ-03"
  case bij05 = "BIJ-05"
  // §5.4 Eerstejaarsevaluatie
  case eje01 = "EJE-01"
  case eje02 = "EJE-02"
  case eje03 = "EJE-03"
  case eje04 = "EJE-04"
  case eje05 = "EJE-05"
  case eje07 = "EJE-07"
  // §5.5 42e-weeksmelding
  case m42Item01 = "M42-01"
  case m42Item04 = "M42-04"
  case m42Item05 = "M42-05"
  case m42Termijn = "M42-R1"
  // §5.6 Actueel oordeel
  case ao01 = "AO-01"
  case ao02 = "AO-02"
  case ao03 = "AO-03"
  case ao04 = "AO-04"
  // §5.7 Eindevaluatie
  case ee01 = "EE-01"
  case ee02 = "EE-02"
  case ee03 = "EE-03"
  case ee04 = "EE-04"
  case ee05 = "EE-05"
  // §5.8 Re-integratieverslag, Regeling procesgang art. 6 lid 1 a–l (e, the eerste ziektedag,
  // is always known from the periods)
  case rivA = "RIV-a"
  case rivB = "RIV-b"
  case rivC = "RIV-c"
  case rivD = "RIV-d"
  case rivF = "RIV-f"
  case rivG = "RIV-g"
  case rivH = "RIV-h"
  case rivI = "RIV-i"
  case rivJ = "RIV-j"
  case rivK = "RIV-k"
  case rivL = "RIV-l"
  // §5.9 Verkort re-integratieverslag
  case vriv01 = "VRIV-01"
  case vriv02 = "VRIV-02"
  case vriv04 = "VRIV-04"
  case vriv06 = "VRIV-06"
  // §6 Privacy
  case privDeny = "PRIV-DENY"
  // §7 Identifiers and dates
  case idBSN = "ID-BSN"
  case idLHN = "ID-LHN"
  case idRSIN = "ID-RSIN"
  case idKVK = "ID-KVK"
  case idKVKV = "ID-KVKV"
  case idPC = "ID-PC"
  case idIBAN = "ID-IBAN"
  case idDate = "ID-DATE"
  case idRef = "ID-REF"
  case wnUren = "WN-UREN"

  /// The rule ID as POORTWACHTER.md and every output spell it.
  public var code: String { rawValue }

  /// A rule by its code, in any letter case (`pva-05`, `PVA-05`, `riv-a`).
  /// The rules a user names: one code (`pva-05`), or a family, every rule whose code starts
  /// with it and a dash (`PVA`); empty when nothing matches.
  public static func matching(_ codeOrFamily: String) -> [Regel] {
    if let rule = Regel(code: codeOrFamily) { return [rule] }
    let family = codeOrFamily.uppercased() + "-"
    return allCases.filter { $0.code.uppercased().hasPrefix(family) }
  }

  public init?(code: String) {
    let wanted = code.uppercased()
    guard let found = Regel.allCases.first(where: { $0.rawValue.uppercased() == wanted }) else {
      return nil
    }
    self = found
  }

  /// Catalog order: the order of POORTWACHTER.md, as declared above.
  public static func < (lhs: Regel, rhs: Regel) -> Bool { lhs.order < rhs.order }

  private var order: Int { Regel.allCases.firstIndex(of: self) ?? 0 }
}
