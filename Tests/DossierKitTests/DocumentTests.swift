import DossierKit
import Foundation
import Poortwachter
import Templating
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

/// The document pipeline on the real sample cases and the default templates.
@Suite struct DocumentTests {
  let templates: DocumentTemplates
  let renderer: DocumentRenderer

  init() throws {
    let defaults = try TemplateDirectory(root: repository.appendingPathComponent("Templates"))
    templates = DocumentTemplates(library: TemplateLibrary(defaults: defaults))
    renderer = DocumentRenderer(templates: templates)
  }

  static func sample(_ name: String) throws -> Verzuimdossier {
    let data = try Data(contentsOf: repository.appendingPathComponent("Samples/cases/\(name)"))
    return try Verzuimdossier.decode(from: data)
  }

  static var sampleNames: [String] {
    ((try? FileManager.default.contentsOfDirectory(
      atPath: repository.appendingPathComponent("Samples/cases").path)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test func theDefaultTemplatesMatchTheirDocuments() {
    #expect(templates.issues() == [])
  }

  /// Each kind is reached, complete and valid, by at least one sample case.
  @Test(arguments: DocumentKind.allCases)
  func everyKindRendersFromASample(_ kind: DocumentKind) throws {
    var rendered: [String] = []
    for name in Self.sampleNames {
      let dossier = try Self.sample(name)
      guard kind.isPresent(in: dossier), let peildatum = dossier.peildatum else { continue }
      let outcome = try renderer.render(
        kind, formats: DocumentFormat.allCases, dossier: dossier, on: peildatum, draft: false)
      if case .rendered(let documents) = outcome {
        #expect(documents.count == 2)
        #expect(documents.allSatisfy { !$0.isDraft && !$0.bytes.isEmpty })
        rendered.append(name)
      }
    }
    #expect(!rendered.isEmpty, "no sample case renders \(kind.templateName) as a final document")
  }

  @Test func everyRenderedHTMLDocumentIsWellFormedHTML5() throws {
    let samples = SampleSet(
      folder: repository.appendingPathComponent("Samples"), templates: templates.library)
    let outputs = try samples.render().filter {
      $0.key.hasPrefix("documenten/") && $0.key.hasSuffix(".html")
    }
    #expect(outputs.count >= 20)
    for (path, bytes) in outputs.sorted(by: { $0.key < $1.key }) {
      let problems = HTMLStructure.problems(in: String(decoding: bytes, as: UTF8.self))
      #expect(problems.isEmpty, "\(path): \(problems)")
    }
  }

  @Test func metacharactersInCaseValuesComeOutLiteral() throws {
    var dossier = try Self.sample("02-week-10-pa-en-pva.json")
    let nasty =
      #"<script>alert("x")</script> & *vet* _schuin_ | pijp [link](http://x) `code` \ 1. # kop"#
    dossier.planVanAanpak?.visieWerkgever = nasty
    dossier.planVanAanpak?.activiteiten?[0].omschrijving = "- lijst | cel"
    let peildatum = try #require(dossier.peildatum)
    guard
      case .rendered(let documents) = try renderer.render(
        .planVanAanpak, formats: DocumentFormat.allCases, dossier: dossier, on: peildatum,
        draft: false)
    else {
      Issue.record("plan van aanpak refused")
      return
    }
    let html = try #require(documents.first { $0.format == .html }).bytes
    let htmlText = String(decoding: html, as: UTF8.self)
    #expect(htmlText.contains(#"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *vet*"#))
    #expect(!htmlText.contains("<script"))
    #expect(HTMLStructure.problems(in: htmlText).isEmpty)
    let markdown = String(
      decoding: try #require(documents.first { $0.format == .markdown }).bytes, as: UTF8.self)
    #expect(markdown.contains(#"\<script\>"#) || markdown.contains("&lt;script"))
    #expect(markdown.contains(#"\*vet\*"#))
    #expect(markdown.contains(#"\_schuin\_"#))
    #expect(markdown.contains(#"\| pijp \[link\]"#))
    #expect(markdown.contains(#"| \- lijst \| cel |"#))
  }

  @Test func aDocumentThatDoesNotValidateIsRefusedUnlessDraft() throws {
    let dossier = try Self.sample("09-dossier-met-fouten.json")
    let peildatum = try #require(dossier.peildatum)
    guard
      case .refused(_, let findings) = try renderer.render(
        .probleemanalyse, formats: [.markdown], dossier: dossier, on: peildatum, draft: false)
    else {
      Issue.record("expected a refusal")
      return
    }
    #expect(findings.map(\.code).contains("ID-BSN"))
    guard
      case .rendered(let drafts) = try renderer.render(
        .probleemanalyse, formats: [.markdown, .html], dossier: dossier, on: peildatum, draft: true)
    else {
      Issue.record("expected a draft")
      return
    }
    #expect(drafts.allSatisfy { $0.isDraft })
    #expect(drafts.allSatisfy { $0.fileName.contains(".concept.") })
    let text = String(decoding: drafts[0].bytes, as: UTF8.self)
    #expect(text.contains("**CONCEPT**"))
    #expect(text.contains("ID-BSN"))
    let html = String(decoding: drafts[1].bytes, as: UTF8.self)
    #expect(html.contains("<div class=\"concept\">"))
  }

  @Test func medicalWordsRefuseEvenADraft() throws {
    let dossier = try Self.sample("09-dossier-met-fouten.json")
    let outcome = try renderer.render(
      .planVanAanpak, formats: [.markdown], dossier: dossier, on: try #require(dossier.peildatum),
      draft: true)
    guard case .refused(_, let findings) = outcome else {
      Issue.record("a plan with a medical term must not render, even as a draft")
      return
    }
    #expect(findings.map(\.code) == ["PRIV-DENY"])
  }

  @Test func aDocumentTheCaseDoesNotHoldIsRefused() throws {
    let dossier = try Self.sample("02-week-10-pa-en-pva.json")
    let outcome = try renderer.render(
      .eindevaluatie, formats: [.markdown], dossier: dossier, on: try #require(dossier.peildatum),
      draft: false)
    guard case .refused(_, let findings) = outcome else {
      Issue.record("expected a refusal")
      return
    }
    #expect(findings.first?.rule == .docData)
  }

  @Test func fileNamesComeFromTheReferenceNeverTheBSN() throws {
    for name in Self.sampleNames {
      let dossier = try Self.sample(name)
      for kind in DocumentKind.allCases {
        let file = DocumentRenderer.fileName(
          referentie: dossier.referentie, kind: kind, format: .html, isDraft: false)
        #expect(file.hasPrefix(dossier.referentie.filter { $0 != "/" }))
        if let bsn = dossier.werknemer.bsn { #expect(!file.contains(bsn)) }
      }
    }
    #expect(
      DocumentRenderer.fileName(
        referentie: "../x y", kind: .planVanAanpak, format: .markdown, isDraft: true)
        == "---x-y_plan-van-aanpak.concept.md")
  }

  @Test func parallelRenderingEqualsSerial() throws {
    var jobs: [DocumentBatch.Job] = []
    for name in Self.sampleNames {
      let dossier = try Self.sample(name)
      jobs.append(
        DocumentBatch.Job(name: name, dossier: dossier, peildatum: try #require(dossier.peildatum)))
    }
    let batch = DocumentBatch(
      renderer: renderer, selection: .due, formats: DocumentFormat.allCases, draft: true)
    let parallel = batch.render(jobs)
    let serial = jobs.map(batch.render)
    #expect(parallel.map(\.job) == serial.map(\.job))
    #expect(parallel.map(\.documents) == serial.map(\.documents))
  }

  @Test func templateProblemsAreReportedWhereTheyAre() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossierkit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let source =
      "{{>partials/kop}}\n{{#planVanAanpak}}{{casemanagr}}{{/planVanAanpak}}\n{{>partials/bestaat-niet}}\n{{bedrijfsartsDossier.medischeInformatie.diagnose}}\n"
    try Data(source.utf8).write(to: folder.appendingPathComponent("plan-van-aanpak.md.mustache"))
    let defaults = try TemplateDirectory(root: repository.appendingPathComponent("Templates"))
    let library = TemplateLibrary(custom: try TemplateDirectory(root: folder), defaults: defaults)
    let user = DocumentTemplates(library: library)
    let template = try user.template(.planVanAanpak, .markdown)
    let issues = user.issues(of: template, kind: .planVanAanpak).map(\.description)
    #expect(issues.count == 3)
    #expect(
      issues.contains {
        $0.hasPrefix("plan-van-aanpak.md.mustache:2:19: ")
          && $0.contains("did you mean \"casemanager\"")
      })
    #expect(
      issues.contains {
        $0.hasPrefix("plan-van-aanpak.md.mustache:3:1: ") && $0.contains("partials/bestaat-niet")
      })
    #expect(
      issues.contains {
        $0.hasPrefix("plan-van-aanpak.md.mustache:4:1: ") && $0.contains("medical field")
      })
    // The renderer refuses a library with problems before any document is made.
    #expect(!user.issues().isEmpty)
  }
}
