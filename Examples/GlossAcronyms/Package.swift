// swift-tools-version: 6.1
import Foundation
import PackageDescription

// A package of your own that adds an annotator kind to Gloss and builds its own `gloss`.
// Gloss is a path dependency here (the repository two folders up); in your package use
// .package(url: "https://github.com/<owner>/gloss", from: "…") and package: "gloss".
// A path dependency's identity is its folder name, which depends on where Gloss was cloned.
let glossIdentity = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "GlossAcronyms",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "../..")],
    targets: [
        // The annotator, in a library so that tests (and other tools) can use it.
        .target(name: "GlossAcronyms", dependencies: [.product(name: "Gloss", package: glossIdentity)]),
        // Gloss's command line with the built-in kinds plus `acronyms`.
        .executableTarget(name: "gloss-acronyms", dependencies: ["GlossAcronyms", .product(name: "Gloss", package: glossIdentity)]),
        .testTarget(name: "GlossAcronymsTests", dependencies: ["GlossAcronyms", .product(name: "Gloss", package: glossIdentity)]),
    ]
)
