public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files written as one set: all of them, or none.
///
/// Every file is first staged beside its target under a hidden temporary name; only when all
/// are staged are they renamed into place, and a file they replace is kept aside until the
/// last rename has succeeded. A failure at any point removes what was staged and puts back
/// what was replaced, so a folder never holds half of a batch.
public enum FileSet {
  public struct Entry: Sendable {
    public var url: URL
    /// The content; rendered documents hand over their bytes without a copy.
    public var bytes: [UInt8]

    public init(url: URL, bytes: [UInt8]) {
      self.url = url
      self.bytes = bytes
    }

    public init(url: URL, data: Data) {
      self.init(url: url, bytes: Array(data))
    }
  }

  /// - Parameter shownAs: How to name a target in an error (the path as the user wrote it).
  /// - Throws: `FileSetError` naming the first file that could not be written; then nothing
  ///   of the set is in place.
  public static func write(_ entries: [Entry], shownAs: (URL) -> String) throws(FileSetError) {
    var staged: [(temporary: URL, target: URL)] = []
    func discardStaged() {
      for file in staged { unlink(file.temporary.path) }
    }
    for entry in entries {
      let folder = entry.url.deletingLastPathComponent()
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
          discardStaged()
          throw FileSetError(path: shownAs(folder), problem: "is a file, not a folder")
        }
      } else {
        do {
          try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
          discardStaged()
          throw FileSetError(path: shownAs(folder), problem: "the folder cannot be created")
        }
      }
      let temporary = folder.appendingPathComponent(
        ".\(entry.url.lastPathComponent).\(UUID().uuidString).tmp")
      guard writeNew(entry.bytes, to: temporary.path) else {
        unlink(temporary.path)
        discardStaged()
        throw FileSetError(path: shownAs(entry.url), problem: "cannot be written")
      }
      staged.append((temporary, entry.url))
    }
    // Commit: keep each file a rename replaces under a backup name until all are in place.
    var committed: [(target: URL, backup: URL?)] = []
    for file in staged {
      var backup: URL? = nil
      if FileManager.default.fileExists(atPath: file.target.path) {
        let aside = file.target.deletingLastPathComponent().appendingPathComponent(
          ".\(file.target.lastPathComponent).\(UUID().uuidString).old")
        if link(file.target.path, aside.path) == 0 { backup = aside }
      }
      guard rename(file.temporary.path, file.target.path) == 0 else {
        if let backup { unlink(backup.path) }
        // Undo: put back what was replaced, remove what was new, drop the rest of the stage.
        for done in committed.reversed() {
          if let backup = done.backup {
            rename(backup.path, done.target.path)
          } else {
            unlink(done.target.path)
          }
        }
        for rest in staged where !committed.contains(where: { $0.target == rest.target }) {
          unlink(rest.temporary.path)
        }
        throw FileSetError(path: shownAs(file.target), problem: "cannot be put in place")
      }
      committed.append((file.target, backup))
    }
    for done in committed { if let backup = done.backup { unlink(backup.path) } }
  }
}

/// A file of a set that could not be written; nothing of the set was left in place.
public struct FileSetError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problem: String
  public var description: String { "\(path): \(problem); nothing of this set was written" }
}

/// Creates the file at `path` with `bytes`, straight from the array (no `Data` copy of a
/// document that may be hundreds of megabytes); false when it cannot be written whole.
private func writeNew(_ bytes: [UInt8], to path: String) -> Bool {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
  guard descriptor >= 0 else { return false }
  let isWritten = bytes.withUnsafeBytes { buffer -> Bool in
    var offset = 0
    while offset < buffer.count {
      guard let start = buffer.baseAddress else { return false }
      let written = write(descriptor, start + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
  return close(descriptor) == 0 && isWritten
}
