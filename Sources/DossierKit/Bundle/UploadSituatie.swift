import Kalender
import Poortwachter

/// Which upload set a case calls for (POORTWACHTER.md §5.8, §5.9; UWV-FORMS.md §7, §8).
public enum UploadSituatie: String, Sendable, Encodable {
  /// Still sick towards the end of the wachttijd: the re-integratieverslag with the WIA-aanvraag.
  case wiaAanvraag = "wia-aanvraag"
  /// Ziek uit dienst 6 to 10 weeks after the eerste ziektedag: the verkort verslag.
  case ziekUitDienstVerkort = "ziek-uit-dienst-verkort"
  /// Ziek uit dienst after 10 weeks or more: the full verslag, for the Ziektewet.
  case ziekUitDienstVolledig = "ziek-uit-dienst-volledig"

  /// The situation of a case on its timeline; nil when the employee left within six weeks
  /// (only the ziekmelding to UWV, no verslag).
  public init?(_ timeline: Timeline) {
    switch timeline.ziekUitDienst?.verslag {
    case .geen: return nil
    case .verkort: self = .ziekUitDienstVerkort
    case .volledig: self = .ziekUitDienstVolledig
    case nil: self = .wiaAanvraag
    }
  }

  public var omschrijving: String {
    switch self {
    case .wiaAanvraag: "WIA-aanvraag: re-integratieverslag met de documenten die UWV ernaast wil"
    case .ziekUitDienstVerkort: "ziek uit dienst binnen 10 weken: verkort re-integratieverslag"
    case .ziekUitDienstVolledig:
      "ziek uit dienst na 10 weken of later: re-integratieverslag voor de Ziektewet"
    }
  }

  /// The verslag, which must validate for the set to be final.
  public var verslag: DocumentKind {
    self == .ziekUitDienstVerkort ? .verkortReintegratieverslag : .reintegratieverslag
  }

  /// The documents UWV wants as separate files beside the verslag, in the Werkwijzer's order
  /// (UWV-FORMS.md §7b); bijstellingen and evaluations travel inside their documents.
  public var losseDocumenten: [DocumentKind] {
    switch self {
    case .wiaAanvraag, .ziekUitDienstVolledig:
      [.probleemanalyse, .planVanAanpak, .eerstejaarsevaluatie, .actueelOordeel, .eindevaluatie]
    case .ziekUitDienstVerkort: []
    }
  }

  /// What the employee sends to UWV himself; the employer never bundles it.
  public var werknemerStuurtZelf: [String] {
    switch self {
    case .wiaAanvraag:
      [
        "Medische informatie (formulier van UWV): vult de bedrijfsarts in; de werknemer stuurt het zelf naar UWV. De werkgever uploadt het nooit (DOC-ALL-04).",
        "Zijn eigen oordeel over het verslag (item l): dat kan hij ook zelf bij zijn aanvraag geven; ontbreekt het, dan geeft UWV hem 14 dagen (vorm-beleidsregel art. 3).",
        "De WIA-aanvraag zelf, met uitleg als hij documenten mist (UWV).",
      ]
    case .ziekUitDienstVerkort:
      [
        "Medische informatie van de bedrijfsarts, met de reden waarom geen langdurig verzuim werd verwacht (VRIV-03): nooit via de werkgever.",
        "Het verkort verslag geeft de werknemer aan UWV als UWV erom vraagt (VRIV-06); zijn oordeel mag hij ook mondeling geven.",
      ]
    case .ziekUitDienstVolledig:
      [
        "Medische informatie (formulier van UWV): vult de bedrijfsarts in; de werknemer stuurt het zelf naar UWV. De werkgever uploadt het nooit (DOC-ALL-04).",
        "Zijn eigen oordeel over het verslag (item l), als hij dat zelf aan UWV geeft.",
      ]
    }
  }

  /// The deadlines that apply to the set, from the case's timeline.
  public func termijnen(_ timeline: Timeline, aanvraag: CalendarDate?) -> [UploadDeadline] {
    switch self {
    case .wiaAanvraag:
      var termijnen = [Regel.tl17, .tl18].compactMap { timeline.step($0).map(UploadDeadline.init) }
      termijnen.append(
        UploadDeadline(
          regel: "UWV",
          wat: "Upload van deze set door de werkgever in het werkgeversportaal",
          uiterlijk: aanvraag?.adding(days: 1),
          stand: aanvraag.map { aanvraag in
            let due = aanvraag.adding(days: 1)
            let past = timeline.peildatum.days(since: due)
            return "binnen 1 dag na de aanvraag van \(aanvraag.dutch)"
              + (past > 0 ? " (\(past == 1 ? "1 dag" : "\(past) dagen") geleden verstreken)" : "")
          } ?? "binnen 1 dag na de aanvraag door de werknemer (nog niet vastgelegd)",
          bron: "UWV, Re-integratieverslag aanleveren bij de WIA-aanvraag"))
      return termijnen
    case .ziekUitDienstVerkort, .ziekUitDienstVolledig:
      // The aangifte (TL-24) and the verslag: the short form (CNT-15) or the full set (TL-17).
      let verslag: Regel = self == .ziekUitDienstVerkort ? .cnt15 : .tl17
      var termijnen = [Regel.tl24, verslag].compactMap {
        timeline.step($0).map(UploadDeadline.init)
      }
      if self == .ziekUitDienstVolledig {
        termijnen.append(
          UploadDeadline(
            regel: "UWV",
            wat:
              "Upload als \"Re-integratieverslag (RIV) ZW (ziek uit dienst)\", met de datum van ondertekening per document",
            uiterlijk: nil, stand: "binnen 2 weken na de brief van UWV",
            bron: "UWV, Het re-integratieverslag indienen voor de aanvraag Ziektewet-uitkering"))
      }
      return termijnen
    }
  }
}

/// A deadline that applies to the upload set.
public struct UploadDeadline: Sendable, Equatable, Encodable {
  public var regel: String
  public var wat: String
  public var uiterlijk: CalendarDate?
  public var stand: String
  public var bron: String

  init(regel: String, wat: String, uiterlijk: CalendarDate?, stand: String, bron: String) {
    self.regel = regel
    self.wat = wat
    self.uiterlijk = uiterlijk
    self.stand = stand
    self.bron = bron
  }

  init(_ step: TimelineStep) {
    self.init(
      regel: step.rule.rawValue, wat: step.title, uiterlijk: step.due, stand: step.state.dutch,
      bron: step.source)
  }
}
