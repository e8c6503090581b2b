// swift-tools-version: 6.2
import PackageDescription

/// libFuzzer harnesses, kept out of the root package so that `swift build` and `swift test`
/// never compile them. Build and run them with `Scripts/fuzz.sh`, which passes
/// `-sanitize=fuzzer`: coverage instrumentation for every Swift module and libFuzzer's runtime,
/// whose driver each harness's main.swift starts.
let package = Package(
  name: "dossierkit-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "dossierkit", path: "..")],
  targets: [
    .target(name: "FuzzDriver"),
    .executableTarget(
      name: "FuzzEngine",
      dependencies: ["FuzzDriver", .product(name: "Templating", package: "dossierkit")]),
    .executableTarget(
      name: "FuzzCase",
      dependencies: [
        "FuzzDriver",
        .product(name: "DossierKit", package: "dossierkit"),
        .product(name: "Poortwachter", package: "dossierkit"),
      ]),
  ]
)
