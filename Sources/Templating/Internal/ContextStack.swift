import StrictJSON

/// How a name resolved against the context stack.
enum Resolution {
  case found(TemplateValue)
  /// The segment at this index found nothing (0: no frame holds the first segment).
  case missing(segment: Int)
}

extension Array where Element == TemplateValue {
  /// Mustache lookup: the first segment searches the stack from the top; the rest resolve
  /// only against their parent. A null part way along is a nil optional: the result is null.
  func resolve(_ name: Name) -> Resolution {
    guard let first = name.segments.first else { return .found(last ?? .null) }
    var current: TemplateValue? = nil
    var frame = count - 1
    while frame >= 0 {
      if case .object(let object) = self[frame], let value = object[first] {
        current = value
        break
      }
      frame -= 1
    }
    guard var value = current else { return .missing(segment: 0) }
    var index = 1
    while index < name.segments.count {
      switch value {
      case .object(let object):
        guard let next = object[name.segments[index]] else { return .missing(segment: index) }
        value = next
      case .null:
        return .found(.null)
      default:
        return .missing(segment: index)
      }
      index += 1
    }
    return .found(value)
  }

  /// A close name for a "did you mean": among all names in scope for the first segment, or
  /// the parent's members for a later one.
  func suggestion(for name: Name, missingAt segment: Int) -> String? {
    let wanted = name.segments[segment]
    var candidates: [String] = []
    if segment == 0 {
      for case .object(let object) in self { candidates += object.keys }
    } else {
      let parent = Name(name.segments.prefix(segment).joined(separator: "."))
      if case .found(.object(let object)) = resolve(parent) { candidates = object.keys }
    }
    guard let best = NameSuggestion.closest(to: wanted, among: candidates) else { return nil }
    return (name.segments.prefix(segment) + [best]).joined(separator: ".")
  }
}
