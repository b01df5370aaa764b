/// The text layer every annotator shares: the document's UTF-8 bytes, the byte↔scalar
/// map, tokens, sentences and paragraphs — each computed at most once per document.
/// Not thread-safe: one document is annotated on one thread.
public final class TextLayer {
    public let utf8: [UInt8]
    public let offsets: ScalarOffsets

    public init(text: String) {
        utf8 = Array(text.utf8)
        offsets = ScalarOffsets(utf8: utf8)
    }

    public private(set) lazy var tokens: [Token] = Tokenizer.tokenize(utf8)

    /// Sentence byte ranges, in order.
    public private(set) lazy var sentences: [Range<Int>] = utf8.withUnsafeBufferPointer {
        SentenceSplitter.sentences(in: $0, tokens: tokens)
    }

    /// Paragraph byte ranges, in order.
    public private(set) lazy var paragraphs: [Range<Int>] = utf8.withUnsafeBufferPointer {
        ParagraphSplitter.paragraphs(in: $0)
    }

    /// The text of a byte range (which must fall on scalar boundaries).
    public func string(_ bytes: Range<Int>) -> String {
        String(decoding: utf8[bytes], as: UTF8.self)
    }

    /// Indices into `tokens` of the tokens inside a byte range.
    public func tokenIndices(in bytes: Range<Int>) -> Range<Int> {
        let lower = firstToken(endingAfter: bytes.lowerBound)
        var upper = lower
        while upper < tokens.count && Int(tokens[upper].start) < bytes.upperBound { upper += 1 }
        return lower..<upper
    }

    private func firstToken(endingAfter byte: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].end) <= byte { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
