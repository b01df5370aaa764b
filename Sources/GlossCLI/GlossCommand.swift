import ArgumentParser
import GlossCore
import Synchronization

/// The `gloss` command. A package that adds its own annotators builds its own `gloss`
/// by calling `GlossCommand.main(annotators:exporters:)` with its registries.
public struct GlossCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Annotate documents with quotes, figures, locations and sentiment; write standoff annotations.",
        discussion: """
            Examples:
              gloss annotate                         annotate the inputs of ./annotations.yaml
              gloss annotate seeds/ --out out/ --jobs 2
              gloss annotate --jsonl < docs.jsonl > results.jsonl
              gloss check --config my.yaml           validate a configuration without running it
              gloss annotators                       list annotator kinds and their options
            """,
        version: version,
        subcommands: [AnnotateCommand.self, CheckCommand.self, AnnotatorsCommand.self, SchemaCommand.self, ConvertCommand.self])

    public init() {}

    /// Runs the command line with these annotator kinds and output formats.
    public static func main(annotators: AnnotatorRegistry, exporters: ExporterRegistry) {
        GlossEnvironment.install(annotators: annotators, exporters: exporters)
        main()
    }
}

/// The registries the commands use, installed once at start-up (like swift-log's bootstrap).
enum GlossEnvironment {
    private static let registries = Mutex<(AnnotatorRegistry, ExporterRegistry)>((AnnotatorRegistry(), ExporterRegistry()))

    static func install(annotators: AnnotatorRegistry, exporters: ExporterRegistry) {
        registries.withLock { $0 = (annotators, exporters) }
    }

    static var annotators: AnnotatorRegistry { registries.withLock { $0.0 } }
    static var exporters: ExporterRegistry { registries.withLock { $0.1 } }
}

/// Options shared by commands that read a configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The configuration file.", valueName: "file"))
    var config = "annotations.yaml"

    @Flag(help: "Allow 'command' annotators to run external programs named in the configuration.")
    var allowCommands = false

    /// Loads and validates the configuration, printing every error and exiting 2 on failure.
    func load() throws -> Configuration {
        let loader = ConfigurationLoader(
            registry: GlossEnvironment.annotators, formats: GlossEnvironment.exporters.names, allowsCommands: allowCommands)
        do {
            return try loader.load(file: config)
        } catch {
            StandardError.write(error.description + "\n")
            throw ExitCode(2)
        }
    }
}
