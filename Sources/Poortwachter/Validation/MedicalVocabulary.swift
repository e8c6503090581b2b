/// PRIV-DENY: words that reveal diagnosis, symptoms, treatment or medication. The employer may
/// not record them (AP beleidsregels §4), so they must not appear in employer-side free text.
///
/// Matching is on word starts, case-insensitive, so `fysiotherapeut` and `fysiotherapie` both
/// hit `fysiotherap`. The list favours words with no everyday non-medical meaning, to keep
/// false alarms rare; a finding names the word so a casemanager can rephrase.
public enum MedicalVocabulary {
  public static let stems: [String] = [
    "diagnose", "burn-out", "burnout", "overspannen", "depressi", "angststoornis", "paniekaanval",
    "ptss", "psychose", "hernia", "fractuur", "gebroken", "kanker", "tumor", "chemo", "bestraling",
    "operatie", "geopereerd", "medicatie", "medicijn", "antidepress", "pijnstill", "fysiotherap",
    "psycholo", "psychiat", "huisarts", "medisch specialist", "ziekenhuis", "revalidatie", "ggz",
    "migraine", "hoofdpijn", "rugklacht", "nekklacht", "artrose", "reuma", "diabetes", "astma",
    "hartinfarct", "hartklacht", "beroerte", "epilep", "zwanger", "miskraam", "long covid",
    "covid", "corona", "griep", "infectie", "allergie", "whiplash", "slapeloos", "verslav",
    "alcoholis", "therapie", "symptom", "psychische klacht", "lichamelijke klacht",
  ]

  /// The word (lower-cased) of the first stem found at a word start, in the order of `stems`.
  ///
  /// The text is lower-cased and scanned as a stream, a few kilobytes at a time, so a field of
  /// hundreds of megabytes costs no copy of itself. A reported word longer than
  /// `longestWord` bytes is cut there, with `…`.
  public static func firstMatch(in text: String) -> String? {
    var stream = LowercasedUTF8(text)
    var best: (order: Int, word: (bytes: [UInt8], isCut: Bool))? = nil
    var previousIsWord = false
    while let byte = stream.byte(at: 0) {
      let isWord = isWordByte(byte)
      if isWord, !previousIsWord, let candidates = stemsByFirstByte[byte] {
        for (order, stem) in candidates where order < (best?.order ?? .max) {
          if stream.hasPrefix(stem) {
            best = (order, stream.word(startingWith: stem.count, limit: longestWord))
          }
        }
        // The first stem in the list cannot be beaten.
        if best?.order == 0 { break }
      }
      previousIsWord = isWord
      stream.advance()
    }
    return best.map { String(decoding: $0.word.bytes, as: UTF8.self) + ($0.word.isCut ? "…" : "") }
  }

  /// The most of a matched word a finding quotes.
  static let longestWord = 80

  /// Stems as UTF-8 with their position in `stems`, by first byte: a text is scanned once.
  private static let stemsByFirstByte: [UInt8: [(order: Int, bytes: [UInt8])]] = {
    var table: [UInt8: [(Int, [UInt8])]] = [:]
    for (order, stem) in stems.enumerated() {
      let bytes = Array(stem.utf8)
      if let first = bytes.first { table[first, default: []].append((order, bytes)) }
    }
    return table
  }()

  /// Letters and digits, and every byte of a multi-byte character (accented letters).
  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
  }
}

/// A string's bytes lower-cased as `String.lowercased()` would give them (its mapping is per
/// scalar, so the same scalar by scalar), produced on demand with a small look-ahead window.
private struct LowercasedUTF8 {
  private var scalars: String.UnicodeScalarView.Iterator
  /// Look-ahead: `window[head...]` are the bytes from the current position on.
  private var window: [UInt8] = []
  private var head = 0
  private var isExhausted = false

  init(_ text: String) {
    scalars = text.unicodeScalars.makeIterator()
    window.reserveCapacity(8192)
  }

  /// The byte `offset` places after the current one, or nil past the end.
  mutating func byte(at offset: Int) -> UInt8? {
    while head + offset >= window.count {
      if !fill() { return nil }
    }
    return window[head + offset]
  }

  mutating func hasPrefix(_ bytes: [UInt8]) -> Bool {
    for (offset, expected) in bytes.enumerated() where byte(at: offset) != expected {
      return false
    }
    return true
  }

  /// The word from the current position: `length` bytes known to be word bytes, then every
  /// further word byte, up to `limit` bytes (cut at a character boundary).
  mutating func word(startingWith length: Int, limit: Int) -> (bytes: [UInt8], isCut: Bool) {
    var end = length
    while let next = byte(at: end), MedicalVocabulary.isWordByte(next) {
      guard end < limit else {
        // A cut inside a multi-byte character goes back to its first byte.
        while end > length, let next = byte(at: end), next & 0xC0 == 0x80 { end -= 1 }
        return (Array(window[head..<(head + end)]), true)
      }
      end += 1
    }
    return (Array(window[head..<(head + end)]), false)
  }

  mutating func advance() {
    head += 1
    // Drop what lies behind now and then, so the window stays small.
    if head >= 4096 {
      window.removeFirst(head)
      head = 0
    }
  }

  /// Appends the next scalar's lower-cased bytes; false at the end of the text.
  private mutating func fill() -> Bool {
    guard !isExhausted, let scalar = scalars.next() else {
      isExhausted = true
      return false
    }
    if scalar.isASCII {
      let value = UInt8(scalar.value)
      window.append(value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
    } else if scalar.properties.changesWhenLowercased {
      window.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    } else {
      UTF8.encode(scalar) { window.append($0) }
    }
    return true
  }
}
