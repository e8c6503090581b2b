/// Why JSON input was refused, where in the document, and at which line and column.
///
/// Casemanagers write case and catalog files by hand, so every refusal must let them find and
/// fix the spot without reading Swift: `reason` is data for code that switches on it, `path`
/// and `position` locate it, and `description` puts it in one line:
///
///     12:7: $.verzuimperiodes[0].eersteZiekedag: unknown key "eersteZiekedag"; did you mean
///     "eersteZiektedag"?
public struct StrictJSONError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, as data; `message` puts it into words.
  public enum Reason: Sendable, Equatable {
    /// The text is not JSON (RFC 8259); the string says what was expected.
    case syntax(String)
    /// A value of the wrong kind, e.g. `expected: "a string", found: "a number"`.
    case typeMismatch(expected: String, found: String)
    /// A required key is absent from the object at `path`.
    case missingKey(String)
    /// A key no decoding type asked for: usually a typo, which would otherwise silently
    /// drop the value. `suggestion` is the nearest key that was asked for, if near enough.
    case unknownKey(String, suggestion: String?)
    /// The same key twice in one object; JSON leaves the meaning undefined, so we refuse.
    case duplicateKey(String)
    /// A type rejected the value (e.g. an impossible date); the string is the type's own words.
    case invalidValue(String)
    /// The number literal does not fit the wanted numeric type; the string is the literal.
    case numberOutOfRange(String)
    /// A string that is not one of an enumeration's values (``JSONSchemaEnumeration``);
    /// `suggestion` is the nearest allowed value, if near enough.
    case notAnAllowedValue(String, allowed: [String], suggestion: String?)
  }

  public var reason: Reason
  /// JSONPath-like location: `$`, `$.werknemer.bsn`, `$.verzuimperiodes[0].eersteZiektedag`;
  /// keys that are not plain identifiers are bracketed: `$["met spatie"]`. Empty if unknown.
  public var path: String
  /// Where the offending value, key or character starts, when known.
  public var position: JSONPosition?

  public init(_ reason: Reason, path: String = "", position: JSONPosition? = nil) {
    self.reason = reason
    self.path = path
    self.position = position
  }
}

extension StrictJSONError {
  /// The reason in one English line, e.g. `missing key "bsn"` or
  /// `expected a string, found a number`.
  public var message: String {
    let text: String
    switch reason {
    case .syntax(let detail): text = detail
    case .typeMismatch(let expected, let found): text = "expected \(expected), found \(found)"
    case .missingKey(let key): text = "missing key \(quoted(key))"
    case .unknownKey(let key, let suggestion?):
      text = "unknown key \(quoted(key)); did you mean \(quoted(suggestion))?"
    case .unknownKey(let key, nil): text = "unknown key \(quoted(key))"
    case .duplicateKey(let key): text = "duplicate key \(quoted(key))"
    case .invalidValue(let detail): text = detail
    case .numberOutOfRange(let literal): text = "number \(literal) is out of range"
    case .notAnAllowedValue(let value, let allowed, let suggestion):
      text =
        "\(quoted(value)) is not an allowed value; expected one of: \(allowed.map(quoted).joined(separator: ", "))"
        + (suggestion.map { "; did you mean \(quoted($0))?" } ?? "")
    }
    // A type's own debugDescription may span lines; the one-line promise is kept here.
    guard text.contains(where: \.isNewline) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// `line:column: path: message`, leaving out whatever is unknown.
  public var description: String {
    var parts: [String] = []
    if let position { parts.append(position.description) }
    if !path.isEmpty { parts.append(path) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }
}

/// A key as JSON would write it, so stray quotes or spaces in a key stay visible.
private func quoted(_ key: String) -> String {
  var result = "\""
  for scalar in key.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    case "\r": result += "\\r"
    case let control where control.value < 0x20:
      let hex = String(control.value, radix: 16, uppercase: true)
      result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
