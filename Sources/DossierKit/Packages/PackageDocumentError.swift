/// A package document that cannot be made.
public enum PackageDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--package` names a package no catalog has.
  case unknownPackage(String, known: [String])
  /// The template is missing or failed to render.
  case template(String)

  public var description: String {
    switch self {
    case .unknownPackage(let key, let known):
      "no package \"\(key)\"; packages: \(known.joined(separator: ", "))"
    case .template(let message): message
    }
  }
}
