import DossierKit
import Foundation
import Testing

@Suite("Unified line diffs for golden files")
struct LineDiffTests {
  @Test("equal texts have no diff")
  func equal() {
    #expect(LineDiff.unified("a\nb\n", "a\nb\n", oldName: "a", newName: "b").isEmpty)
  }

  @Test("a changed line shows with three lines of context and hunk ranges")
  func changedLine() {
    let old = (1...10).map { "regel \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "regel 5\n", with: "regel vijf\n")
    #expect(
      LineDiff.unified(old, new, oldName: "Samples/rendered/x.md", newName: "opnieuw/x.md") == """
        --- Samples/rendered/x.md
        +++ opnieuw/x.md
        @@ -2,7 +2,7 @@
         regel 2
         regel 3
         regel 4
        -regel 5
        +regel vijf
         regel 6
         regel 7
         regel 8

        """)
  }

  @Test("insertions, deletions and a missing final newline are all shown")
  func insertAndDelete() {
    let diff = LineDiff.unified("a\nb\nc", "a\nc\nd\n", oldName: "oud", newName: "nieuw")
    #expect(
      diff == """
        --- oud
        +++ nieuw
        @@ -1,3 +1,3 @@
         a
        -b
        -c
        \\ No newline at end of file
        +c
        +d

        """)
  }
}
