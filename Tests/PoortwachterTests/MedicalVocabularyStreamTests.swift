import Testing

@testable import Poortwachter

/// The medical-word scan reads a text as a stream (so a huge field costs no copy): it must
/// find exactly what scanning the whole lower-cased text at once finds.
@Suite struct MedicalVocabularyStreamTests {
  /// The scan as it was before streaming: the whole text lower-cased into one array; a word
  /// longer than `longestWord` bytes is quoted up to there (on a character boundary) and `…`.
  static func wholeTextScan(_ text: String) -> String? {
    let bytes = Array(text.lowercased().utf8)
    let stems = MedicalVocabulary.stems.map { Array($0.utf8) }
    var best: (order: Int, start: Int, end: Int)? = nil
    var previousIsWord = false
    for index in bytes.indices {
      let isWord = MedicalVocabulary.isWordByte(bytes[index])
      defer { previousIsWord = isWord }
      guard isWord, !previousIsWord else { continue }
      for (order, stem) in stems.enumerated() where order < (best?.order ?? .max) {
        if bytes[index...].starts(with: stem) {
          var end = index + stem.count
          while end < bytes.count, MedicalVocabulary.isWordByte(bytes[end]) { end += 1 }
          best = (order, index, end)
        }
      }
    }
    guard let best else { return nil }
    let limit = best.start + MedicalVocabulary.longestWord
    guard best.end > limit else {
      return String(decoding: bytes[best.start..<best.end], as: UTF8.self)
    }
    var cut = limit
    while bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
    return String(decoding: bytes[best.start..<cut], as: UTF8.self) + "…"
  }

  @Test func findsWhatTheWholeTextScanFinds() {
    // Fragments that make stems, near misses, case and accents (K is the Kelvin sign, which
    // lower-cases to an ASCII k), multi-word stems and separators.
    let pieces = [
      "medisch", " ", "specialist", "Ziekenhuis", "ZIEKENHUIS", "\u{212A}ANKER", "kan", "ker",
      "-", "fysio", "therapie", "É", "é", "İ", "\n", "Long", " covid", "diagnose", "Diagnose",
      "opbouw", "IT-specialist", "burn-out", "ggz", "x", "1.", "werk", "psychische klacht",
      "ΣΑΣ", "hernia", "therapie", "arbeidstherapie", "😀",
    ]
    var generator = SeededGenerator(seed: 20_261_127)
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...14, using: &generator) {
        text += pieces.randomElement(using: &generator) ?? ""
      }
      #expect(MedicalVocabulary.firstMatch(in: text) == Self.wholeTextScan(text), "\(text)")
    }
  }

  @Test func findsAMatchWhereverTheWindowMoves() {
    // The stream lower-cases 64 KiB at a time and keeps 128 bytes of look-ahead; a stem or
    // the word it starts can straddle either edge.
    for padding in Array(65_380...65_420) + Array(65_500...65_545) {
      let text = String(repeating: "a", count: padding) + " Medisch specialist. En hoofdpijn."
      #expect(MedicalVocabulary.firstMatch(in: text) == "medisch specialist")
    }
  }

  @Test func aHugeWordIsQuotedCutShort() {
    let text = "Zie het ziekenhuis" + String(repeating: "é", count: 100) + " verder"
    let word = MedicalVocabulary.firstMatch(in: text)
    #expect(word == "ziekenhuis" + String(repeating: "é", count: 35) + "…")
    #expect(MedicalVocabulary.firstMatch(in: "de ziekenhuisopname") == "ziekenhuisopname")
  }
}

/// A small deterministic generator (SplitMix64), so a failure reproduces.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
