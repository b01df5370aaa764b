import Foundation
import Gloss

/// gloss-bench: throughput (MB/s) and peak memory of the text layer, each configured
/// annotator, the whole pipeline and every exporter, on a generated news-like corpus (or real articles: --corpus),
/// one core unless --jobs says otherwise. Release builds only give meaningful numbers.
struct Options {
    var megabytes = 10
    var streamMegabytes = 40
    var config = "../annotations.yaml"
    var jobs = 1
    var vaderCorpus: String?
    var vaderDocuments = false
    /// Only the throughput table: no child processes and no memory runs, for profilers
    /// such as callgrind that follow one process.
    var tableOnly = false
    /// Only the rows of the whole pipeline and of the configured formats written together
    /// (with --table-only: what to profile when comparing exporting with annotating).
    var totalsOnly = false
    /// Real documents instead of the generated corpus: JSON Lines with a "text" field.
    var corpus: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--mb": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--stream-mb": streamMegabytes = Int(iterator.next() ?? "") ?? streamMegabytes
            case "--config": config = iterator.next() ?? config
            case "--jobs": jobs = Int(iterator.next() ?? "") ?? jobs
            case "--vader-corpus": vaderCorpus = iterator.next()
            case "--vader-documents": vaderDocuments = true
            case "--table-only": tableOnly = true
            case "--totals-only": totalsOnly = true
            case "--corpus": corpus = iterator.next()
            case "--help", "-h":
                print("usage: gloss-bench [--mb 10] [--stream-mb 40] [--config ../annotations.yaml] [--jobs 1] [--table-only] [--totals-only] [--corpus FILE.jsonl]")
                print("       gloss-bench --vader-corpus FILE.jsonl [--vader-documents]   (see Scripts/sentiment/bench_vader.py)")
                exit(0)
            default:
                FileHandle.standardError.write(Data("gloss-bench: unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// CPU time of the calling thread: steadier than wall time on a shared machine, and the
/// single-core figure the targets are stated in.
func seconds(_ work: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    try work()
    return now() - start
}

func wallSeconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func row(_ name: String, bytes: Int, seconds: Double, note: String = "") {
    let mbs = Double(bytes) / 1e6 / seconds
    print(String(format: "| %@ | %.1f | %.3f | %@ |", name, mbs, seconds, note))
}

let options = Options(CommandLine.arguments)
if let corpus = options.vaderCorpus {
    do { try VaderComparison.run(corpus: corpus, documents: options.vaderDocuments) } catch { fatalError("\(error)") }
    exit(0)
}
if !options.tableOnly {
    print(String(format: "locations gazetteer load: %.1f ms CPU (fastest of 5 fresh processes)\n", StartupTimes.creationMilliseconds(of: "locations")))
}
let configuration: Configuration
do {
    configuration = try ConfigurationLoader(registry: .builtIn, formats: ExporterRegistry.builtIn.names).load(file: options.config)
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}
let pipeline = configuration.pipeline
let exportContext = ExportContext(pipeline: pipeline)

// Stream mode first, while nothing else is in memory: peak memory after a small and a
// large stream should be about the same if memory is constant.
func streamRun(megabytes: Int, seed: UInt64) -> (RunSummary, Double) {
    var generator = CorpusGenerator(seed: seed)
    var produced = 0
    var index = 0
    let documents = AnyIterator<InputItem> {
        guard produced < megabytes * 1_000_000 else { return nil }
        let text = generator.article()
        produced += text.utf8.count
        index += 1
        return .text(Document(id: "stream-\(index)", text: text))
    }
    var written = 0
    let run = AnnotationRun(pipeline: pipeline, exporters: [], jobs: options.jobs, maxFileSize: .max)
    let summary = run.stream(
        documents, encode: { GlossJSONLine.encode($0, context: exportContext) }, makeErrorLine: GlossJSONLine.errorLine,
        output: { written += $0.count }, onError: { _ in })
    return (summary, peakMemoryMB())
}
let streams = options.tableOnly ? nil : (
    small: streamRun(megabytes: max(1, options.streamMegabytes / 4), seed: 7),
    large: streamRun(megabytes: options.streamMegabytes, seed: 8))

/// The "text" of each line of a JSON Lines file, e.g. a gold file of real news articles.
func texts(ofJSONLines path: String) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { fatalError("gloss-bench: cannot read \(path)") }
    let lines = data.split(separator: UInt8(ascii: "\n"))
    let texts = lines.compactMap { line in ((try? JSONSerialization.jsonObject(with: line)) as? [String: Any])?["text"] as? String }
    guard texts.count == lines.count else {
        fatalError("gloss-bench: \(lines.count - texts.count) of \(lines.count) lines of \(path) are not JSON objects with a \"text\" string")
    }
    return texts
}

var generator = CorpusGenerator(seed: 42)
let articles = options.corpus.map(texts(ofJSONLines:)) ?? generator.articles(totalBytes: options.megabytes * 1_000_000)
let documents = articles.enumerated().map { Document(id: "bench-\($0.offset)", text: $0.element) }
let totalBytes = articles.reduce(0) { $0 + $1.utf8.count }
let utf8 = articles.map { Array($0.utf8) }

print("Corpus: \(articles.count) \(options.corpus.map { "articles from \($0)" } ?? "generated articles"), \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB; config \(options.config); jobs \(options.jobs)\n")
print("Times are CPU seconds of one thread (wall time for the multi-job row).\n")
print("| stage | MB/s | seconds | note |")
print("|---|---|---|---|")

var tokenCount = 0
row("tokenizer", bytes: totalBytes, seconds: seconds { for bytes in utf8 { tokenCount += Tokenizer.tokenize(bytes).count } },
    note: "\(tokenCount) tokens")
var sentenceCount = 0
row("tokenizer + sentences + paragraphs", bytes: totalBytes, seconds: seconds {
    for document in documents {
        let layer = TextLayer(text: document.text)
        sentenceCount += layer.sentences.count + layer.paragraphs.count
    }
}, note: "\(sentenceCount) sentences and paragraphs")

for step in pipeline.steps where !options.totalsOnly {
    let single = Pipeline(steps: [step])
    var annotations = 0
    let time = seconds { for document in documents { annotations += ((try? single.annotate(document))?.annotations.count ?? 0) } }
    row("annotator `\(step.id)` (\(step.kind)), with its text layer", bytes: totalBytes, seconds: time, note: "\(annotations) annotations")
}

var annotated = [AnnotatedDocument]()
annotated.reserveCapacity(documents.count)
let pipelineTime = seconds { for document in documents { if let result = try? pipeline.annotate(document) { annotated.append(result) } } }
row("whole pipeline (\(pipeline.steps.map(\.id).joined(separator: ", ")))", bytes: totalBytes, seconds: pipelineTime,
    note: "\(annotated.reduce(0) { $0 + $1.annotations.count }) annotations")

/// The annotated documents without what exporters derived from them (`AnnotatedDocument.derived`,
/// shared by the formats of one run), so that each export row pays for it as a run does.
func underived(_ documents: [AnnotatedDocument]) -> [AnnotatedDocument] {
    documents.map { AnnotatedDocument(document: $0.document, annotations: $0.annotations) }
}

var exportTime = 0.0
for format in ExporterRegistry.builtIn.all where !options.totalsOnly {
    guard let exporter = ExporterRegistry.builtIn.make(format.name, context: exportContext) else { continue }
    var outputBytes = 0
    let documents = underived(annotated)
    let time = seconds { for document in documents { outputBytes += ((try? exporter.files(for: document)) ?? []).reduce(0) { $0 + $1.bytes.count } } }
    exportTime += time
    row("export `\(format.name)`", bytes: totalBytes, seconds: time,
        note: String(format: "%.0f%% of annotation time, %.1f MB written", time / pipelineTime * 100, Double(outputBytes) / 1e6))
}
// What `gloss annotate` does with this config: every configured format for each document in turn.
let configuredExporters = configuration.output.formats.compactMap { ExporterRegistry.builtIn.make($0, context: exportContext) }
var configuredBytes = 0
let configuredDocuments = underived(annotated)
let configuredTime = seconds {
    for document in configuredDocuments {
        for exporter in configuredExporters {
            configuredBytes += ((try? exporter.files(for: document)) ?? []).reduce(0) { $0 + $1.bytes.count }
        }
    }
}
row("export the configured formats together (\(configuration.output.formats.joined(separator: ", ")))", bytes: totalBytes,
    seconds: configuredTime,
    note: String(format: "%.0f%% of annotation time, %.1f MB written", configuredTime / pipelineTime * 100, Double(configuredBytes) / 1e6))
if !options.totalsOnly { print(String(format: "\nAll exporters together: %.0f%% of annotation time.", exportTime / pipelineTime * 100)) }

if options.jobs > 1 {
    let run = AnnotationRun(pipeline: pipeline, exporters: [], jobs: options.jobs, maxFileSize: .max)
    let time = wallSeconds {
        _ = run.stream(documents.map { InputItem.text($0) }, encode: { GlossJSONLine.encode($0, context: exportContext) },
                       makeErrorLine: GlossJSONLine.errorLine, output: { _ in }, onError: { _ in })
    }
    row("whole pipeline + JSON, \(options.jobs) jobs", bytes: totalBytes, seconds: time)
}

guard let streams else { exit(0) }

// wc -w on the same text, for scale.
let corpusFile = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-bench-\(getpid()).txt")
try Data(articles.joined().utf8).write(to: corpusFile)
let wc = Process()
wc.executableURL = URL(fileURLWithPath: "/usr/bin/wc")
wc.arguments = ["-w", corpusFile.path]
wc.standardOutput = FileHandle.nullDevice
try wc.run()
wc.waitUntilExit()
var childUsage = rusage()
getrusage(RUSAGE_CHILDREN.rawValue, &childUsage)
let wcTime = Double(childUsage.ru_utime.tv_sec + childUsage.ru_stime.tv_sec) + Double(childUsage.ru_utime.tv_usec + childUsage.ru_stime.tv_usec) / 1e6
try? FileManager.default.removeItem(at: corpusFile)
print(String(format: "\nwc -w on the same text: %.1f MB/s (CPU time)", Double(totalBytes) / 1e6 / wcTime))

print(String(format: "\nStream mode (JSON Lines, %d jobs): %d docs (%.0f MB) → peak RSS %.1f MB; %d docs (%.0f MB) → peak RSS %.1f MB",
             options.jobs, streams.small.0.documents, Double(streams.small.0.bytes) / 1e6, streams.small.1,
             streams.large.0.documents, Double(streams.large.0.bytes) / 1e6, streams.large.1))
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let external = ExternalOverhead.milliseconds(repository: repository)
print(String(format: "External annotator (Examples/python-annotator/hashtags.py over the `command` protocol): %.3f ms per document more than without it (%d documents, 1 job, wall time, best of 3)", external.perDocument, external.documents))
print(String(format: "Peak RSS of the whole benchmark (corpus and results held in memory): %.1f MB", peakMemoryMB()))
