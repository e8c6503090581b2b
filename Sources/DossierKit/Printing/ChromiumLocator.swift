public import Foundation

/// Finds the headless Chromium that prints PDFs, at run time: the build needs none, and
/// Markdown and HTML never do.
public enum ChromiumLocator {
  /// The environment variable naming the browser executable.
  public static let variable = "DOSSIER_CHROMIUM"
  /// The names looked for on `PATH`, in order.
  public static let names = ["chromium", "chromium-browser", "google-chrome"]

  /// The executable: the explicit path (`--chromium`) if given, else `DOSSIER_CHROMIUM`, else
  /// the first of `names` on `PATH`. A path given explicitly must be an executable file; it
  /// is never silently replaced by another browser.
  public static func find(
    explicit: String?, environment: [String: String], currentDirectory: URL
  ) throws(ChromiumNotFound) -> URL {
    func resolve(_ path: String) -> URL {
      path.hasPrefix("/")
        ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }
    if let explicit {
      let url = resolve(explicit)
      guard isExecutableFile(url) else {
        throw ChromiumNotFound(reason: "--chromium \(explicit): no executable file there")
      }
      return url
    }
    if let named = environment[variable], !named.isEmpty {
      let url = resolve(named)
      guard isExecutableFile(url) else {
        throw ChromiumNotFound(reason: "\(variable)=\(named): no executable file there")
      }
      return url
    }
    let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where !folder.isEmpty {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        if isExecutableFile(url) { return url }
      }
    }
    throw ChromiumNotFound(
      reason: "no \(names.joined(separator: ", ")) on PATH and \(variable) is not set")
  }

  static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
  }
}

/// No browser to print with: what was tried, and how to get one.
public struct ChromiumNotFound: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: String
  /// The message's first words, the same whatever was tried.
  public static let headline = "PDF needs a headless Chromium, and none was found"

  public var description: String {
    """
    \(Self.headline) (\(reason)).
    Install one (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; \
    macOS: brew install --cask chromium), or name it with --chromium PATH or \
    \(ChromiumLocator.variable)=PATH. Markdown and HTML need no browser.
    """
  }
}
