/// What every printed page of a document repeats, in the house layout's `@page` margin boxes:
/// whom the dossier is about (name and BSN: UWV wants the BSN on every document, DOC-ALL-03,
/// and a printed page can come loose), which dossier (the referentie), and which document of
/// which date. The page number ("pagina x van y") and a draft's CONCEPT mark are added by the
/// layout itself.
///
/// The values are the contents of CSS strings inside `<style>`, where HTML escaping means
/// nothing: a quote or backslash in a name would end the string and let data write CSS (or
/// `</style>` leave it). So every character but letters, digits and a few harmless marks is
/// written as a CSS escape (`\3C `, the space ending the escape), which also leaves nothing for
/// HTML escaping to touch.
public struct Paginakop: Encodable, Sendable, Equatable {
  public var werknemer: String
  public var dossier: String
  public var document: String

  public init(werknemer: String, dossier: String, document: String) {
    self.werknemer = Self.cssString(werknemer)
    self.dossier = Self.cssString(dossier)
    self.document = Self.cssString(document)
  }

  /// The contents of a double-quoted CSS string showing `text` (CSS Syntax §4.3.7: a backslash
  /// and hex digits stand for one code point; one whitespace after them ends the escape and is
  /// consumed, so a real space that follows survives).
  static func cssString(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let isPlain =
        (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
        && scalar.value > 0x7F || (0x30...0x39).contains(scalar.value)
        || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
        || " .,:-/·–—()".unicodeScalars.contains(scalar)
      if isPlain {
        result.unicodeScalars.append(scalar)
      } else {
        result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
      }
    }
    return result
  }
}
