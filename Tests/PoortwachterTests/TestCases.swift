import Kalender

@testable import Poortwachter

/// Small dossiers built in code, for rules that need only a few fields.
enum TestCases {
  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { preconditionFailure("bad test date \(text)") }
    return date
  }

  static func dossier(
    _ periodes: [(String, String?)], wazo: [(String, String)] = [], vangnet: Bool? = nil,
    configure: (inout Verzuimdossier) -> Void = { _ in }
  ) -> Verzuimdossier {
    var dossier = Verzuimdossier(
      referentie: "VZ-TEST",
      werkgever: Werkgever(naam: "Testbedrijf B.V.", loonheffingennummer: "123456782L01"),
      werknemer: Werknemer(
        naam: "T. Tester", bsn: "111222333", functie: "monteur", vangnet: vangnet),
      verzuimperiodes: periodes.map {
        Verzuimperiode(eersteZiektedag: date($0.0), hersteldatum: $0.1.map(date))
      },
      wazoVerlof: wazo.isEmpty
        ? nil : wazo.map { WazoVerlof(van: date($0.0), totEnMet: date($0.1)) })
    configure(&dossier)
    return dossier
  }
}
