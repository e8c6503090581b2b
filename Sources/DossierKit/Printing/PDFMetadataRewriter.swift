import Foundation
import Kalender

/// Replaces the metadata a browser writes into a PDF with the document's own: the Info
/// dictionary (title, author, subject, and the document's date as creation and modification
/// date instead of the time of printing), the catalog's language, and a file identifier derived
/// from the content. Printing the same document twice then gives the same bytes.
///
/// Chromium's tagged PDF also names structure elements after DOM nodes (`(node00000074)`),
/// numbered by a counter that differs from run to run by a constant; those names are renumbered
/// by rank, in place and at the same length, which keeps the ID tree sorted.
///
/// The objects change length, so every later object moves: the cross-reference table is
/// rebuilt with the new offsets, and every entry is checked to point at its object before the
/// bytes are returned. Only what Chromium's PDF backend (Skia) writes is accepted: one classic
/// cross-reference table, no incremental updates, no XMP metadata stream; anything else is
/// refused with a reason rather than rewritten half.
enum PDFMetadataRewriter {
  static func rewrite(_ pdf: [UInt8], info: PDFDocumentInfo) throws(PDFRewriteError) -> [UInt8] {
    var file = try PDFFile(renumberingNodeNames(pdf))
    let infoObject = try file.object(file.trailer.info)
    let catalog = try file.object(file.trailer.root)
    let catalogText = String(decoding: catalog.bytes, as: UTF8.self)
    guard !catalogText.contains("/Metadata") else {
      throw PDFRewriteError(reason: "the catalog has an XMP metadata stream, which holds dates")
    }
    file.replace(infoObject, with: Self.infoObject(file.trailer.info, info))
    file.replace(
      catalog,
      with: Array(try Self.settingLanguage(catalogText, info.language).utf8))
    return try file.assembled()
  }

  /// The bytes with every `(nodeDDDDDDDD)` string renumbered by the rank of its number among
  /// all of them, from 1: same length, so no offset moves.
  static func renumberingNodeNames(_ pdf: [UInt8]) -> [UInt8] {
    let prefix = Array("(node".utf8)
    let width = 8
    var positions: [(index: Int, number: Int)] = []
    var index = 0
    while index + prefix.count + width < pdf.count {
      if pdf[index] == prefix[0], Array(pdf[index..<(index + prefix.count)]) == prefix {
        let digits = pdf[(index + prefix.count)..<(index + prefix.count + width)]
        if digits.allSatisfy({ (0x30...0x39).contains($0) }),
          pdf[index + prefix.count + width] == UInt8(ascii: ")"),
          let number = Int(String(decoding: digits, as: UTF8.self))
        {
          positions.append((index + prefix.count, number))
          index += prefix.count + width
          continue
        }
      }
      index += 1
    }
    let ranks = Dictionary(
      uniqueKeysWithValues: Set(positions.map(\.number)).sorted().enumerated().map {
        ($1, $0 + 1)
      })
    var result = pdf
    for position in positions {
      let digits = Array(digits(ranks[position.number] ?? 0, width).utf8)
      result.replaceSubrange(position.index..<(position.index + width), with: digits)
    }
    return result
  }

  /// `N G obj <</Title …>> endobj`, the dates at midnight UTC of the document's date.
  static func infoObject(_ reference: PDFFile.Reference, _ info: PDFDocumentInfo) -> [UInt8] {
    let date = info.date
    let stamp =
      "D:\(digits(date.year, 4))\(digits(date.month, 2))\(digits(date.day, 2))000000Z"
    let text = """
      \(reference.number) \(reference.generation) obj
      <</Title \(textString(info.title))
      /Author \(textString(info.author))
      /Subject \(textString(info.subject))
      /Creator (dossierkit)
      /CreationDate (\(stamp))
      /ModDate (\(stamp))>>
      endobj
      """
    return Array(text.utf8)
  }

  /// The catalog object's text with `/Lang (language)`, replacing a different one.
  static func settingLanguage(_ catalog: String, _ language: String) throws(PDFRewriteError)
    -> String
  {
    let entry = "/Lang \(textString(language))"
    if let range = catalog.range(of: "/Lang") {
      // Chromium writes `/Lang (nl)` from the HTML's lang attribute: a literal string without
      // parentheses inside, which is all this replaces.
      guard let open = catalog[range.upperBound...].firstIndex(of: "("),
        catalog[range.upperBound..<open].allSatisfy(\.isWhitespace),
        let close = catalog[open...].firstIndex(of: ")")
      else { throw PDFRewriteError(reason: "the catalog's /Lang is not a literal string") }
      return catalog.replacingCharacters(
        in: range.lowerBound...close, with: entry)
    }
    guard let open = catalog.range(of: "<<") else {
      throw PDFRewriteError(reason: "the catalog is not a dictionary")
    }
    return catalog.replacingCharacters(in: open, with: "<<\(entry)\n")
  }

  /// A PDF text string: a literal for printable ASCII, else UTF-16BE with a byte order mark.
  static func textString(_ value: String) -> String {
    if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
      var literal = "("
      for character in value {
        if character == "(" || character == ")" || character == "\\" { literal += "\\" }
        literal.append(character)
      }
      return literal + ")"
    }
    let hex = value.utf16.map { unit in
      let text = String(unit, radix: 16, uppercase: true)
      return String(repeating: "0", count: 4 - text.count) + text
    }
    return "<FEFF" + hex.joined() + ">"
  }

  static func digits(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}

/// A PDF whose metadata cannot be rewritten safely, and why.
public struct PDFRewriteError: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: String
  public var description: String { "the printed PDF cannot be made reproducible: \(reason)" }
}
