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

  /// The case file with `"$schema": reference` first, so that an editor completes keys and
  /// flags mistakes while typing; the reader accepts and ignores that key.
  public func encodedCaseFile(schemaReference reference: String) throws -> Data {
    try StrictJSONEncoder().encode(SchemaReferenced(reference: reference, dossier: self))
  }
}

/// `"$schema"` followed by the dossier's own keys, in one object.
private struct SchemaReferenced: Encodable {
  let reference: String
  let dossier: Verzuimdossier

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(reference, forKey: Key(stringValue: StrictJSONDecoder.schemaKey))
    try dossier.encode(to: encoder)
  }
}
