import ArgumentParser
import Foundation
import GlossCore
import GlossExporters

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn Gloss JSON into other output formats without annotating again.",
        discussion: """
            Reads Gloss JSON documents (.json files, or .jsonl with one document per line; folders are \
            searched for both) and writes them in the chosen formats. JSON files in folders that are not \
            Gloss JSON (e.g. other formats' output) are skipped. A document that cannot be read is reported \
            and skipped, and the exit status is 1.

            Examples:
              gloss convert annotations-out --format brat w3c xmi --out exports
              gloss convert annotations.jsonl --format spacy labelstudio --out exports
            """)

    @Argument(help: ArgumentHelp("Gloss JSON files (.json, .jsonl) and folders.", valueName: "inputs"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Output formats.", valueName: "name"))
    var format: [String]

    @Option(name: .shortAndLong, help: "Documents converted in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !format.isEmpty else { throw ValidationError("name at least one --format") }
        let known = GlossEnvironment.exporters.names
        for name in format where !known.contains(name) {
            throw ValidationError("unknown format '\(name)'; " + NameSuggestion.hint(for: name, among: known))
        }
    }

    func run() throws {
        let inputs = GlossJSONInputs(paths: self.inputs)
        var failures = inputs.problems.count
        for problem in inputs.problems { StandardError.write(problem.description + "\n") }
        let records = inputs.makeIterator()
        // The export context (annotator instances) comes from the first document; the types
        // to declare are those the documents use (Gloss JSON does not list declared types).
        var first: Decoding?
        while first == nil, let record = records.next() {
            let decoding = Self.decode(record)
            if !Self.isSkipped(decoding.0, decoding.1) { first = decoding }
        }
        guard let first else {
            StandardError.write("gloss: no Gloss JSON documents found\n")
            throw ExitCode(1)
        }
        let exporters = format.compactMap { GlossEnvironment.exporters.make($0, context: exportContext(for: first.1)) }
        let writer: OutputWriter
        do {
            writer = try OutputWriter(directory: out)
        } catch {
            StandardError.write("\(out): error: cannot create output folder: \(error.localizedDescription)\n")
            throw ExitCode(2)
        }

        var converted = 0
        let remaining = AnySequence { records }
        let export: (Decoding) -> Void = { item in
            let (record, decoded) = item
            if Self.isSkipped(record, decoded) { return }
            do {
                let document = try decoded.get().document
                for exporter in exporters { for file in try exporter.files(for: document) { try writer.write(file) } }
                converted += 1
            } catch {
                failures += 1
                StandardError.write("\(record.location): error: \(error)\n")
            }
        }
        export(first)
        ParallelRunner(jobs: jobs).run(remaining, work: Self.decode, deliver: export)
        for exporter in exporters {
            for file in exporter.runFiles() { try writer.write(file) }
        }
        try writer.finish()
        if !quiet { StandardError.write("gloss: converted \(converted) document(s) → \(writer.directory.path)\n") }
        if failures > 0 {
            StandardError.write("gloss: \(failures) input(s) failed\n")
            throw ExitCode(1)
        }
    }

    typealias Decoding = (GlossJSONInputs.Record, Result<GlossJSONDecoder.Decoded, any Error>)

    @Sendable private static func decode(_ record: GlossJSONInputs.Record) -> Decoding {
        (record, Result { try GlossJSONDecoder.decode(record.data) })
    }

    /// JSON of another kind found in a folder is not an error: output folders mix formats.
    private static func isSkipped(_ record: GlossJSONInputs.Record, _ decoded: Result<GlossJSONDecoder.Decoded, Error>) -> Bool {
        guard record.fromFolder, case .failure(let error as GlossJSONDecoder.Failure) = decoded else { return false }
        return error.isOtherFormat
    }

    private func exportContext(for decoded: Result<GlossJSONDecoder.Decoded, Error>) -> ExportContext {
        let annotators = (try? decoded.get().annotators) ?? []
        return ExportContext(annotators: annotators.map { annotator in
            ExportContext.AnnotatorInfo(id: annotator.id, kind: annotator.kind, emits: [])
        })
    }
}
