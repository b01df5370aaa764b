import Foundation
import Gloss
import GlossSentiment

/// `--vader-corpus FILE.jsonl [--vader-documents]`: Gloss's side of the comparison with
/// vaderSentiment that Scripts/sentiment/bench_vader.py runs. Each line's "text" is one
/// `polarity_scores` call (VaderAnalyzer), or with `--vader-documents` one document run
/// through the `sentiment` annotator (text layer and sentence splitting included, as a
/// Python user splits with pysbd). Reports the best of `passes` in this thread's CPU time,
/// which stays meaningful when other processes share the cores.
enum VaderComparison {
    struct Line: Decodable { let text: String }

    static func run(corpus path: String, documents: Bool, passes: Int = 5) throws {
        let decoder = JSONDecoder()
        let texts = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .map { try decoder.decode(Line.self, from: Data($0.utf8)).text }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let seconds = documents ? try annotatorSeconds(texts, passes: passes) : analyzerSeconds(texts, passes: passes)
        print(String(format: "VADER_GLOSS level=%@ texts=%d bytes=%d cpu_seconds=%.6f mb_per_s=%.2f",
                     documents ? "document" : "sentence", texts.count, bytes, seconds, Double(bytes) / 1e6 / seconds))
    }

    private static func analyzerSeconds(_ texts: [String], passes: Int) -> Double {
        // All texts in one buffer, so that the loop does not retain and release an array per text.
        var utf8 = [UInt8]()
        var ranges = [Range<Int>]()
        for text in texts {
            ranges.append(utf8.count..<utf8.count + text.utf8.count)
            utf8.append(contentsOf: text.utf8)
        }
        let analyzer = VaderAnalyzer.standard
        var checksum = 0.0
        let seconds = utf8.withUnsafeBufferPointer { utf8 in
            bestCPUSeconds(passes) {
                for range in ranges { checksum += analyzer.polarityScores(utf8: UnsafeBufferPointer(rebasing: utf8[range])).compound }
            }
        }
        precondition(checksum.isFinite)
        return seconds
    }

    private static func annotatorSeconds(_ texts: [String], passes: Int) throws -> Double {
        let yaml = "version: 1\npipeline:\n  - id: sentiment\n    kind: sentiment\n    options:\n      levels: [sentence, document]\n"
        let pipeline = try ConfigurationLoader(registry: .builtIn, formats: ExporterRegistry.builtIn.names)
            .load(yaml: yaml, file: "vader-comparison.yaml", directory: ".").pipeline
        let documents = texts.enumerated().map { Document(id: "vader-\($0.offset)", text: $0.element) }
        var annotations = 0
        let seconds = try bestCPUSeconds(passes) {
            for document in documents { annotations += try pipeline.annotate(document).annotations.count }
        }
        precondition(annotations > 0)
        return seconds
    }

    private static func bestCPUSeconds(_ passes: Int, _ work: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<passes {
            let start = threadCPUSeconds()
            try work()
            best = min(best, threadCPUSeconds() - start)
        }
        return best
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
