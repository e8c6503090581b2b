import Foundation
import Testing

@testable import dossier

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The conventions every command keeps: one error form, usage errors that say where to read
/// more, did-you-mean, values checked once before any file is read.
@Suite struct CLIConventionsTests {
  @Test func helpDescribesItself() {
    let run = runDossier(["help", "help"])
    #expect(run.status == .success)
    #expect(run.output.hasPrefix("Describe a command: its arguments, options and examples.\n"))
    #expect(run.output.contains("usage: dossier help [COMMAND...]"))
    #expect(runDossier(["help"]).output.contains("\n  help      Describe a command"))
  }

  @Test func aMisspelledHelpTopicGetsASuggestion() {
    let run = runDossier(["help", "pakcage"])
    #expect(run.status == .unusable)
    #expect(run.error.hasPrefix("dossier: unknown command 'pakcage'; did you mean 'package'?\n"))
    #expect(run.error.hasSuffix("see `dossier help`\n"))
  }

  @Test func aMisspelledSubcommandNamesItsGroup() {
    let run = runDossier(["package", "qoute"])
    #expect(run.status == .unusable)
    #expect(
      run.error
        == "dossier package: unknown command 'qoute'; did you mean 'quote'?\nusage: dossier package <command>\nsee `dossier help package`\n"
    )
  }

  /// A bad date given with many files is one usage error, before any file is read.
  @Test func aBadReferenceDateIsReportedOnceWithTheUsage() {
    let cases = repository.appendingPathComponent("Samples/cases")
    let files = ["01-hersteld-week-3.json", "02-week-10-pa-en-pva.json", "geen.json"].map {
      cases.appendingPathComponent($0).path
    }
    let run = runDossier(["validate"] + files + ["--on", "2026-02-30"])
    #expect(run.status == .unusable)
    #expect(run.output.isEmpty)
    #expect(
      run.error
        == """
        dossier validate: option '--on': "2026-02-30" does not exist: februari 2026 has 28 days (day 30 given)
        usage: \(HelpGenerator.usage(CaseCommands.validate, path: ["validate"]))
        see `dossier help validate`

        """.replacingOccurrences(of: "usage: usage: ", with: "usage: "))
  }

  @Test(
    "an empty path is refused for every option that names a file or folder",
    arguments: [
      ["render", "x.json", "--out", ""], ["render", "x.json", "--templates="],
      ["template", "render", "t.mustache", "--data", ""], ["samples", "check", "--samples", ""],
    ])
  func emptyPathsAreRefused(_ words: [String]) {
    let run = runDossier(words)
    #expect(run.status == .unusable)
    #expect(run.error.contains("needs a value; an empty one names no file or folder"))
    #expect(
      run.error.hasSuffix(
        "see `dossier help \(words[0] == "render" ? "render" : words.prefix(2).joined(separator: " "))`\n"
      ))
  }

  @Test func optionsThatExcludeEachOtherAreAUsageError() {
    let run = runDossier(["render", "x.json", "--document", "plan-van-aanpak", "--due"])
    #expect(run.status == .unusable)
    #expect(run.error.hasPrefix("dossier render: give --document or --due, not both\nusage: "))
  }

  @Test func anUnknownStepListsTheSteps() {
    let run = runDossier(["validate", "x.json", "--step", "S14"])
    #expect(run.status == .unusable)
    #expect(run.error.contains("option '--step' does not accept 'S14'; expected one of: S1, S2,"))
    #expect(run.error.contains("plan-van-aanpak"))
  }

  @Test func numbersAreCheckedAtParseTime() {
    let run = runDossier([
      "package", "quote", "geen.json", "--package", "x", "--employees", "0",
    ])
    #expect(run.status == .unusable)
    #expect(
      run.error.hasPrefix(
        "dossier package quote: option '--employees' does not accept 0; expected 1 to 1000000\n"))
  }

  /// Every error line a command prints starts with `dossier COMMAND: `.
  @Test func runtimeErrorsCarryTheCommandPrefix() {
    let runs = [
      (runDossier(["validate", "geen.json"]), "dossier validate: geen.json: no such file\n"),
      (runDossier(["timeline", "geen.json"]), "dossier timeline: geen.json: no such file\n"),
      (runDossier(["costs", "geen.json"]), "dossier costs: geen.json: no such file\n"),
      (
        runDossier(["package", "check", "geen.json"]),
        "dossier package check: geen.json: no such file\ncatalogs: 0 findings in 1 file\n"
      ),
    ]
    for (run, expected) in runs {
      #expect(run.status == .unusable)
      #expect(run.error == expected)
    }
  }

  /// A partial overridden in `--templates DIR` is checked in every document that includes it,
  /// reported once, under the folder it comes from; a summary line ends the check.
  @Test func templateCheckFollowsTheUsersFolderIntoTheDocuments() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let partials = folder.appendingPathComponent("mijn/partials")
    try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
    try Data("| Casemanager | {{casemanagr}} |\n".utf8).write(
      to: partials.appendingPathComponent("plan-van-aanpak.md.mustache"))
    let run = runDossier(["template", "check", "--templates", "mijn"], in: folder)
    #expect(run.status == .findings)
    // plan-van-aanpak.md and reintegratieverslag.md both include the partial: one line.
    #expect(
      run.output
        == "mijn/partials/plan-van-aanpak.md.mustache:1:17: no value named \"casemanagr\" in scope; did you mean \"casemanager\"?\n"
    )
    #expect(run.error == "templates: 1 problem in 17 files\n")
  }

  @Test func templateCheckSaysHowManyFilesItChecked() {
    let run = runDossier(["template", "check"])
    #expect(run.status == .success)
    #expect(run.output.isEmpty)
    #expect(run.error.hasPrefix("templates: 0 problems in "))
    let catalogs = runDossier(
      [
        "package", "check",
        repository.appendingPathComponent("Samples/packages/goudse-verzuimvizier-2009.json").path,
      ])
    #expect(catalogs.status == .success)
    #expect(catalogs.error == "catalogs: 0 findings in 1 file\n")
  }

  /// A partial that includes itself outside any section is found without rendering.
  @Test func templateCheckFindsUnconditionalRecursion() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("{{> b}}".utf8).write(to: folder.appendingPathComponent("a.md.mustache"))
    try Data("B\n{{> a}}".utf8).write(to: folder.appendingPathComponent("b.md.mustache"))
    let run = runDossier(["template", "check", "a.md.mustache"], in: folder)
    #expect(run.status == .findings)
    #expect(
      run.output.hasPrefix(
        "b.md.mustache:2:1: \"a.md.mustache\" includes itself with no section around the inclusion (a.md.mustache → b.md.mustache → a.md.mustache)"
      ))
  }
}
