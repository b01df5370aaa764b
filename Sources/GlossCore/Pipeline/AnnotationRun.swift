import Foundation

/// Counts of a finished run.
public struct RunSummary: Sendable {
    public var documents = 0
    public var failures: [DocumentError] = []
    /// UTF-8 bytes of text annotated.
    public var bytes = 0

    public var succeeded: Int { documents - failures.count }
}

/// Progress of a run, reported after each document is written.
public struct RunProgress: Sendable {
    public let done: Int
    /// Nil when reading a stream of unknown length.
    public let total: Int?
    public let bytes: Int
}

/// Runs a pipeline over many documents on `jobs` threads and writes what the exporters
/// make of each, in input order. One bad document never stops the others.
public struct AnnotationRun: Sendable {
    public let pipeline: Pipeline
    public let exporters: [any Exporter]
    public let jobs: Int
    public let maxFileSize: Int

    public init(pipeline: Pipeline, exporters: [any Exporter], jobs: Int, maxFileSize: Int) {
        self.pipeline = pipeline
        self.exporters = exporters
        self.jobs = jobs
        self.maxFileSize = maxFileSize
    }

    /// Annotates every input and writes the results into `writer`'s folder.
    public func run(
        _ items: [InputItem], writer: OutputWriter,
        onError: (DocumentError) -> Void, progress: (RunProgress) -> Void = { _ in }
    ) -> RunSummary {
        var summary = RunSummary()
        let runner = ParallelRunner(jobs: jobs)
        let pipeline = self.pipeline, exporters = self.exporters, maxFileSize = self.maxFileSize
        runner.run(items, work: { item in Self.process(item, pipeline: pipeline, exporters: exporters, maxFileSize: maxFileSize) }) { result in
            summary.documents += 1
            do {
                let (annotated, files) = try result.get()
                for file in files { try writer.write(file) }
                summary.bytes += annotated.document.text.utf8.count
            } catch let error as DocumentError {
                summary.failures.append(error)
                onError(error)
            } catch {
                let failure = DocumentError(document: result.documentName, problem: .outputFailed(reason: "\(error)"))
                summary.failures.append(failure)
                onError(failure)
            }
            progress(RunProgress(done: summary.documents, total: items.count, bytes: summary.bytes))
        }
        // Run-level files and finished streams: a failure here fails the run, not a document.
        do {
            for exporter in exporters {
                for file in exporter.runFiles() { try writer.write(file) }
            }
            try writer.finish()
        } catch {
            let failure = DocumentError(document: writer.directory.path, problem: .outputFailed(reason: "\(error)"))
            summary.failures.append(failure)
            onError(failure)
        }
        return summary
    }

    /// Stream mode: documents in (one JSON object per line), one encoded result per line
    /// out, in input order, in constant memory. A failed document yields the line
    /// `makeErrorLine` builds, so output lines stay aligned with input lines.
    public func stream(
        _ items: some Sequence<InputItem>, encode: @escaping @Sendable (AnnotatedDocument) -> [UInt8],
        makeErrorLine: (DocumentError) -> [UInt8], output: ([UInt8]) -> Void, onError: (DocumentError) -> Void
    ) -> RunSummary {
        var summary = RunSummary()
        let pipeline = self.pipeline, maxFileSize = self.maxFileSize
        ParallelRunner(jobs: jobs).run(items, work: { item -> Result<(Int, [UInt8]), DocumentError> in
            do throws(DocumentError) {
                let annotated = try pipeline.annotate(try Self.load(item, maxFileSize: maxFileSize))
                return .success((annotated.document.text.utf8.count, encode(annotated)))
            } catch {
                return .failure(error)
            }
        }) { result in
            summary.documents += 1
            switch result {
            case .success(let (bytes, line)):
                summary.bytes += bytes
                output(line)
            case .failure(let error):
                summary.failures.append(error)
                onError(error)
                output(makeErrorLine(error))
            }
        }
        return summary
    }

    private static func load(_ item: InputItem, maxFileSize: Int) throws(DocumentError) -> Document {
        switch item {
        case .file(let path, let id): return try DocumentDecoder.read(path: path, id: id, maxBytes: maxFileSize)
        case .text(let document): return document
        case .failure(let error): throw error
        }
    }

    private static func process(
        _ item: InputItem, pipeline: Pipeline, exporters: [any Exporter], maxFileSize: Int
    ) -> ProcessedItem {
        do throws(DocumentError) {
            let annotated = try pipeline.annotate(try load(item, maxFileSize: maxFileSize))
            var files = [OutputFile]()
            for exporter in exporters {
                do {
                    files += try exporter.files(for: annotated)
                } catch {
                    return ProcessedItem(documentName: annotated.document.id, outcome: .failure(DocumentError(
                        document: annotated.document.source ?? annotated.document.id,
                        problem: .outputFailed(reason: "export as \(type(of: exporter).name) failed: \(error)"))))
                }
            }
            return ProcessedItem(documentName: annotated.document.id, outcome: .success((annotated, files)))
        } catch {
            return ProcessedItem(documentName: error.document, outcome: .failure(error))
        }
    }
}

private struct ProcessedItem: Sendable {
    let documentName: String
    let outcome: Result<(AnnotatedDocument, [OutputFile]), DocumentError>

    func get() throws -> (AnnotatedDocument, [OutputFile]) { try outcome.get() }
}
