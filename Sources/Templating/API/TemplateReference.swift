/// A name a template refers to, where, and inside which sections: what a caller checks
/// against its data model without rendering.
public struct TemplateReference: Sendable, Hashable {
  /// What kind of tag refers to the name.
  public enum Kind: String, Sendable, Hashable {
    case variable, rawVariable, section, invertedSection, partial, parent, block
    /// `{{>*name}}` or `{{<*name}}`: `name` is a data name holding a template name.
    case dynamicTemplate
  }

  /// The name as written (`werkgever.naam`, `.`, `voettekst`).
  public let name: String
  public let kind: Kind
  /// Names of the enclosing sections, outermost first; a reference inside
  /// `{{#activiteiten}}` resolves against each item before the outer data.
  public let sections: [String]
  public let line: Int
  public let column: Int
}

extension Template {
  /// Every name the template refers to, in source order, with its nesting and location.
  public var references: [TemplateReference] {
    var result: [TemplateReference] = []
    let lines = LineTable(source)
    collectReferences(in: nodes, sections: [], lines: lines, into: &result)
    return result
  }

  private func collectReferences(
    in nodes: [Node], sections: [String], lines: LineTable, into result: inout [TemplateReference]
  ) {
    func add(_ name: String, _ kind: TemplateReference.Kind, _ offset: Int) {
      let (line, column) = lines.lineAndColumn(of: offset)
      result.append(
        TemplateReference(name: name, kind: kind, sections: sections, line: line, column: column))
    }
    func addTarget(_ target: TemplateTarget, _ kind: TemplateReference.Kind, _ offset: Int) {
      switch target {
      case .fixed(let name): add(name, kind, offset)
      case .dynamic(let name): add(name.text, .dynamicTemplate, offset)
      }
    }
    for node in nodes {
      switch node {
      case .text:
        break
      case .variable(let name, let isEscaped, let offset):
        add(name.text, isEscaped ? .variable : .rawVariable, offset)
      case .section(let name, let children, let isInverted, let offset):
        add(name.text, isInverted ? .invertedSection : .section, offset)
        collectReferences(
          in: children, sections: sections + [name.text], lines: lines, into: &result)
      case .partial(let target, _, let offset):
        addTarget(target, .partial, offset)
      case .parent(let target, let overrides, _, let offset):
        addTarget(target, .parent, offset)
        for block in overrides.values.sorted(by: { $0.offset < $1.offset }) {
          add(block.name, .block, block.offset)
          collectReferences(in: block.nodes, sections: sections, lines: lines, into: &result)
        }
      case .block(let block):
        add(block.name, .block, block.offset)
        collectReferences(in: block.nodes, sections: sections, lines: lines, into: &result)
      }
    }
  }
}

/// Line starts of a source, so that many offsets map to line and column without rescanning.
struct LineTable {
  private let source: [UInt8]
  private var starts: [Int] = [0]

  init(_ source: [UInt8]) {
    self.source = source
    for (index, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(index + 1)
    }
  }

  func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let column = source[starts[low]..<min(offset, source.count)].reduce(1) {
      $1 & 0xC0 != 0x80 ? $0 + 1 : $0
    }
    return (low + 1, column)
  }
}
