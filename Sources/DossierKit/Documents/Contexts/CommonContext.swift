import Kalender
import Poortwachter

/// Text for a field the dossier leaves empty: visible in a draft, never a silent blank.
let nietIngevuld = "niet ingevuld"

func filled(_ value: String?) -> String {
  guard let value, value.contains(where: { !$0.isWhitespace }) else { return nietIngevuld }
  return value
}

/// Text for a field no rule requires (a phone number): a dash, not a reproach.
func optional(_ value: String?) -> String {
  guard let value, value.contains(where: { !$0.isWhitespace }) else { return "–" }
  return value
}

/// A BSN as documents show it: normalised when valid (nine digits), otherwise as written, so a
/// draft shows the value that failed the check.
func shownBSN(_ value: String?) -> String {
  guard let value else { return nietIngevuld }
  if case .valid(let normalized) = Identifier.bsn(value) { return normalized }
  return filled(value)
}

func dutchDate(_ value: CalendarDate?) -> String { value?.dutch ?? nietIngevuld }

func yesNo(_ value: Bool?) -> String { value.map { $0 ? "ja" : "nee" } ?? nietIngevuld }

/// What every document context is built from.
public struct DocumentFacts: Sendable {
  public let dossier: Verzuimdossier
  public let timeline: Timeline
  /// What a draft lacks, listed in its CONCEPT block; empty for a final document.
  public let ontbreekt: [String]
  /// What the validator found on the document's steps: a document shows these, never its own
  /// judgement of the same facts (the re-integratieverslag's index a–l).
  public let findings: [Finding]

  public init(
    dossier: Verzuimdossier, timeline: Timeline, findings: [Finding], ontbreekt: [String] = []
  ) {
    self.dossier = dossier
    self.timeline = timeline
    self.findings = findings
    self.ontbreekt = ontbreekt
  }
}

/// The header the house layout prints (`kop.*` in layout.html.mustache).
struct Kop: Encodable, Sendable {
  var soort: String
  var titel: String
  var referentie: String
  var peildatum: String
  var ziekteweek: Int?
  var werknemer: String
  var concept: Concept?
  var vertrouwelijkheid: String
  /// Which rules judged the document (`regelset 2026.12, wettekst per 1 juli 2023`).
  var regelset: String
  var pagina: Paginakop

  struct Concept: Encodable, Sendable {
    var ontbreekt: [String]
  }

  init(_ kind: DocumentKind, _ facts: DocumentFacts) {
    soort = "Wet verbetering poortwachter"
    titel = kind.titel
    referentie = facts.dossier.veiligeReferentie
    peildatum = facts.timeline.peildatum.dutch
    ziekteweek = facts.timeline.ziekteweek > 0 ? facts.timeline.ziekteweek : nil
    // UWV wants the BSN on every document (DOC-ALL-03); the name alone is not enough.
    werknemer =
      "\(filled(facts.dossier.werknemer.naam)), BSN \(shownBSN(facts.dossier.werknemer.bsn))"
    concept = facts.ontbreekt.isEmpty ? nil : Concept(ontbreekt: facts.ontbreekt)
    vertrouwelijkheid =
      "Vertrouwelijk: persoonsgegevens van de werknemer; bevat geen medische gegevens."
    let rules = RuleSet.current
    regelset = "regelset \(rules.versie), wettekst per \(rules.wettekstPer.dutch)"
    let datum = kind.datum(in: facts.dossier).map { "datum \($0.dutch)" } ?? "datum \(nietIngevuld)"
    pagina = Paginakop(
      werknemer:
        "\(filled(facts.dossier.werknemer.naam)) · BSN \(shownBSN(facts.dossier.werknemer.bsn))",
      dossier: "referentie \(facts.dossier.veiligeReferentie)",
      document: "\(kind.titel) · \(datum)")
  }
}

/// Who drew the document up, and when (DOC-ALL-02).
struct Opgesteld: Encodable, Sendable {
  var datum: String
  var naam: String
  var functie: String

  init(_ opsteller: Opsteller?, _ date: CalendarDate?) {
    datum = dutchDate(date)
    naam = filled(opsteller?.naam)
    functie = filled(opsteller?.functie)
  }
}

/// A signature block: the role, the name, and the date if signed.
struct Handtekening: Encodable, Sendable {
  var rol: String
  var naam: String
  var datum: String

  init(rol: String, _ ondertekening: Ondertekening?) {
    self.rol = rol
    naam = filled(ondertekening?.naam)
    datum = dutchDate(ondertekening?.datum)
  }
}

/// The administrative data of Regeling procesgang art. 6 lid 1 a, c, d, e (PA-08), which the
/// vorm-beleidsregel places with the probleemanalyse or the actueel oordeel.
struct Gegevens: Encodable, Sendable {
  struct WerknemerGegevens: Encodable, Sendable {
    var naam, bsn, geboortedatum, adres, telefoon, functie, bekwaamheden, contracturen: String
  }
  struct WerkgeverGegevens: Encodable, Sendable {
    var naam, kvkNummer, loonheffingennummer, adres, contactpersoon, aardVanHetBedrijf: String
  }
  struct Contact: Encodable, Sendable {
    var naam, telefoon, email: String
  }

  var werknemer: WerknemerGegevens
  var werkgever: WerkgeverGegevens
  var arbodienst: Contact
  var bedrijfsarts: Contact
  var casemanager: Contact
  var eersteZiektedag: String

  init(_ facts: DocumentFacts) {
    let dossier = facts.dossier
    let w = dossier.werknemer
    werknemer = WerknemerGegevens(
      naam: filled(w.naam), bsn: shownBSN(w.bsn), geboortedatum: dutchDate(w.geboortedatum),
      adres: Gegevens.adres(w.adres),
      telefoon: optional(w.telefoon), functie: filled(w.functie),
      bekwaamheden: filled(w.bekwaamheden),
      contracturen: w.contracturenPerWeek.map { "\(DutchNumber.format($0)) uur per week" }
        ?? nietIngevuld)
    let g = dossier.werkgever
    werkgever = WerkgeverGegevens(
      naam: filled(g.naam), kvkNummer: filled(g.kvkNummer),
      loonheffingennummer: filled(g.loonheffingennummer?.uppercased()),
      adres: Gegevens.adres(g.adres),
      contactpersoon: g.contactpersoon.map {
        [$0.naam, $0.functie].compactMap { $0 }.joined(separator: ", ")
      }.map(filled) ?? nietIngevuld,
      aardVanHetBedrijf: filled(g.aardVanHetBedrijf))
    arbodienst = Contact(
      naam: filled(dossier.arbodienst?.naam), telefoon: optional(dossier.arbodienst?.telefoon),
      email: optional(dossier.arbodienst?.email))
    bedrijfsarts = Contact(
      naam: filled(dossier.bedrijfsarts?.naam), telefoon: optional(dossier.bedrijfsarts?.telefoon),
      email: optional(dossier.bedrijfsarts?.email))
    casemanager = Contact(
      naam: filled(dossier.casemanager?.naam), telefoon: optional(dossier.casemanager?.telefoon),
      email: optional(dossier.casemanager?.email))
    eersteZiektedag = dutchDate(facts.timeline.tijdvak?.eersteZiektedag)
  }

  static func adres(_ adres: Adres?) -> String {
    guard let adres else { return nietIngevuld }
    let street = [adres.straat, adres.huisnummer].compactMap { $0 }.joined(separator: " ")
    let postcode = adres.postcode.map { value -> String in
      if case .valid(let normalized) = Identifier.postcode(value) { return normalized }
      return value
    }
    let place = [postcode, adres.plaats].compactMap { $0 }.joined(separator: " ")
    let line = [street, place].filter { !$0.isEmpty }.joined(separator: ", ")
    return line.isEmpty ? nietIngevuld : line
  }
}

/// Dutch number text from the project's own rules: decimal comma, no locale.
enum DutchNumber {
  static func format(_ value: Double) -> String {
    // Hours come from hand-written files: an absurd number is shown as written, not trapped on.
    guard value.isFinite, abs(value) < 1e12 else {
      return String("\(value)".map { $0 == "." ? "," : $0 })
    }
    let cents = Int((value * 100).rounded())
    let whole = cents / 100
    let fraction = abs(cents % 100)
    if fraction == 0 { return String(whole) }
    return fraction % 10 == 0
      ? "\(whole),\(fraction / 10)" : "\(whole),\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
