// swift-tools-version: 6.2
import PackageDescription

/// One settings list for every target (see ../shared/STYLE.md, Package.swift).
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "dossierkit",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "DossierKit", targets: ["DossierKit"]),
    .library(name: "Templating", targets: ["Templating"]),
    .library(name: "Poortwachter", targets: ["Poortwachter"]),
    .executable(name: "dossier", targets: ["dossier"]),
  ],
  dependencies: [],
  targets: [
    // Layers, in order: Templating and Poortwachter know nothing of each other;
    // DossierKit joins them; dossier is the thin CLI.
    // StrictJSON: JSON text to a tree with source positions, and a Decoder over it that
    // reports file:line:column and JSON paths and refuses unknown keys. Shared by the engine
    // (template data) and the domain (case and catalog files); knows nothing of either.
    .target(name: "StrictJSON", swiftSettings: swiftSettings),
    .target(name: "Templating", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
    .target(name: "Poortwachter", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
    .target(
      name: "DossierKit", dependencies: ["Templating", "Poortwachter", "StrictJSON"],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "dossier", dependencies: ["DossierKit", "Templating", "Poortwachter", "StrictJSON"],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "dossier-bench",
      dependencies: ["DossierKit", "Templating", "Poortwachter", "StrictJSON"],
      swiftSettings: swiftSettings),

    .testTarget(
      name: "StrictJSONTests", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
    .testTarget(
      name: "TemplatingTests", dependencies: ["Templating"], swiftSettings: swiftSettings),
    .testTarget(
      name: "PoortwachterTests", dependencies: ["Poortwachter"], swiftSettings: swiftSettings),
    .testTarget(
      name: "DossierKitTests", dependencies: ["DossierKit", "Templating", "Poortwachter", "StrictJSON"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "dossierTests", dependencies: ["dossier"], swiftSettings: swiftSettings),
  ]
)
