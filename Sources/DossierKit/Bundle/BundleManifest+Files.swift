import Foundation
import Kalender
import Poortwachter
import Templating

extension BundleManifest {
  /// The manifest's three files, by name: `manifest.json` (the data, ISO dates), and
  /// `manifest.md` and `manifest.html` (for the casemanager, in Dutch) from the templates
  /// `bundle-manifest.md.mustache` and `bundle-manifest.html.mustache`.
  public func files(templates: TemplateLibrary) throws -> [(name: String, bytes: [UInt8])] {
    let view = try TemplateValue(encoding: BundleManifestView(self))
    var files = [(name: String, bytes: [UInt8])]()
    files.append(("manifest.json", Array(try JSONText.encode(self).utf8)))
    for format in ["md", "html"] {
      let name = "bundle-manifest.\(format).mustache"
      guard let template = try templates.load(name) else {
        throw TemplateError(
          templateName: name, line: 1, column: 1, excerpt: "", reason: .missingTemplate(name))
      }
      files.append(
        (
          "manifest.\(format)",
          try template.renderBytes(view, partials: templates, options: .strict)
        ))
    }
    return files
  }
}

/// The manifest in words, for the templates.
struct BundleManifestView: Encodable, Sendable {
  struct Bestand: Encodable, Sendable {
    var bestand, document, items, datum, opsteller, ondertekening, grootte, bsn: String
  }
  struct Termijn: Encodable, Sendable {
    var regel, wat, uiterlijk, stand, bron: String
  }

  var kop: SheetHeader
  var omschrijving, werknemer, bsn, limiet: String
  var concept: Bool
  var fouten: [String]
  var bestanden: [Bestand]
  var ontbreekt: [String]
  var ontbreektIets: Bool
  var werknemerStuurtZelf: [String]
  var termijnen: [Termijn]

  init(_ manifest: BundleManifest) {
    kop = SheetHeader(
      soort: "Wet verbetering poortwachter", titel: "Uploadset voor UWV",
      referentie: manifest.referentie, peildatum: manifest.peildatum.dutch)
    omschrijving = manifest.omschrijving
    werknemer = manifest.naamWerknemer
    bsn = manifest.bsn
    limiet = "\(Self.thousands(manifest.maximumBytes)) bytes (10 MB) per bestand"
    concept = manifest.concept
    fouten = manifest.fouten
    bestanden = manifest.bestanden.map { bestand in
      Bestand(
        bestand: bestand.bestand + (bestand.concept ? " (concept)" : ""),
        document: bestand.document,
        items: bestand.rivItems.joined(separator: ", "),
        datum: dutchDate(bestand.datum),
        opsteller: filled(bestand.opsteller),
        ondertekening: bestand.ondertekening.map { ondertekenaar in
          let wie = "\(ondertekenaar.rol) (\(ondertekenaar.onderdeel))"
          let naam = ondertekenaar.naam.map { ", \($0)" } ?? ""
          return ondertekenaar.datum.map { "\(wie)\(naam): getekend op \($0.dutch)" }
            ?? "\(wie)\(naam): handtekening niet vastgelegd"
        }.joined(separator: "; "),
        grootte: bestand.bytes.map { "\(Self.thousands($0)) bytes" } ?? "niet afgedrukt",
        bsn: bestand.bsnOpElkePagina ? "op elke pagina" : "ontbreekt")
    }
    ontbreekt = manifest.ontbreekt
    ontbreektIets = !manifest.ontbreekt.isEmpty
    werknemerStuurtZelf = manifest.werknemerStuurtZelf
    termijnen = manifest.termijnen.map {
      Termijn(
        regel: $0.regel, wat: $0.wat, uiterlijk: $0.uiterlijk?.dutch ?? "–", stand: $0.stand,
        bron: $0.bron)
    }
  }

  /// 202606 → "202.606": Dutch digit groups, no locale.
  static func thousands(_ value: Int) -> String {
    let digits = String(value)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result += "." }
      result.append(digit)
    }
    return result
  }
}
