import Foundation
import GlossCore
import GlossQuotes
import Testing

/// Release-build throughput of the quotes annotator against the shared tokens alone, over
/// news texts read from a JSON Lines corpus (evaluation data stays outside the repo):
/// `GLOSS_QUOTES_BENCH=../shared/data/polnear_dev/gold.jsonl swift test -c release --filter QuotesThroughputTests`.
/// The texts are repeated until they make at least 10 MB.
@Suite struct QuotesThroughputTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GLOSS_QUOTES_BENCH"] != nil))
    func annotatesWithinTwiceTheTokenizerTime() throws {
        let path = try #require(ProcessInfo.processInfo.environment["GLOSS_QUOTES_BENCH"])
        let corpus = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
        var texts = [String]()
        var bytes = 0
        while bytes < 10_000_000, !corpus.isEmpty {
            for text in corpus {
                texts.append(text)
                bytes += text.utf8.count
            }
        }
        let annotator = try QuotesHarness().annotator
        let documents = texts.enumerated().map { Document(id: "\($0.offset)", text: $0.element) }

        var tokenCount = 0
        let tokensOnly = best {
            for document in documents { tokenCount += TextLayer(text: document.text).tokens.count }
        }
        var quoteCount = 0
        let withQuotes = try best {
            for document in documents {
                let context = AnnotationContext(document: document)
                try annotator.annotate(context)
                quoteCount += context.annotations.count
            }
        }
        let megabytes = Double(bytes) / 1e6
        print("QUOTES_BENCH documents=\(documents.count) bytes=\(bytes) tokens_mb_s=\(megabytes / tokensOnly) quotes_mb_s=\(megabytes / withQuotes) ratio=\(withQuotes / tokensOnly) checksum=\(tokenCount + quoteCount)")
        #expect(withQuotes <= 2 * tokensOnly)
    }

    /// The fastest of five runs, in seconds.
    private func best(_ work: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<5 {
            let start = ContinuousClock.now
            try work()
            let elapsed = ContinuousClock.now - start
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return fastest
    }
}
