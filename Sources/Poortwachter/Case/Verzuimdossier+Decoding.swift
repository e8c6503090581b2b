public import Foundation
public import StrictJSON

extension Verzuimdossier {
  /// Reads a case file strictly: malformed JSON gives line:column, a wrong type or an
  /// impossible date gives its JSON path, and an unknown key (a typo) is an error with a
  /// suggestion instead of a value that silently vanishes.
  public static func decode(from data: Data) throws(StrictJSONError) -> Verzuimdossier {
    try StrictJSONDecoder().decode(Verzuimdossier.self, from: data)
  }
}
