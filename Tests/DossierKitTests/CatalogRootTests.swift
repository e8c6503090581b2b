import Foundation
import Pakketten
import Poortwachter
import StrictJSON
import Testing

@testable import DossierKit

/// `pakket.catalogus` resolves inside a catalog root, or not at all.
@Suite struct CatalogRootTests {
  private func pakket(_ catalogus: String) -> PakketKeuze {
    PakketKeuze(catalogus: catalogus, pakket: "compleet")
  }

  /// A root `catalogi/` with a case in `catalogi/zaken/` and a catalog beside it.
  private func makeFolders() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "catalog-root-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("catalogi/zaken"), withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: root.appendingPathComponent("catalogi/goudse.json"))
    return root
  }

  @Test func aRelativePathInsideTheRootResolvesFromTheCaseFolder() throws {
    let folder = try makeFolders()
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CatalogRoot(folder: folder.appendingPathComponent("catalogi"), shownAs: "catalogi")
    let caseFile = folder.appendingPathComponent("catalogi/zaken/vz.json")
    let found = try root.catalog(
      of: pakket("../goudse.json"), caseFile: caseFile, caseShownAs: "catalogi/zaken/vz.json")
    #expect(found.url.standardizedFileURL.path.hasSuffix("/catalogi/goudse.json"))
    #expect(found.shownAs == "catalogi/zaken/../goudse.json")
  }

  @Test(
    "absolute paths, empty ones and paths leading out are refused",
    arguments: [
      ("/etc/passwd", CatalogPathError.Problem.absolute),
      ("~/x.json", .absolute), ("C:\\\\x.json", .absolute), ("", .empty),
      ("../../geheim.json", .outsideRoot("catalogi")),
      ("../zaken/../../x.json", .outsideRoot("catalogi")),
    ])
  func refused(_ catalogus: String, _ problem: CatalogPathError.Problem) throws {
    let folder = try makeFolders()
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CatalogRoot(folder: folder.appendingPathComponent("catalogi"), shownAs: "catalogi")
    #expect(throws: CatalogPathError(value: catalogus, problem: problem)) {
      try root.catalog(
        of: pakket(catalogus), caseFile: folder.appendingPathComponent("catalogi/zaken/vz.json"),
        caseShownAs: "vz.json")
    }
  }

  @Test func aSymbolicLinkLeadingOutIsRefused() throws {
    let folder = try makeFolders()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("catalogi/zaken/link.json").path,
      withDestinationPath: "/etc/passwd")
    let root = CatalogRoot(
      folder: folder.appendingPathComponent("catalogi/zaken"), shownAs: "catalogi/zaken")
    #expect(throws: CatalogPathError(value: "link.json", problem: .outsideRoot("catalogi/zaken"))) {
      try root.catalog(
        of: pakket("link.json"), caseFile: folder.appendingPathComponent("catalogi/zaken/vz.json"),
        caseShownAs: "vz.json")
    }
  }

  @Test func theMessageNamesTheField() {
    let error = CatalogPathError(value: "/etc/passwd", problem: .absolute)
    #expect(error.description.hasPrefix("$.pakket.catalogus: \"/etc/passwd\" is an absolute path;"))
  }
}

/// A catalog's decode error keeps the JSON reader's error as data.
@Suite struct CatalogFileErrorTests {
  @Test func theDecodeErrorIsKeptWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "catalog-error-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(#"{"sleutel": "x", "titl": "X"}"#.utf8).write(to: folder)
    do {
      _ = try PackageDocuments.loadCatalog(folder, shownAs: "x.json")
      Issue.record("decoded")
    } catch {
      guard case .undecodable(let file, let catalogError) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(file == "x.json")
      #expect(catalogError.json.reason == .unknownKey("titl", suggestion: "titel"))
      #expect(catalogError.json.position?.line == 1)
      #expect(
        error.description == #"x.json:1:18: $.titl: unknown key "titl"; did you mean "titel"?"#)
    }
  }
}
