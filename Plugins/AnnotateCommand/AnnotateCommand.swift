import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory annotate [--product NAME] [gloss annotate options]`
///
/// Builds the package's `gloss` (on demand, so plain `swift build` never pays for it) and
/// runs `gloss annotate` in the package's folder with its `annotations.yaml`. In a package
/// that builds its own `gloss` with extra annotators, that executable is the one used.
@main
struct AnnotateCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let productName = try extractor.extractOption(named: "product").last ?? Self.defaultProduct(of: context.package)
        let configuration = extractor.extractOption(named: "config").last ?? "annotations.yaml"
        let directory = context.package.directoryURL

        let build = try packageManager.build(.product(productName), parameters: .init(configuration: .debug, logging: .concise))
        guard build.succeeded else {
            print(build.logText)
            throw PluginFailure("building '\(productName)' failed")
        }
        guard let tool = build.builtArtifacts.first(where: { $0.kind == .executable })?.url else {
            throw PluginFailure("'\(productName)' is not an executable product")
        }

        // Run in the package's folder: relative inputs and --out mean the same from any directory.
        let process = Process()
        process.executableURL = tool
        process.arguments = ["annotate", "--config", configuration] + extractor.remainingArguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PluginFailure("\(tool.lastPathComponent) annotate failed with status \(process.terminationStatus)")
        }
    }

    /// `gloss` when the package has it (Gloss itself), else the package's only executable.
    static func defaultProduct(of package: Package) throws -> String {
        let executables = package.products(ofType: ExecutableProduct.self).map(\.name)
        if executables.contains("gloss") { return "gloss" }
        guard executables.count == 1 else {
            throw PluginFailure("name the executable that runs Gloss with --product (one of: \(executables.joined(separator: ", ")))")
        }
        return executables[0]
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
