import Foundation

/// JSON the tool writes: sorted keys, pretty printed, a final newline, so output is the same
/// bytes on every run and diffs well in review.
public enum JSONText {
  public static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
