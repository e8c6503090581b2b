import DossierKit
import Foundation
import Poortwachter

/// libFuzzer entry: the input is a SIVI Verzuimmelding (XML), as `dossier import sivi` reads
/// it. Whatever reads becomes cases, each written as a case file and read back strictly, as
/// the import and then every other command would. A refusal is fine; a trap is the bug.
func fuzzSivi(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let data = Data(UnsafeBufferPointer(start: start, count: count))
  guard let bericht = try? SiviBericht.read(data, file: "fuzz.xml"),
    let sivi = try? SiviImport([bericht])
  else { return 0 }
  _ = SiviImportReport.read(sivi)
  _ = SiviImportReport.leftOut(sivi)
  guard let cases = try? sivi.cases() else { return 0 }
  for imported in cases {
    _ = SiviImportReport.written(imported, path: imported.fileName)
    _ = SiviImportReport.checks(imported.controles)
    guard let written = try? imported.dossier.encodedCaseFile(),
      let dossier = try? Verzuimdossier.decode(from: written),
      let peildatum = dossier.peildatum ?? dossier.verzuimperiodes.first?.eersteZiektedag
    else { continue }
    _ = Validator().validate(dossier, on: peildatum)
  }
  return 0
}
