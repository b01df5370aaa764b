/// A Swift port of vaderSentiment 3.3.2 `SentimentIntensityAnalyzer.polarity_scores`
/// (Hutto & Gilbert, ICWSM 2014) that gives the package's scores on the same text.
/// Immutable and safe to share between threads. A class, so that passing it around retains
/// one reference instead of each of its tables.
public final class VaderAnalyzer: Sendable {
    private let tokenizer: VaderTokenizer
    private let emojis: EmojiDescriptions
    public let ruleSet: VaderRuleSet

    /// The bundled lexicon and emoji descriptions with the reference rules; loaded once.
    public static let standard = VaderAnalyzer(lexicon: .bundled)

    public init(lexicon: VaderLexicon, ruleSet: VaderRuleSet = .vader) {
        tokenizer = VaderTokenizer(table: VaderWordTable(lexicon: lexicon))
        emojis = .bundled
        self.ruleSet = ruleSet
    }

    public func polarityScores(_ text: String) -> VaderScores {
        text.withUTF8Buffer { polarityScores(utf8: $0) }
    }

    /// Scores valid UTF-8 text (shorter than 1 GiB: tokens keep their start in 31 bits).
    public func polarityScores(utf8 text: UnsafeBufferPointer<UInt8>) -> VaderScores {
        withPreparedText(text) { prepared, summary in
            if summary.hasNonASCII, let described = emojis.substituting(in: text) {
                return described.withUnsafeBufferPointer { described in
                    withPreparedText(described) { scores(described, prepared: $0, summary: $1) }
                }
            }
            return scores(text, prepared: prepared, summary: summary)
        }
    }

    /// Calls `body` with `text` prepared for the tokenizer, and with what preparing it saw.
    private func withPreparedText(_ text: UnsafeBufferPointer<UInt8>, _ body: (PreparedText, TextSummary) -> VaderScores) -> VaderScores {
        precondition(text.count < 1 << 30, "texts are shorter than 1 GiB")
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: PreparedText.bufferSize(text.count)) { buffer in
            let (prepared, summary) = PreparedText.prepare(text, in: buffer.baseAddress!)
            return body(prepared, summary)
        }
    }

    /// What scoring needs per token of a text: a valence, the token and a scored token's index.
    private static let bytesPerToken = MemoryLayout<Double>.stride + MemoryLayout<VaderToken>.stride + MemoryLayout<Int32>.stride

    /// Tokens whose workspace fits in 1 KiB, which `withUnsafeTemporaryAllocation` always
    /// takes from the stack (beyond, it asks the runtime, which on Linux says no: a heap
    /// allocation per text).
    private static let stackTokenCapacity = 1024 / bytesPerToken

    private func scores(_ text: UnsafeBufferPointer<UInt8>, prepared: PreparedText, summary: TextSummary) -> VaderScores {
        // Tokens are separated by whitespace, so there are at most count / 2 + 1.
        let mostTokens = text.count / 2 + 1
        let capacity = min(mostTokens, Self.stackTokenCapacity)
        return withUnsafeTemporaryAllocation(byteCount: capacity * Self.bytesPerToken, alignment: MemoryLayout<Double>.alignment) { workspace in
            if let scores = scores(text, prepared: prepared, summary: summary, workspace: workspace.baseAddress!, capacity: capacity) {
                return scores
            }
            // More tokens than fit on the stack (rare): tokenize again, into the heap.
            let heap = UnsafeMutableRawPointer.allocate(byteCount: mostTokens * Self.bytesPerToken, alignment: MemoryLayout<Double>.alignment)
            defer { heap.deallocate() }
            return scores(text, prepared: prepared, summary: summary, workspace: heap, capacity: mostTokens)!
        }
    }

    /// The scores of `text`, or nil when it has more than `capacity` tokens; `workspace`
    /// holds `capacity * bytesPerToken` bytes.
    private func scores(_ text: UnsafeBufferPointer<UInt8>, prepared: PreparedText, summary: TextSummary,
                        workspace: UnsafeMutableRawPointer, capacity: Int) -> VaderScores? {
        let valences = workspace.bindMemory(to: Double.self, capacity: capacity)
        let tokenStart = (workspace + capacity * MemoryLayout<Double>.stride).bindMemory(to: VaderToken.self, capacity: capacity)
        let scoredStart = (workspace + capacity * (MemoryLayout<Double>.stride + MemoryLayout<VaderToken>.stride))
            .bindMemory(to: Int32.self, capacity: capacity)
        guard let counts = tokenizer.tokens(of: text, prepared: prepared, into: tokenStart, scored: scoredStart,
                                            capacity: capacity) else { return nil }
        let tokens = UnsafeBufferPointer(start: tokenStart, count: counts.all)
        let scored = UnsafeBufferPointer(start: scoredStart, count: counts.scored)
        // Only scored tokens have a valence; the others count as neutral zeros.
        VaderValenceRules(tokens: tokens, prepared: prepared, table: tokenizer.table, ruleSet: ruleSet)
            .computeValences(of: scored, into: valences)
        let scoredValences = UnsafeMutableBufferPointer(start: valences, count: counts.scored)
        if let butIndex = counts.firstBut, !scored.isEmpty {
            if ruleSet.positionalBut {
                weighAroundButByPosition(scoredValences, positions: scored, butIndex: butIndex)
            } else {
                weighAroundBut(scoredValences, positions: scored, butIndex: butIndex)
            }
        }
        return VaderScores(valences: UnsafeBufferPointer(scoredValences), tokenCount: tokens.count,
                           exclamationMarks: summary.exclamationMarks, questionMarks: summary.questionMarks)
    }
}

/// `_but_check`: valences before the first "but" count half, those after it one and a
/// half. The package finds each valence's position with `list.index(value)`, i.e. the first
/// equal value in the partly updated list, so a repeated value scales an earlier copy
/// instead of its own; replayed here step by step. `valences` are those of the tokens at
/// `positions`; the others are zeros, which are skipped: scaling one is a no-op.
func weighAroundBut(_ valences: UnsafeMutableBufferPointer<Double>, positions: UnsafeBufferPointer<Int32>, butIndex: Int) {
    for index in valences.indices {
        let value = valences[index]
        guard value != 0, let found = valences.firstIndex(of: value) else { continue }
        let position = Int(positions[found])
        if position < butIndex {
            valences[found] = value * 0.5
        } else if position > butIndex {
            valences[found] = value * 1.5
        }
    }
}

/// The intended rule: halve what comes before the first "but", raise what follows by half.
func weighAroundButByPosition(_ valences: UnsafeMutableBufferPointer<Double>, positions: UnsafeBufferPointer<Int32>, butIndex: Int) {
    for index in valences.indices where Int(positions[index]) != butIndex {
        valences[index] *= Int(positions[index]) < butIndex ? 0.5 : 1.5
    }
}
