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
    .library(name: "Pakketten", targets: ["Pakketten"]),
    .executable(name: "dossier", targets: ["dossier"]),
  ],
  dependencies: [],
  targets: [
    // Layers, in order: Templating, Poortwachter and Pakketten know nothing of each other;
    // DossierKit joins them (documents, and the case × package join); dossier is the thin CLI.
    // StrictJSON: JSON text to a tree with source positions, and a Decoder over it that
    // reports file:line:column and JSON paths and refuses unknown keys. Shared by the engine
    // (template data) and the domain (case and catalog files); knows nothing of either.
    .target(name: "StrictJSON", swiftSettings: swiftSettings),
    // Kalender: whole days without clock, time zone or locale, and their Dutch words; the
    // dates of the law and of the catalogs alike.
    .target(name: "Kalender", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
    .target(name: "Templating", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
    // Poortwachter: the law and the case (timeline, validation, identifiers).
    .target(
      name: "Poortwachter", dependencies: ["Kalender", "StrictJSON"], swiftSettings: swiftSettings),
    // Pakketten: the insurers' service catalogs, exact money and price quotes; not law.
    .target(
      name: "Pakketten", dependencies: ["Kalender", "StrictJSON"], swiftSettings: swiftSettings),
    .target(
      name: "DossierKit",
      dependencies: ["Templating", "Poortwachter", "Pakketten", "Kalender", "StrictJSON"],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierKit", "Templating", "Poortwachter", "Pakketten", "Kalender", "StrictJSON",
      ],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "dossier-bench",
      dependencies: [
        "DossierKit", "Templating", "Poortwachter", "Pakketten", "Kalender", "StrictJSON",
      ],
      swiftSettings: swiftSettings),

    .testTarget(
      name: "StrictJSONTests", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
    .testTarget(
      name: "TemplatingTests", dependencies: ["Templating", "StrictJSON"], swiftSettings: swiftSettings),
    .testTarget(name: "KalenderTests", dependencies: ["Kalender"], swiftSettings: swiftSettings),
    .testTarget(
      name: "PoortwachterTests", dependencies: ["Poortwachter", "Kalender", "StrictJSON"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "PakkettenTests", dependencies: ["Pakketten", "Kalender", "StrictJSON"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DossierKitTests",
      dependencies: [
        "DossierKit", "Templating", "Poortwachter", "Pakketten", "Kalender", "StrictJSON",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "dossierTests", dependencies: ["dossier"], swiftSettings: swiftSettings),
  ]
)
