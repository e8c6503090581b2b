import Kalender
import Poortwachter

/// A case's timeline as an inline SVG bar: the 104 weeks of the wachttijd (or the extended
/// one), its phases shaded, today's line, and each deadline a marker whose colour and shape say
/// its state, with a `<title>` holding the step in words.
///
/// Positions count sick days as the law does (samentelling, WAZO left out), so a marker sits at
/// the ziekteweek the timeline gives it. Shapes differ as well as colours (WCAG 1.4.1), every
/// colour has at least 3:1 contrast with the bar (WCAG 1.4.11), and the SVG carries a title and
/// a description; the step table beside it holds the same facts as text.
struct CaseloadTimelinePicture {
  let entry: CaseloadEntry
  /// Unique within the page: prefixes the ids of the SVG's title and description.
  let id: String

  static let width = 1000.0
  static let height = 84.0
  static let left = 12.0
  static let right = 988.0
  static let barTop = 36.0
  static let barHeight = 18.0
  static var barMiddle: Double { barTop + barHeight / 2 }

  /// The marker states of the legend, in its order.
  enum Mark: CaseIterable {
    case done, open, soon, late, informative

    var label: String {
      switch self {
      case .done: "gedaan"
      case .open: "open"
      case .soon: "open, binnen de termijn van dit overzicht"
      case .late: "te laat"
      case .informative: "ter informatie (UWV)"
      }
    }

    var cssClass: String {
      switch self {
      case .done: "m-gedaan"
      case .open: "m-open"
      case .soon: "m-binnenkort"
      case .late: "m-te-laat"
      case .informative: "m-info"
      }
    }

    /// The marker's shape centred on (x, y), without a title.
    func shape(x: Double, y: Double) -> String {
      switch self {
      case .done:
        "<circle class=\"\(cssClass)\" cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"5.5\">"
      case .open:
        "<circle class=\"\(cssClass)\" cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"5\">"
      case .soon:
        "<polygon class=\"\(cssClass)\" points=\"\(svgNumber(x)),\(svgNumber(y - 7)) \(svgNumber(x + 7)),\(svgNumber(y)) \(svgNumber(x)),\(svgNumber(y + 7)) \(svgNumber(x - 7)),\(svgNumber(y))\">"
      case .late:
        "<rect class=\"\(cssClass)\" x=\"\(svgNumber(x - 5.5))\" y=\"\(svgNumber(y - 5.5))\" width=\"11\" height=\"11\">"
      case .informative:
        "<polygon class=\"\(cssClass)\" points=\"\(svgNumber(x)),\(svgNumber(y - 6)) \(svgNumber(x + 5.5)),\(svgNumber(y + 4)) \(svgNumber(x - 5.5)),\(svgNumber(y + 4))\">"
      }
    }

    var closingTag: String {
      switch self {
      case .done, .open: "</circle>"
      case .soon, .informative: "</polygon>"
      case .late: "</rect>"
      }
    }
  }

  /// The phases of the bar: counted-day ranges and names.
  static let phases: [(from: Int, to: Int, fase: CaseloadFase)] = [
    (0, 42, .ziekgemeld), (42, 56, .planVolgt), (56, 364, .planLoopt), (364, 637, .tweedeJaar),
    (637, 728, .wiaAanvraag),
  ]

  /// The SVG element, or nil when the case has no sick period on the reference date.
  func svg(escape: (String) -> String) -> String? {
    guard let tijdvak = entry.timeline.tijdvak else { return nil }
    let timeline = entry.timeline
    let end = timeline.eindeWachttijd.map { tijdvak.dayCount(through: $0) } ?? 728
    let lastDue =
      timeline.steps.compactMap { $0.due.map { tijdvak.dayCount(through: $0) } }.max() ?? 0
    let totalDays = max(728, end, lastDue)
    let scale = (Self.right - Self.left) / Double(totalDays)
    func x(days: Int) -> Double { Self.left + Double(min(max(days, 0), totalDays)) * scale }
    func x(_ date: CalendarDate) -> Double { x(days: tijdvak.dayCount(through: date)) }

    let weeks = (totalDays + 6) / 7
    let titleID = "\(id)-titel"
    let descID = "\(id)-uitleg"
    var out: [String] = []
    out.append(
      "<svg class=\"tijdlijn\" viewBox=\"0 0 \(svgNumber(Self.width)) \(svgNumber(Self.height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">"
    )
    out.append("<title id=\"\(titleID)\">Tijdlijn van \(escape(entry.referentie))</title>")
    out.append("<desc id=\"\(descID)\">\(escape(description(weeks: weeks)))</desc>")
    out.append(
      "<rect class=\"balk\" x=\"\(svgNumber(Self.left))\" y=\"\(svgNumber(Self.barTop))\" width=\"\(svgNumber(Self.right - Self.left))\" height=\"\(svgNumber(Self.barHeight))\"></rect>"
    )
    var phases = Self.phases
    if totalDays > 728 { phases.append((728, totalDays, .verlengd)) }
    for phase in phases {
      let current = phase.fase == entry.fase
      let from = x(days: phase.from)
      out.append(
        "<rect class=\"\(current ? "fase fase-nu" : "fase")\" x=\"\(svgNumber(from))\" y=\"\(svgNumber(Self.barTop))\" width=\"\(svgNumber(x(days: phase.to) - from))\" height=\"\(svgNumber(Self.barHeight))\"><title>\(escape("\(phase.fase.dutch): week \(phase.from / 7 + 1) tot \((phase.to + 6) / 7)\(current ? " (huidige fase)" : "")"))</title></rect>"
      )
    }
    for week in stride(from: 0, through: weeks, by: 13) {
      let at = x(days: week * 7)
      out.append(
        "<line class=\"as\" x1=\"\(svgNumber(at))\" y1=\"\(svgNumber(Self.barTop + Self.barHeight))\" x2=\"\(svgNumber(at))\" y2=\"\(svgNumber(Self.barTop + Self.barHeight + 4))\"></line>"
      )
      out.append(
        "<text class=\"as\" x=\"\(svgNumber(at))\" y=\"\(svgNumber(Self.barTop + Self.barHeight + 15))\" text-anchor=\"\(week == 0 ? "start" : "middle")\">\(week == 0 ? "week 1" : "\(week)")</text>"
      )
    }
    let today = x(timeline.peildatum)
    out.append(
      "<line class=\"vandaag\" x1=\"\(svgNumber(today))\" y1=\"\(svgNumber(Self.barTop - 34))\" x2=\"\(svgNumber(today))\" y2=\"\(svgNumber(Self.barTop + Self.barHeight + 4))\"><title>\(escape("vandaag: \(timeline.peildatum.dutch), ziekteweek \(timeline.ziekteweek)"))</title></line>"
    )
    let anchor = today < 80 ? "start" : (today > Self.width - 80 ? "end" : "middle")
    out.append(
      "<text class=\"vandaag\" x=\"\(svgNumber(today))\" y=\"\(svgNumber(Self.height - 2))\" text-anchor=\"\(anchor)\">vandaag, week \(timeline.ziekteweek)</text>"
    )
    // Markers on the same spot stack upwards, so each keeps its own title.
    var placed: [Double] = []
    for step in timeline.steps {
      guard let due = step.due, let mark = mark(step) else { continue }
      let at = x(due)
      let level = placed.count { abs($0 - at) < 10 }
      placed.append(at)
      let y = Self.barMiddle - Double(level) * 11
      out.append(
        mark.shape(x: at, y: y)
          + "<title>\(escape(Caseload.stepLine(step)))</title>" + mark.closingTag)
    }
    out.append("</svg>")
    return out.joined(separator: "\n")
  }

  /// The state a step's marker shows; nil for a step that does not apply.
  func mark(_ step: TimelineStep) -> Mark? {
    switch step.state {
    case .done: .done
    case .overdue: .late
    case .due(let days): days <= entry.horizon ? .soon : .open
    case .informative: .informative
    case .notApplicable: nil
    }
  }

  /// The picture in one sentence, for screen readers.
  func description(weeks: Int) -> String {
    var parts = [
      "Ziekteweek \(entry.ziekteweek) van \(weeks)", "fase: \(entry.fase.dutch)",
      "\(entry.overdueSteps.count) te laat",
      "\(entry.dueSoonSteps.count) binnen \(Caseload.days(entry.horizon))",
    ]
    parts.append(
      entry.nextStep.map { "volgende stap: \(Caseload.stepLine($0))" } ?? "geen open stap")
    return parts.joined(separator: "; ") + "."
  }
}

/// A coordinate with at most one decimal, without a trailing `.0`: same bytes on every machine.
func svgNumber(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  let sign = tenths < 0 ? "-" : ""
  let magnitude = abs(tenths)
  return magnitude % 10 == 0
    ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
}
