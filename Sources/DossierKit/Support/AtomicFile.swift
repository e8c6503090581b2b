public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files whole or not at all: to a temporary file beside the target, then a rename.
public enum AtomicFile {
  /// Writes `data` to `url`, creating the parent folder if needed.
  ///
  /// - Throws: `CocoaError` from the file system when the folder cannot be made or the file
  ///   cannot be written or renamed; the target is then untouched.
  public static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
      // rename(2) replaces the target in one step; readers see the old file or the new one.
      guard rename(temporary.path, url.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }

  /// Writes `data` to `url` whole, only if nothing is there yet: `link(2)` of a finished
  /// temporary file fails when the target exists, so a file made meanwhile is never replaced.
  ///
  /// - Returns: false, writing nothing, when `url` already exists.
  public static func create(_ data: Data, at url: URL) throws -> Bool {
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    defer { try? FileManager.default.removeItem(at: temporary) }
    try data.write(to: temporary)
    guard link(temporary.path, url.path) == 0 else {
      if errno == EEXIST { return false }
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
    return true
  }
}
