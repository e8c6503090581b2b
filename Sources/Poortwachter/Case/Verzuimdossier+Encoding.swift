public import Foundation
import StrictJSON

extension Verzuimdossier {
  /// The case file for this dossier: the keys of docs/case-format.md in the order the model
  /// declares them, two-space indentation, absent fields left out, a final newline. The same
  /// dossier always gives the same bytes, and ``decode(from:)`` reads them back to an equal
  /// dossier, so a written file can be edited by hand and read strictly like any other.
  ///
  /// - Throws: `EncodingError` only for a number JSON cannot hold (NaN or infinity hours).
  public func encodedCaseFile() throws -> Data {
    try StrictJSONEncoder().encode(self)
  }
}
