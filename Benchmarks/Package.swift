// swift-tools-version: 6.1
import PackageDescription

// Kept out of the root package so that `swift build` / `swift test` never compile it.
// Run: cd Benchmarks && swift run -c release gloss-bench --help
let package = Package(
    name: "GlossBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "gloss-bench", dependencies: [.product(name: "Gloss", package: "main")], path: "GlossBenchmark"),
    ]
)
