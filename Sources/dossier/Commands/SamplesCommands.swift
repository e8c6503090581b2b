import DossierKit
import Foundation

/// `dossier samples check|update`: the golden files CI compares.
enum SamplesCommands {
  static let group = CommandSpec(
    name: "samples", abstract: "Check or update the rendered samples in Samples/rendered.",
    subcommands: [check, update])

  private static let options = [
    OptionSpec(name: "samples", help: "The samples folder (default: Samples).", valueName: "DIR"),
    OptionSpec(
      name: "templates", help: "Templates to render with, over the defaults.", valueName: "DIR"),
  ]

  static let check = CommandSpec(
    name: "check",
    abstract: "Re-render every sample and compare with Samples/rendered; never writes.",
    discussion: """
      Prints a unified diff for every file that differs, and names files that are missing or
      no longer produced. Exit status: 0 no differences, 1 differences, 2 a sample cannot be
      read or rendered.
      """,
    options: options, examples: ["dossier samples check"], run: { run($0, $1, writing: false) })

  static let update = CommandSpec(
    name: "update",
    abstract: "Re-render every sample and rewrite Samples/rendered to match.",
    discussion:
      "Lists what changed. Review `git diff Samples/rendered` like code before committing it.",
    options: options, examples: ["dossier samples update"],
    run: { run($0, $1, writing: true) })

  static func run(_ arguments: ParsedArguments, _ console: Console, writing: Bool) -> ExitCode {
    let folder = console.url(arguments.value("samples") ?? "Samples")
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("rendered").path)
    else {
      console.usageError(
        "\(folder.path): no samples folder with rendered/ here; run from the repository root or give --samples DIR",
        command: arguments.command)
      return .unusable
    }
    // In a checkout, the built-in templates must be those of its Templates/ folder, or the
    // goldens would be compared with (or rewritten from) templates nobody is looking at.
    let checkout = folder.deletingLastPathComponent().appendingPathComponent("Templates")
    if let directory = try? TemplateDirectory(root: checkout) {
      let differing = BuiltInTemplates.shared.differences(from: directory)
      if !differing.isEmpty {
        console.error(
          "\(checkout.path) differs from the templates built into this program (\(differing.prefix(3).joined(separator: ", "))\(differing.count > 3 ? ", …" : "")); run `swift Scripts/embed-templates.swift` and build again",
          command: arguments.command)
        return .unusable
      }
    }
    do {
      let templates = try Loading.templateLibrary(arguments.value("templates"), console: console)
      let samples = SampleSet(folder: folder, templates: templates)
      // The goldens: Samples/rendered, and beside it the docs generated from code.
      var sets = [(name: "Samples/rendered", golden: samples.golden, fresh: try samples.render())]
      let docs = folder.deletingLastPathComponent().appendingPathComponent("docs")
      if FileManager.default.fileExists(atPath: docs.path) {
        let generated = GeneratedDocs(folder: docs)
        sets.append((name: "docs", golden: generated.golden, fresh: try generated.render()))
      }
      let total = sets.reduce(0) { $0 + $1.fresh.count }
      if writing {
        var changed = 0
        for set in sets {
          let changes = try set.golden.update(set.fresh)
          for change in changes { console.output(describe(change, in: set.name) + "\n") }
          changed += changes.count
        }
        console.error("samples: \(changed) files changed of \(total)")
        return .success
      }
      var count = 0
      for set in sets {
        let differences = set.golden.compare(set.fresh)
        for difference in differences {
          if case .changed(_, let diff) = difference {
            console.output(diff)
          } else {
            console.output(describe(difference, in: set.name) + "\n")
          }
        }
        count += differences.count
      }
      console.error("samples: \(count) differences in \(total) files")
      return count == 0 ? .success : .findings
    } catch {
      console.error(error, command: arguments.command)
      return .unusable
    }
  }

  private static func describe(_ difference: GoldenFiles.Difference, in folder: String) -> String {
    let path = folder == "Samples/rendered" ? difference.path : "\(folder)/\(difference.path)"
    return switch difference {
    case .changed: "changed: \(path)"
    case .missing: "new:     \(path) (not in \(folder))"
    case .stale: "stale:   \(path) (no longer produced)"
    }
  }
}
