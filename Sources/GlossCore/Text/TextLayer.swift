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

    /// Indices into `tokens` of the tokens inside a byte range, both ends by binary search
    /// on the array read once (the lazy getter costs a call per read).
    public func tokenIndices(in bytes: Range<Int>) -> Range<Int> {
        tokens.withUnsafeBufferPointer { tokens in
            let lower = tokens.partitionIndex { Int($0.end) > bytes.lowerBound }
            return lower..<tokens.partitionIndex(from: lower) { Int($0.start) >= bytes.upperBound }
        }
    }
}
