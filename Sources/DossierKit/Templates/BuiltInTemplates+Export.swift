public import Foundation

extension BuiltInTemplates {
  /// Writes every built-in template under `folder`, in the layout of `Templates/`
  /// (`partials/…`), for a template author to start from and use with `--templates`.
  ///
  /// Nothing is written unless everything can be: existing files are refused up front unless
  /// `replacing` is true, and each file is written whole (`AtomicFile`).
  ///
  /// - Returns: The relative paths written, sorted.
  /// - Throws: `TemplateExportError` naming the files in the way or the one that failed.
  public func export(to folder: URL, replacing: Bool) throws(TemplateExportError) -> [String] {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      throw .notAFolder(folder.path)
    }
    let paths = templatePaths
    if !replacing {
      let existing = paths.filter {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
      }
      if !existing.isEmpty { throw .wouldReplace(existing) }
    }
    for path in paths {
      let url = folder.appendingPathComponent(path)
      do {
        try AtomicFile.write(Data((text(at: path) ?? "").utf8), to: url)
      } catch {
        throw .unwritable(path, reason: systemReason(error))
      }
    }
    return paths
  }
}

/// Why `BuiltInTemplates.export` wrote nothing, or stopped.
public enum TemplateExportError: Error, Equatable, Sendable {
  /// The target exists and is not a folder.
  case notAFolder(String)
  /// These templates exist already in the folder (relative paths); nothing was written.
  case wouldReplace([String])
  /// This template could not be written.
  case unwritable(String, reason: String)
}

/// The operating system's reason under a file system error ("Not a directory"), without
/// Foundation's domain and code.
private func systemReason(_ error: any Error) -> String {
  let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error)
    .map { $0 as NSError }
  if let underlying, underlying.domain == NSPOSIXErrorDomain {
    return String(cString: strerror(Int32(underlying.code)))
  }
  return "the file system refused it"
}
