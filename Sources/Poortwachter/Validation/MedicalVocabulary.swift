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
  public static func firstMatch(in text: String) -> String? {
    let bytes = Array(text.lowercased().utf8)
    var best: (order: Int, start: Int, end: Int)? = nil
    var previousIsWord = false
    for index in bytes.indices {
      let isWord = isWordByte(bytes[index])
      defer { previousIsWord = isWord }
      guard isWord, !previousIsWord, let candidates = stemsByFirstByte[bytes[index]] else {
        continue
      }
      for (order, stem) in candidates where order < (best?.order ?? .max) {
        if index + stem.count <= bytes.count,
          bytes[index..<(index + stem.count)].elementsEqual(stem)
        {
          var end = index + stem.count
          while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
          best = (order, index, end)
        }
      }
    }
    return best.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
  }

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
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
  }

}
