import Foundation

/// Just enough of a PDF's file structure (ISO 32000-1 §7.5) to replace whole objects: the
/// classic cross-reference table, the trailer's references, and where each object starts and
/// ends. Replaced objects shift what follows; `assembled()` writes the table anew.
struct PDFFile {
  struct Reference: Equatable {
    var number: Int
    var generation: Int
  }

  /// One in-use entry of the cross-reference table.
  struct Entry {
    var number: Int
    var generation: Int
    var offset: Int
  }

  /// An object's bytes from `N G obj` through `endobj`.
  struct Object {
    var range: Range<Int>
    var bytes: ArraySlice<UInt8>
  }

  struct Trailer {
    var info: Reference
    var root: Reference
  }

  private let bytes: [UInt8]
  /// Where the `xref` keyword starts; the body is everything before it.
  private let tableStart: Int
  /// The table's subsection layout (first object number, count) and its in-use entries.
  private let subsections: [(first: Int, count: Int)]
  private let entries: [Int: Entry]
  private let freeEntries: [Int: (offset: Int, generation: Int)]
  let trailer: Trailer
  /// The trailer dictionary's text without a file identifier.
  private let trailerText: String
  private var replacements: [(range: Range<Int>, bytes: [UInt8])] = []

  init(_ bytes: [UInt8]) throws(PDFRewriteError) {
    self.bytes = bytes
    guard bytes.starts(with: Array("%PDF-".utf8)) else {
      throw PDFRewriteError(reason: "it does not start with %PDF-")
    }
    let tail = String(decoding: bytes.suffix(1024), as: UTF8.self)
    guard let keyword = tail.range(of: "startxref", options: .backwards),
      let start = Int(
        tail[keyword.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
      start >= 0, start < bytes.count
    else { throw PDFRewriteError(reason: "no startxref at its end") }
    tableStart = start
    var scanner = PDFScanner(bytes, at: start)
    guard scanner.keyword("xref") else {
      throw PDFRewriteError(
        reason: "its cross-references are a stream, not a table (not what Chromium writes)")
    }
    var subsections: [(Int, Int)] = []
    var entries: [Int: Entry] = [:]
    var freeEntries: [Int: (Int, Int)] = [:]
    while let first = scanner.integer() {
      guard let count = scanner.integer() else {
        throw PDFRewriteError(reason: "a cross-reference subsection has no count")
      }
      subsections.append((first, count))
      for number in first..<(first + count) {
        guard let offset = scanner.integer(), let generation = scanner.integer(),
          let kind = scanner.word(), kind == "n" || kind == "f"
        else { throw PDFRewriteError(reason: "cross-reference entry \(number) is malformed") }
        if kind == "n" {
          entries[number] = Entry(number: number, generation: generation, offset: offset)
        } else {
          freeEntries[number] = (offset, generation)
        }
      }
    }
    guard scanner.keyword("trailer") else {
      throw PDFRewriteError(reason: "no trailer after the cross-reference table")
    }
    let rest = String(decoding: bytes[scanner.position...], as: UTF8.self)
    guard let end = rest.range(of: "startxref") else {
      throw PDFRewriteError(reason: "the trailer is not followed by startxref")
    }
    let dictionary = String(rest[..<end.lowerBound])
    guard !dictionary.contains("/Prev") else {
      throw PDFRewriteError(reason: "it has incremental updates (not what Chromium writes)")
    }
    guard let info = Self.reference("/Info", in: dictionary),
      let root = Self.reference("/Root", in: dictionary)
    else { throw PDFRewriteError(reason: "its trailer lacks /Info or /Root") }
    self.subsections = subsections
    self.entries = entries
    self.freeEntries = freeEntries
    trailer = Trailer(info: info, root: root)
    trailerText = Self.removingIdentifier(dictionary)
  }

  /// The object of a reference, checked to start with its own `N G obj` header.
  func object(_ reference: Reference) throws(PDFRewriteError) -> Object {
    guard let entry = entries[reference.number], entry.generation == reference.generation,
      entry.offset < tableStart,
      Self.header(of: entry, at: entry.offset, in: bytes)
    else {
      throw PDFRewriteError(
        reason: "object \(reference.number) is not where the cross-reference table says")
    }
    let endobj = Array("endobj".utf8)
    var index = entry.offset
    while index + endobj.count <= tableStart {
      if bytes[index] == endobj[0], Array(bytes[index..<(index + endobj.count)]) == endobj {
        let range = entry.offset..<(index + endobj.count)
        return Object(range: range, bytes: bytes[range])
      }
      index += 1
    }
    throw PDFRewriteError(reason: "object \(reference.number) has no endobj")
  }

  mutating func replace(_ object: Object, with replacement: [UInt8]) {
    replacements.append((object.range, replacement))
  }

  /// The file with its replacements, a new cross-reference table, and an identifier derived
  /// from the body; every entry is checked against its object.
  func assembled() throws(PDFRewriteError) -> [UInt8] {
    let ordered = replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var body: [UInt8] = []
    body.reserveCapacity(bytes.count)
    var cursor = 0
    // Shifts as (old position from which it applies, cumulative change in length).
    var shifts: [(from: Int, delta: Int)] = []
    var delta = 0
    for replacement in ordered {
      guard replacement.range.lowerBound >= cursor else {
        throw PDFRewriteError(reason: "two replaced objects overlap")
      }
      body += bytes[cursor..<replacement.range.lowerBound]
      body += replacement.bytes
      cursor = replacement.range.upperBound
      delta += replacement.bytes.count - replacement.range.count
      shifts.append((replacement.range.upperBound, delta))
    }
    body += bytes[cursor..<tableStart]
    func moved(_ offset: Int) -> Int {
      shifts.last(where: { $0.from <= offset })?.delta ?? 0
    }

    var table = "xref\n"
    for (first, count) in subsections {
      table += "\(first) \(count)\n"
      for number in first..<(first + count) {
        if let entry = entries[number] {
          let offset = entry.offset + moved(entry.offset)
          guard offset < 10_000_000_000 else {
            throw PDFRewriteError(reason: "an offset does not fit the table")
          }
          table +=
            "\(PDFMetadataRewriter.digits(offset, 10)) \(PDFMetadataRewriter.digits(entry.generation, 5)) n\r\n"
        } else if let free = freeEntries[number] {
          table +=
            "\(PDFMetadataRewriter.digits(free.offset, 10)) \(PDFMetadataRewriter.digits(free.generation, 5)) f\r\n"
        }
      }
    }
    let identifier = Self.identifier(of: body)
    var trailer = trailerText
    if let close = trailer.range(of: ">>", options: .backwards) {
      trailer.replaceSubrange(close, with: "\n/ID [<\(identifier)> <\(identifier)>]>>")
    }
    let output =
      body + Array(table.utf8) + Array("trailer\n".utf8)
      + Array(trailer.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
      + Array("\nstartxref\n\(body.count)\n%%EOF\n".utf8)
    for entry in entries.values
    where !Self.header(of: entry, at: entry.offset + moved(entry.offset), in: output) {
      throw PDFRewriteError(reason: "object \(entry.number) moved out of its table entry")
    }
    return output
  }

  /// Whether `N G obj` starts at `offset`.
  private static func header(of entry: Entry, at offset: Int, in bytes: [UInt8]) -> Bool {
    let header = Array("\(entry.number) \(entry.generation) obj".utf8)
    return offset >= 0 && offset + header.count <= bytes.count
      && Array(bytes[offset..<(offset + header.count)]) == header
  }

  /// `key N G R` in a dictionary's text.
  private static func reference(_ key: String, in text: String) -> Reference? {
    guard let range = text.range(of: key) else { return nil }
    let words = text[range.upperBound...].split(whereSeparator: \.isWhitespace).prefix(3)
    guard words.count == 3, let number = Int(words[words.startIndex]),
      let generation = Int(words[words.startIndex + 1]),
      words[words.startIndex + 2].hasPrefix("R")
    else { return nil }
    return Reference(number: number, generation: generation)
  }

  /// The trailer without `/ID [...]`; a new one is derived from the content.
  private static func removingIdentifier(_ trailer: String) -> String {
    guard let start = trailer.range(of: "/ID"),
      let end = trailer[start.upperBound...].firstIndex(of: "]")
    else { return trailer }
    var text = trailer
    text.removeSubrange(start.lowerBound...end)
    return text
  }

  /// 32 hex digits from two FNV-1a 64-bit hashes of the body: the same content, the same
  /// identifier (a time-derived one would make every print differ).
  private static func identifier(of body: [UInt8]) -> String {
    var first: UInt64 = 0xcbf2_9ce4_8422_2325
    var second: UInt64 = 0x8422_2325_cbf2_9ce4
    for byte in body {
      first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
      second = (second ^ UInt64(byte ^ 0x5a)) &* 0x100_0000_01b3
    }
    return [first, second].map {
      let text = String($0, radix: 16, uppercase: true)
      return String(repeating: "0", count: 16 - text.count) + text
    }.joined()
  }
}

/// Reads whitespace-separated tokens of a cross-reference table.
private struct PDFScanner {
  let bytes: [UInt8]
  var position: Int

  init(_ bytes: [UInt8], at position: Int) {
    self.bytes = bytes
    self.position = position
  }

  mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00].contains(bytes[position]) {
      position += 1
    }
  }

  /// The next token of lowercase letters or digits.
  mutating func word() -> String? {
    skipWhitespace()
    let start = position
    while position < bytes.count,
      (0x30...0x39).contains(bytes[position]) || (0x61...0x7A).contains(bytes[position])
    {
      position += 1
    }
    return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
  }

  /// The next token if it is an integer; otherwise nothing is consumed.
  mutating func integer() -> Int? {
    let saved = position
    guard let word = word(), let value = Int(word) else {
      position = saved
      return nil
    }
    return value
  }

  mutating func keyword(_ keyword: String) -> Bool {
    let saved = position
    if word() == keyword { return true }
    position = saved
    return false
  }
}
