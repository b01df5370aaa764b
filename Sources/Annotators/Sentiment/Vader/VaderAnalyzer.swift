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

    /// Scores valid UTF-8 text.
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: PreparedText.bufferSize(text.count)) { buffer in
            let (prepared, summary) = PreparedText.prepare(text, in: buffer.baseAddress!)
            return body(prepared, summary)
        }
    }

    /// Tokens that fit in 512 bytes, which `withUnsafeTemporaryAllocation` always takes from
    /// the stack (beyond 1 KiB it asks the runtime, which on Linux says no: a heap
    /// allocation per text).
    private static let stackTokenCapacity = 512 / MemoryLayout<VaderToken>.stride

    private func scores(_ text: UnsafeBufferPointer<UInt8>, prepared: PreparedText, summary: TextSummary) -> VaderScores {
        // Tokens are separated by whitespace, so there are at most count / 2 + 1.
        let mostTokens = text.count / 2 + 1
        if let scores = scores(text, prepared: prepared, summary: summary, capacity: min(mostTokens, Self.stackTokenCapacity)) {
            return scores
        }
        // More tokens than fit on the stack (rare): tokenize a freshly prepared copy, as the
        // first pass may have lower-cased letters in this one.
        _ = PreparedText.prepare(text, in: prepared.lowercased)
        return scores(text, prepared: prepared, summary: summary, capacity: mostTokens)!
    }

    /// The scores of `text`, or nil when it has more than `capacity` tokens.
    private func scores(_ text: UnsafeBufferPointer<UInt8>, prepared: PreparedText, summary: TextSummary, capacity: Int) -> VaderScores? {
        withUnsafeTemporaryAllocation(of: VaderToken.self, capacity: capacity) { tokenBuffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { scoredBuffer in
                guard let counts = tokenizer.tokens(of: text, prepared: prepared, markingClauseEnds: ruleSet.clauseScopedNegation,
                                                    into: tokenBuffer.baseAddress!, scored: scoredBuffer.baseAddress!,
                                                    capacity: capacity) else { return nil }
                let tokens = UnsafeBufferPointer(rebasing: tokenBuffer[0..<counts.all])
                defer { tokenBuffer.baseAddress!.deinitialize(count: tokens.count) }
                let scored = UnsafeBufferPointer(rebasing: scoredBuffer[0..<counts.scored])
                return scores(tokens: tokens, scored: scored, counts: counts, summary: summary)
            }
        }
    }

    private func scores(tokens: UnsafeBufferPointer<VaderToken>, scored: UnsafeBufferPointer<Int32>, counts: VaderTokenCounts,
                        summary: TextSummary) -> VaderScores {
        // Only scored tokens have a valence; the others count as neutral zeros.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(scored.count, 1)) { valenceBuffer in
            let valences = UnsafeMutableBufferPointer(rebasing: valenceBuffer[0..<scored.count])
            let table = tokenizer.table
            VaderValenceRules(tokens: tokens, table: table, ruleSet: ruleSet)
                .computeValences(of: scored, into: valences.baseAddress!)
            // Searched only in the texts that have one, which the tokenizer counted.
            let but = table.but
            if counts.buts > 0 && !scored.isEmpty, let butIndex = tokens.firstIndex(where: { $0.word == but }) {
                if ruleSet.positionalBut {
                    weighAroundButByPosition(valences, positions: scored, butIndex: butIndex)
                } else {
                    weighAroundBut(valences, positions: scored, butIndex: butIndex)
                }
            }
            return VaderScores(valences: UnsafeBufferPointer(valences), tokenCount: tokens.count,
                               exclamationMarks: summary.exclamationMarks, questionMarks: summary.questionMarks)
        }
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
