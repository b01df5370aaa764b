import ArgumentParser
import Foundation
import GlossCore
import GlossExporters

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate documents as the configuration says and write the results.",
        discussion: """
            With no inputs, annotates the configuration's inputs. Each document that cannot be read or \
            annotated is reported (file, and byte offset for bad UTF-8) and skipped; the others are still \
            written, and the exit status is 1. Configuration errors exit with status 2.

            Examples:
              gloss annotate                                 the inputs and output folder of annotations.yaml
              gloss annotate articles/ --include '*.md' --out results --format json jsonl
              cat docs.jsonl | gloss annotate --jsonl > annotated.jsonl
            """)

    @Argument(help: ArgumentHelp("Files and folders to annotate (default: the configuration's inputs).", valueName: "inputs"))
    var inputs: [String] = []

    @OptionGroup var configOptions: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Output folder (default: the configuration's output.directory).", valueName: "dir"))
    var out: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Output formats (default: the configuration's output.formats).", valueName: "name"))
    var format: [String] = []

    @Option(name: .long, help: ArgumentHelp("Glob patterns for files in input folders (default: the configuration's inputs.include).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .shortAndLong, help: "Documents annotated in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Read JSON Lines {\"id\", \"text\"} from stdin and write one Gloss JSON result per line to stdout.")
    var jsonl = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if jsonl && !inputs.isEmpty { throw ValidationError("--jsonl reads documents from stdin; do not also name inputs") }
        let known = GlossEnvironment.exporters.names
        for name in format where !known.contains(name) {
            throw ValidationError("unknown format '\(name)'; " + NameSuggestion.hint(for: name, among: known))
        }
    }

    func run() throws {
        let configuration = try configOptions.load()
        let summary = jsonl ? runStream(configuration) : try runFiles(configuration)
        if !summary.failures.isEmpty {
            StandardError.write("gloss: \(summary.failures.count) of \(summary.documents) document(s) failed; \(summary.succeeded) annotated\n")
            throw ExitCode(1)
        }
    }

    private func runFiles(_ configuration: Configuration) throws -> RunSummary {
        let formats = format.isEmpty ? configuration.output.formats : format
        let context = ExportContext(pipeline: configuration.pipeline)
        let exporters = formats.compactMap { GlossEnvironment.exporters.make($0, context: context) }
        let directory = out ?? configuration.output.directory
        let writer: OutputWriter
        do {
            writer = try OutputWriter(directory: directory)
        } catch {
            StandardError.write("\(directory): error: cannot create output folder: \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        let collector = InputCollector(include: include.isEmpty ? configuration.inputs.include : include, exclude: configuration.inputs.exclude)
        let items = collector.collect(inputs.isEmpty ? configuration.inputs.paths : inputs)
        let run = AnnotationRun(pipeline: configuration.pipeline, exporters: exporters, jobs: jobs, maxFileSize: configuration.inputs.maxFileSize)
        let progress = ProgressLine(enabled: !quiet && StandardError.isTerminal)
        let summary = run.run(items, writer: writer, onError: { progress.interrupt(with: $0.description) }, progress: progress.update)
        progress.finish()
        if !quiet && StandardError.isTerminal && summary.failures.isEmpty {
            StandardError.write("gloss: annotated \(summary.documents) document(s) → \(writer.directory.path)\n")
        }
        return summary
    }

    private func runStream(_ configuration: Configuration) -> RunSummary {
        let run = AnnotationRun(pipeline: configuration.pipeline, exporters: [], jobs: jobs, maxFileSize: configuration.inputs.maxFileSize)
        let context = ExportContext(pipeline: configuration.pipeline)
        let stdout = FileHandle.standardOutput
        return run.stream(
            JSONLinesInput(handle: FileHandle.standardInput),
            encode: { GlossJSONLine.encode($0, context: context) },
            makeErrorLine: GlossJSONLine.errorLine,
            output: { stdout.write(Data($0)) },
            onError: { StandardError.write($0.description + "\n") })
    }
}
