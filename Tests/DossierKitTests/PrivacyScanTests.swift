import Foundation
import Poortwachter
import Testing

@testable import DossierKit

/// PRIV-DENY over a dossier whose every free-text field holds a medical word: each
/// employer-side text is flagged once, and nothing of the bedrijfsarts or the employee is.
@Suite struct PrivacyScanTests {
  @Test func everyEmployerSideTextIsScanned() throws {
    let json = ModelDossier.json.replacingOccurrences(of: "\"x\"", with: "\"burn-out\"")
    var dossier = try Verzuimdossier.decode(from: Data(json.utf8))
    dossier.bedrijfsartsDossier = try StrictDecode.bedrijfsarts(
      #"{"medischeInformatie": {"diagnose": "burn-out"}}"#)
    let findings = Validator().validate(dossier, on: ModelDossier.peildatum).filter {
      $0.rule == .privDeny
    }
    let paths = Set(findings.map(\.path))
    #expect(paths.count == findings.count, "a field was reported twice")
    for expected in [
      "$.planVanAanpak.visieWerknemer", "$.bijstellingenProbleemanalyse[0].advies",
      "$.bijstellingenPlanVanAanpak[0].visieWerknemer",
      "$.evaluaties[0].visieWerknemer", "$.verkortReintegratieverslag.reintegratieTotNu",
      "$.actueelOordeel.standReintegratie",
      "$.eindevaluatie.oordeelVerloopWerknemer", "$.eerstejaarsevaluatie.adviesBedrijfsarts",
      "$.ziekmelding.lopendeAfspraken",
    ] {
      #expect(paths.contains(expected), "\(expected) not scanned")
    }
    #expect(
      !paths.contains {
        $0.hasPrefix("$.bedrijfsartsDossier") || $0.hasPrefix("$.oordeelWerknemer")
      })
    // Names and contact data are not free text about the illness.
    #expect(!paths.contains { $0.hasSuffix(".naam") || $0.hasSuffix(".email") })
    #expect(findings.count == 50)
  }
}

enum StrictDecode {
  static func bedrijfsarts(_ json: String) throws -> BedrijfsartsDossier {
    let wrapped =
      #"{"referentie": "x", "werkgever": {}, "werknemer": {}, "verzuimperiodes": [], "bedrijfsartsDossier": \#(json)}"#
    let dossier = try Verzuimdossier.decode(from: Data(wrapped.utf8))
    return try #require(dossier.bedrijfsartsDossier)
  }
}
