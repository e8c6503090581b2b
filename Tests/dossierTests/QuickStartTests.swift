import Foundation
import Testing

@testable import dossier

/// The README's quick start promises what `dossier samples check` prints on a clean checkout;
/// this holds the promise to the real run, so the count in the prose cannot go stale.
@Suite struct QuickStartTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func samplesCheckPrintsWhatTheReadmePromises() throws {
    let readme = try String(
      contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let promised = try #require(
      readme.firstMatch(of: /`(samples: 0 differences in \d+ files)`/)?.1,
      "README.md no longer says what success of `dossier samples check` looks like")
    let run = runDossier(["samples", "check"], in: Self.repository)
    #expect(run.status == .success, "\(run.output)")
    #expect(run.error == "\(promised)\n")
  }
}
