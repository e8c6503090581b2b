import Foundation
import Kalender
import Poortwachter
import Testing

@testable import DossierKit

/// A small PDF laid out as Chromium's Skia backend writes one: Info dictionary first, a classic
/// cross-reference table, a trailer naming /Info and /Root. Offsets are computed here from the
/// bytes, as ISO 32000-1 §7.5.4 defines them.
private func makePDF(catalog: String = "<</Type /Catalog\n/Pages 3 0 R\n/Lang (en)>>")
  -> [UInt8]
{
  let objects = [
    "1 0 obj\n<</Title (x)\n/CreationDate (D:20261127115030+00'00')\n/ModDate (D:20261127115030+00'00')>>\nendobj\n",
    "2 0 obj\n\(catalog)\nendobj\n",
    "3 0 obj\n<</Type /Pages\n/Kids [4 0 R]\n/Count 1>>\nendobj\n",
    "4 0 obj\n<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]>>\nendobj\n",
  ]
  var file = "%PDF-1.4\n"
  var offsets: [Int] = []
  for object in objects {
    offsets.append(file.utf8.count)
    file += object
  }
  let table = file.utf8.count
  file += "xref\n0 5\n0000000000 65535 f \n"
  for offset in offsets {
    file += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
  }
  file += "trailer\n<</Size 5\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(table)\n%%EOF"
  return Array(file.utf8)
}

/// Each in-use entry of the table at `startxref` points at its own `N 0 obj`.
private func tablePointsAtObjects(_ pdf: [UInt8]) -> Bool {
  let text = String(decoding: pdf, as: UTF8.self)
  guard let keyword = text.range(of: "startxref", options: .backwards),
    let start = Int(text[keyword.upperBound...].split(whereSeparator: \.isWhitespace)[0])
  else { return false }
  let bytes = Array(text.utf8)
  guard String(decoding: bytes[start..<(start + 4)], as: UTF8.self) == "xref" else { return false }
  // Entries end in CR LF, which a Swift String holds as one Character: split the bytes.
  let lines = bytes[start...].split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
  var number = 0
  for line in lines.dropFirst(2) {
    let fields = line.split(whereSeparator: \.isWhitespace)
    guard fields.count == 3, let offset = Int(fields[0]) else { break }
    if fields[2].hasPrefix("n") {
      let header = Array("\(number) 0 obj".utf8)
      guard offset + header.count <= bytes.count,
        Array(bytes[offset..<(offset + header.count)]) == header
      else { return false }
    }
    number += 1
  }
  return number == 5
}

@Suite struct PDFMetadataTests {
  let info = PDFDocumentInfo(
    title: "Re-integratieverslag — VGD-2024-0902", author: "Ilse Timmermans (casemanager)",
    subject: "Wet verbetering poortwachter",
    date: CalendarDate(year: 2026, month: 5, day: 26) ?? CalendarDate(dayNumber: 0))

  @Test func replacesThePrintTimeWithTheDocumentDateAndKeepsTheTableValid() throws {
    let pdf = try PDFMetadataRewriter.rewrite(makePDF(), info: info)
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(!text.contains("20261127"))
    #expect(text.contains("/CreationDate (D:20260526000000Z)"))
    #expect(text.contains("/ModDate (D:20260526000000Z)"))
    // Parentheses in a literal string are escaped (ISO 32000-1 §7.3.4.2).
    #expect(text.contains("/Author (Ilse Timmermans \\(casemanager\\))"))
    // The em dash makes the title UTF-16BE with a byte order mark (§7.9.2.2): U+2014 is 2014.
    #expect(text.contains("/Title <FEFF"))
    #expect(text.contains("00202014002000560047"))
    #expect(text.contains("/Lang (nl)") && !text.contains("/Lang (en)"))
    #expect(tablePointsAtObjects(pdf))
    // The trailer gets a content-derived identifier, the same for the same content.
    #expect(text.contains("/ID [<"))
    #expect(try PDFMetadataRewriter.rewrite(makePDF(), info: info) == pdf)
  }

  @Test func renumbersChromiumsNodeNamesByRank() {
    // Two prints of one page differ only by the DOM counter's start: 74… and 73….
    let first = Array(
      "<</ID (node00000074)>> <</Headers [(node00000075)]>> /Names [(node00000074) 1 0 R (node00000075) 2 0 R]"
        .utf8)
    let second = Array(
      "<</ID (node00000073)>> <</Headers [(node00000074)]>> /Names [(node00000073) 1 0 R (node00000074) 2 0 R]"
        .utf8)
    let renumbered = PDFMetadataRewriter.renumberingNodeNames(first)
    #expect(renumbered == PDFMetadataRewriter.renumberingNodeNames(second))
    #expect(
      String(decoding: renumbered, as: UTF8.self)
        == "<</ID (node00000001)>> <</Headers [(node00000002)]>> /Names [(node00000001) 1 0 R (node00000002) 2 0 R]"
    )
  }

  @Test func addsTheLanguageToACatalogWithoutOne() throws {
    let pdf = try PDFMetadataRewriter.rewrite(
      makePDF(catalog: "<</Type /Catalog\n/Pages 3 0 R>>"), info: info)
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.contains("<</Lang (nl)\n/Type /Catalog"))
    #expect(tablePointsAtObjects(pdf))
  }

  @Test func refusesWhatItCannotRewriteWhole() {
    #expect(throws: PDFRewriteError.self) {
      try PDFMetadataRewriter.rewrite(Array("not a pdf".utf8), info: info)
    }
    // XMP metadata holds dates of its own; rewriting only the Info dictionary would leave them.
    #expect(throws: PDFRewriteError.self) {
      try PDFMetadataRewriter.rewrite(
        makePDF(catalog: "<</Type /Catalog\n/Pages 3 0 R\n/Metadata 4 0 R>>"), info: info)
    }
    var broken = makePDF()
    // A table entry that does not point at its object.
    if let range = String(decoding: broken, as: UTF8.self).range(of: "0000000009 00000 n") {
      let text = String(decoding: broken, as: UTF8.self).replacingCharacters(
        in: range, with: "0000000011 00000 n")
      broken = Array(text.utf8)
    }
    #expect(throws: PDFRewriteError.self) {
      try PDFMetadataRewriter.rewrite(broken, info: info)
    }
  }
}

@Suite struct PaginakopTests {
  @Test func escapesEverythingThatCouldLeaveTheCSSString() {
    let kop = Paginakop(
      werknemer: "Jan \"de\" Vries\\ </style><script>", dossier: "referentie A&B",
      document: "Probleemanalyse · datum 3 maart 2026")
    // Quote 22, backslash 5C, < 3C, > 3E, & 26: each a CSS escape ended by one space.
    #expect(kop.werknemer == "Jan \\22 de\\22  Vries\\5C  \\3C /style\\3E \\3C script\\3E ")
    #expect(kop.dossier == "referentie A\\26 B")
    // Letters, digits, the middle dot and spaces stay as they are.
    #expect(kop.document == "Probleemanalyse · datum 3 maart 2026")
  }
}
