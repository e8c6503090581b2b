/// "Did you mean": the candidate nearest to a misspelt name, if it is near enough.
///
/// `package`, not public: the engine (missing names) and the domain (catalog keys) share it
/// without making it part of StrictJSON's API.
package enum NameSuggestion {
  package static func closest(to wanted: String, among candidates: [String]) -> String? {
    let limit = max(1, min(3, wanted.count / 3))
    var best: (name: String, distance: Int)? = nil
    for candidate in Set(candidates).sorted() {
      let distance = editDistance(
        Array(wanted.lowercased().utf8), Array(candidate.lowercased().utf8))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions, transpositions.
  package static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = Swift.min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
