/// A unified diff of two texts by lines, as `diff -u` prints it, for golden-file reports.
public enum LineDiff {
  /// The unified diff from `old` to `new`, or an empty string when they are equal.
  ///
  /// - Parameters:
  ///   - oldName: The label of the `---` line (the committed file).
  ///   - newName: The label of the `+++` line (what rendering produced now).
  ///   - context: Unchanged lines shown around each change.
  public static func unified(
    _ old: String, _ new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    if old == new { return "" }
    let a = lines(old)
    let b = lines(new)
    let edits = script(a, b)
    var output = "--- \(oldName)\n+++ \(newName)\n"
    var index = 0
    while index < edits.count {
      guard edits[index].kind != .same else {
        index += 1
        continue
      }
      // A hunk: from `context` lines before this change to `context` lines after the last
      // change that lies within 2 × context of the previous one.
      let start = max(0, index - context)
      var end = index
      var lastChange = index
      while end < edits.count {
        if edits[end].kind != .same { lastChange = end }
        if end - lastChange > 2 * context { break }
        end += 1
      }
      end = min(edits.count, lastChange + context + 1)
      let hunk = edits[start..<end]
      let oldStart = hunk.first?.oldLine ?? 0
      let newStart = hunk.first?.newLine ?? 0
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
      for edit in hunk {
        switch edit.kind {
        case .same: output += " \(edit.text)\n"
        case .delete: output += "-\(edit.text)\n"
        case .insert: output += "+\(edit.text)\n"
        }
      }
      index = end
    }
    return output
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start + 1)" : "\(count == 0 ? start : start + 1),\(count)"
  }

  /// Lines without their endings; a missing final newline is marked as `diff` does.
  private static func lines(_ text: String) -> [String] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if result.last == "" {
      result.removeLast()
    } else if !result.isEmpty {
      result[result.count - 1] += "\n\\ No newline at end of file"
    }
    return result
  }

  struct Edit {
    enum Kind { case same, delete, insert }
    var kind: Kind
    var text: String
    /// 0-based positions in the old and new text where this edit stands.
    var oldLine: Int
    var newLine: Int
  }

  /// A shortest edit script by longest common subsequence, after trimming the common ends.
  static func script(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let middleA = Array(a[prefix..<(a.count - suffix)])
    let middleB = Array(b[prefix..<(b.count - suffix)])
    let rows = middleA.count + 1
    let columns = middleB.count + 1
    var table = [Int32](repeating: 0, count: rows * columns)
    if !middleA.isEmpty && !middleB.isEmpty {
      for i in stride(from: middleA.count - 1, through: 0, by: -1) {
        for j in stride(from: middleB.count - 1, through: 0, by: -1) {
          table[i * columns + j] =
            middleA[i] == middleB[j]
            ? table[(i + 1) * columns + j + 1] + 1
            : max(table[(i + 1) * columns + j], table[i * columns + j + 1])
        }
      }
    }
    var edits: [Edit] = []
    for k in 0..<prefix { edits.append(Edit(kind: .same, text: a[k], oldLine: k, newLine: k)) }
    var i = 0
    var j = 0
    while i < middleA.count || j < middleB.count {
      if i < middleA.count, j < middleB.count, middleA[i] == middleB[j] {
        edits.append(Edit(kind: .same, text: middleA[i], oldLine: prefix + i, newLine: prefix + j))
        i += 1
        j += 1
      } else if i < middleA.count,
        j == middleB.count || table[(i + 1) * columns + j] >= table[i * columns + j + 1]
      {
        // Deletions before insertions, as `diff -u` prints a changed line.
        edits.append(
          Edit(kind: .delete, text: middleA[i], oldLine: prefix + i, newLine: prefix + j))
        i += 1
      } else {
        edits.append(
          Edit(kind: .insert, text: middleB[j], oldLine: prefix + i, newLine: prefix + j))
        j += 1
      }
    }
    for k in 0..<suffix {
      let oldLine = a.count - suffix + k
      edits.append(
        Edit(kind: .same, text: a[oldLine], oldLine: oldLine, newLine: b.count - suffix + k))
    }
    return edits
  }
}
