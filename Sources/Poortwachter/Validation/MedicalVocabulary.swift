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
    // A native string's UTF-8 is read in place; only a bridged one is made contiguous first.
    var text = text
    return text.withUTF8 { firstMatch(inUTF8: $0) }
  }

  private static func firstMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var stream = LowercasedUTF8(bytes)
    var best: (order: Int, word: [UInt8], isCut: Bool)? = nil
    var previousIsWord = false
    var index = 0
    // Enough look-ahead for the longest stem and a quoted word, except at the very end.
    let lookahead = longestWord + 48
    while true {
      index = stream.ensure(index, lookahead: lookahead)
      let isLastBlock = stream.isExhausted
      let isDone = stream.window.withUnsafeBufferPointer { window -> Bool in
        let stop = isLastBlock ? window.count : window.count - lookahead
        while index < stop {
          let byte = window[index]
          let isWord = isWordByte(byte)
          if isWord, !previousIsWord, let candidates = stemsByFirstByte[byte] {
            for (order, stem) in candidates where order < (best?.order ?? .max) {
              guard index + stem.count <= window.count,
                window[index..<(index + stem.count)].elementsEqual(stem)
              else { continue }
              var end = index + stem.count
              let limit = index + longestWord
              while end < window.count, end < limit, isWordByte(window[end]) { end += 1 }
              let isCut = end == limit && end < window.count && isWordByte(window[end])
              // A cut inside a multi-byte character goes back to its first byte.
              while isCut, end > index + stem.count, window[end] & 0xC0 == 0x80 { end -= 1 }
              best = (order, Array(window[index..<end]), isCut)
            }
            // The first stem in the list cannot be beaten.
            if best?.order == 0 { return true }
          }
          previousIsWord = isWord
          index += 1
        }
        return isLastBlock
      }
      if isDone { break }
    }
    return best.map { String(decoding: $0.word, as: UTF8.self) + ($0.isCut ? "…" : "") }
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
/// scalar, so the same scalar by scalar), produced a block at a time into a small window.
private struct LowercasedUTF8 {
  /// The text's UTF-8 (valid: it comes from a `String`) and how far it has been read.
  private let source: UnsafeBufferPointer<UInt8>
  private var read = 0
  /// Lower-cased bytes from some position of the text on.
  private(set) var window: [UInt8] = []

  init(_ source: UnsafeBufferPointer<UInt8>) {
    self.source = source
  }

  /// True once the whole text is in the window.
  var isExhausted: Bool { read >= source.count }

  /// Makes `window[position..<(position + lookahead)]` available, or all that is left of
  /// the text, dropping what lies before `position` when it refills; returns where
  /// `position` is now.
  mutating func ensure(_ position: Int, lookahead: Int) -> Int {
    guard position + lookahead >= window.count, read < source.count else { return position }
    window.removeFirst(position)
    let end = min(read + 65_536, source.count)
    while read < end {
      // A run of ASCII is copied at once, then folded in place.
      var runEnd = read
      while runEnd < end, source[runEnd] < 0x80 { runEnd += 1 }
      if runEnd > read {
        let start = window.count
        window.append(contentsOf: UnsafeBufferPointer(rebasing: source[read..<runEnd]))
        window.withUnsafeMutableBufferPointer { lowered in
          for index in start..<lowered.count where lowered[index] &- 0x41 < 26 {
            lowered[index] |= 0x20
          }
        }
        read = runEnd
      }
      if read < end { read += appendLowercased(scalarAt: read) }
    }
    return 0
  }

  /// Appends the non-ASCII scalar starting at `index`, lower-cased; returns its length.
  private mutating func appendLowercased(scalarAt index: Int) -> Int {
    let lead = source[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= source.count else {
      window.append(lead)
      return 1
    }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for next in 1..<length { value = value << 6 | (UInt32(source[index + next]) & 0x3F) }
    if let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
      window.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    } else {
      window.append(contentsOf: source[index..<(index + length)])
    }
    return length
  }
}
