// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Layout: a core that knows no concrete annotator (GlossCore), one module per annotator
// under Sources/Annotators, exporters apart (GlossExporters), a thin CLI (GlossCLI), and
// `Gloss`, which assembles the built-ins into the library product and the `gloss` tool.
let annotators: [(target: String, folder: String)] = [
    ("GlossSentences", "Sentences"),
    ("GlossPattern", "Pattern"),
    ("GlossSentiment", "Sentiment"),
    ("GlossQuotes", "Quotes"),
    ("GlossFigures", "Figures"),
    ("GlossLocations", "Locations"),
    ("GlossExternal", "External"),
]

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: "\(root)/\(relative)") }

/// A test target's `Fixtures/` folder as a resource, when it has one.
func fixtures(_ testFolder: String) -> [Resource]? { exists("\(testFolder)/Fixtures") ? [.copy("Fixtures")] : nil }

/// An annotator target, with its bundled data (`Resources/`) and its tests when present.
func annotatorTargets(_ target: String, _ folder: String) -> [Target] {
    let path = "Sources/Annotators/\(folder)"
    var targets: [Target] = [
        .target(name: target, dependencies: ["GlossCore"], path: path,
                resources: exists("\(path)/Resources") ? [.copy("Resources")] : nil),
    ]
    if exists("Tests/\(target)Tests") {
        // requirements.txt lists the Python packages a test needs (Scripts/python-env.sh reads it).
        targets.append(.testTarget(name: "\(target)Tests", dependencies: [.target(name: target), "GlossCore"],
                                   exclude: exists("Tests/\(target)Tests/requirements.txt") ? ["requirements.txt"] : [],
                                   resources: fixtures("Tests/\(target)Tests")))
    }
    return targets
}

let presentAnnotators = annotators.filter { exists("Sources/Annotators/\($0.folder)") }

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Gloss", targets: ["Gloss"]),
        .executable(name: "gloss", targets: ["gloss"]),
        .plugin(name: "AnnotateCommand", targets: ["AnnotateCommand"]),
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
        .target(name: "Gloss", dependencies: ["GlossCore", "GlossExporters", "GlossCLI"] + presentAnnotators.map { .target(name: $0.target) }),
        .executableTarget(name: "gloss", dependencies: ["Gloss"]),
        // No tool dependency on `gloss`: the plugin builds it on demand (a dependency would
        // make every `swift build` compile a second, host copy of the whole graph).
        .plugin(name: "AnnotateCommand", capability: .command(
            intent: .custom(verb: "annotate", description: "Annotate the package's documents as its annotations.yaml says"),
            permissions: [.writeToPackageDirectory(reason: "writes the annotation files into the package (output.directory of annotations.yaml)")])),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore"], resources: fixtures("Tests/GlossCoreTests")),
        .testTarget(name: "GlossTests", dependencies: ["Gloss"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GlossExportersTests", dependencies: ["GlossExporters", "GlossCore"], resources: [.copy("Fixtures")]),
    ] + presentAnnotators.flatMap { annotatorTargets($0.target, $0.folder) }
)
