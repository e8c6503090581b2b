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

  /// The first stem found at a word start in a text, if any.
  public static func firstMatch(in text: String) -> String? {
    let lowered = text.lowercased()
    var wordStarts: [String.Index] = []
    var previousIsWord = false
    for index in lowered.indices {
      let isWord = isWordCharacter(lowered[index])
      if isWord && !previousIsWord { wordStarts.append(index) }
      previousIsWord = isWord
    }
    for stem in stems where wordStarts.contains(where: { lowered[$0...].hasPrefix(stem) }) {
      return stem
    }
    return nil
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
