import Foundation
import Templating

/// The shared engine workload (../shared/bench/workload): the plan-van-aanpak page with its
/// footer partial, rendered from the small and the large case.
struct EngineBenchmark {
  var workload: URL
  var seconds: Double
  var parseSeconds: Double

  /// Normalized checksums every peer engine produced (../shared/bench/README.md).
  static let peerChecksums = ["small": "428555e7163b8487", "large": "a9b88ee8d85c395b"]

  func run() throws -> [String] {
    let pageSource = try String(
      contentsOf: workload.appendingPathComponent("plan-van-aanpak.html.mustache"), encoding: .utf8)
    let footerSource = try String(
      contentsOf: workload.appendingPathComponent("voettekst.html.mustache"), encoding: .utf8)
    var lines: [String] = []

    let compile = try measure(target: parseSeconds) {
      let page = try Template(pageSource, name: "plan-van-aanpak.html.mustache")
      let footer = try Template(footerSource, name: "voettekst.html.mustache")
      return page.nodeCount + footer.nodeCount
    }
    lines.append("phase=compile templates_per_s=\(Int(compile.perSecond.rounded()))")

    let page = try Template(pageSource, name: "plan-van-aanpak.html.mustache")
    let partials = TemplateSet([try Template(footerSource, name: "voettekst.html.mustache")])
    for name in ["small", "large"] {
      let json = try Data(contentsOf: workload.appendingPathComponent("case-\(name).json"))
      let data = try JSONDecoder().decode(TemplateValue.self, from: json)
      let output = try page.renderBytes(data, partials: partials)
      let result = try measure(target: seconds) {
        try page.renderBytes(data, partials: partials).count
      }
      let megabytes = result.perSecond * Double(output.count) / 1_000_000
      let checksum = fnv1a64(normalized(String(decoding: output, as: UTF8.self)))
      let content = checksum == Self.peerChecksums[name] ? "same" : "DIFFERENT"
      lines.append(
        "case=\(name) renders_per_s=\(format(result.perSecond)) mb_per_s=\(format(megabytes)) "
          + "bytes=\(output.count) norm_checksum=\(checksum) content_vs_peers=\(content)")
    }
    return lines
  }
}

func format(_ value: Double) -> String {
  value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
}
