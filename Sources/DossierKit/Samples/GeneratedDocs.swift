public import Foundation

/// Documentation generated from the code (`docs/rules.md` from the rule catalog), checked and
/// written with the samples so that it cannot drift from what the program does.
public struct GeneratedDocs: Sendable {
  /// The docs folder of a checkout (`docs/`).
  public let folder: URL

  public init(folder: URL) {
    self.folder = folder
  }

  /// The generated files, by path under the docs folder.
  public func render() -> [String: [UInt8]] {
    ["rules.md": Array(RuleCatalogReport().markdown().utf8)]
  }

  /// Only the generated files are compared; the hand-written docs beside them are not outputs.
  public var golden: GoldenFiles { GoldenFiles(folder: folder, ownsFolder: false) }
}
