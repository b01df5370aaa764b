// swift-tools-version: 6.1
import Foundation
import PackageDescription

// A path dependency's identity is its folder name, which depends on where Gloss was cloned.
let glossIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

// Kept out of the root package so that `swift build` / `swift test` never compile it.
// Run: cd Benchmarks && swift run -c release gloss-bench --help
let package = Package(
    name: "GlossBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "gloss-bench", dependencies: [.product(name: "Gloss", package: glossIdentity)], path: "GlossBenchmark"),
    ]
)
