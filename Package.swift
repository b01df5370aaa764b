// swift-tools-version: 6.1
import PackageDescription

// Layout: a core that knows no concrete annotator, one module per annotator under
// Sources/Annotators, exporters apart, and a thin CLI. `Gloss` assembles the built-ins.
let annotators: [(target: String, folder: String)] = [
    ("GlossSentences", "Sentences"),
    ("GlossPattern", "Pattern"),
]

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Gloss", targets: ["Gloss"]),
        .executable(name: "gloss", targets: ["gloss"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "GlossCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "GlossExporters", dependencies: ["GlossCore"]),
        .target(
            name: "GlossCLI",
            dependencies: ["GlossCore", "GlossExporters", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(name: "Gloss", dependencies: ["GlossCore", "GlossExporters", "GlossCLI"] + annotators.map { .target(name: $0.target) }),
        .executableTarget(name: "gloss", dependencies: ["Gloss"]),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GlossTests", dependencies: ["Gloss"], resources: [.copy("Fixtures")]),
    ] + annotators.map { .target(name: $0.target, dependencies: ["GlossCore"], path: "Sources/Annotators/\($0.folder)") }
)
