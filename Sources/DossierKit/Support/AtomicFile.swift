public import Foundation

/// Writes files whole or not at all: to a temporary file beside the target, then a rename.
public enum AtomicFile {
  /// Writes `data` to `url`, creating the parent folder if needed.
  ///
  /// - Throws: `CocoaError` from the file system when the folder cannot be made or the file
  ///   cannot be written or renamed; the target is then untouched.
  public static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
      if FileManager.default.fileExists(atPath: url.path) {
        _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
      } else {
        try FileManager.default.moveItem(at: temporary, to: url)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
