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
        withPaddedCopy(of: text) { padded, summary in
            if summary.hasNonASCII, let described = emojis.substituting(in: text) {
                return described.withUnsafeBufferPointer { described in
                    withPaddedCopy(of: described) { scores(described, padded: $0, summary: $1) }
                }
            }
            return scores(text, padded: padded, summary: summary)
        }
    }

    /// Calls `body` with a copy of `text` followed by spaces, which the tokenizer reads eight
    /// bytes at a time and lower-cases in place, and with what one pass over it tells.
    private func withPaddedCopy(of text: UnsafeBufferPointer<UInt8>,
                                _ body: (UnsafeMutablePointer<UInt8>, TextSummary) -> VaderScores) -> VaderScores {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + VaderTokenizer.padding) { buffer in
            let padded = buffer.baseAddress!
            copyPaddingWithSpaces(text, to: padded, padding: VaderTokenizer.padding)
            return body(padded, TextSummary(padded: padded, count: text.count))
        }
    }

    /// Tokens that fit in 1 KiB, which `withUnsafeTemporaryAllocation` always takes from the
    /// stack (beyond that it asks the runtime, which on Linux says no: a heap allocation per
    /// text).
    private static let stackTokenCapacity = 1024 / MemoryLayout<VaderToken>.stride

    private func scores(_ text: UnsafeBufferPointer<UInt8>, padded: UnsafeMutablePointer<UInt8>, summary: TextSummary) -> VaderScores {
        // Tokens are separated by whitespace, so there are at most count / 2 + 1.
        let mostTokens = text.count / 2 + 1
        if let scores = withUnsafeTemporaryAllocation(of: VaderToken.self, capacity: min(mostTokens, Self.stackTokenCapacity), {
            scores(padded: padded, summary: summary, tokenizing: text, into: $0)
        }) {
            return scores
        }
        // More tokens than fit on the stack (rare): tokenize a fresh copy, as the first pass
        // lower-cased this one.
        copyPaddingWithSpaces(text, to: padded, padding: VaderTokenizer.padding)
        return withUnsafeTemporaryAllocation(of: VaderToken.self, capacity: mostTokens) {
            scores(padded: padded, summary: summary, tokenizing: text, into: $0)!
        }
    }

    /// The scores of `text`, or nil when it has more tokens than `tokenBuffer` holds.
    private func scores(padded: UnsafeMutablePointer<UInt8>, summary: TextSummary, tokenizing text: UnsafeBufferPointer<UInt8>,
                        into tokenBuffer: UnsafeMutableBufferPointer<VaderToken>) -> VaderScores? {
        guard let counts = tokenizer.tokens(of: text, padded: padded, markingClauseEnds: ruleSet.clauseScopedNegation,
                                            into: tokenBuffer.baseAddress!, capacity: tokenBuffer.count) else { return nil }
        let tokens = UnsafeBufferPointer(rebasing: tokenBuffer[0..<counts.all])
        defer { tokenBuffer.baseAddress!.deinitialize(count: tokens.count) }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(tokens.count, 1)) { valenceBuffer in
            let valences = UnsafeMutableBufferPointer(rebasing: valenceBuffer[0..<tokens.count])
            VaderValenceRules(tokens: tokens, upperCount: counts.upper, ruleSet: ruleSet).computeValences(into: valences.baseAddress!)
            if let butIndex = tokens.firstIndex(where: { $0.rule == .but }) {
                if ruleSet.positionalBut {
                    weighAroundButByPosition(valences, butIndex: butIndex)
                } else {
                    weighAroundBut(valences, butIndex: butIndex)
                }
            }
            return VaderScores(valences: UnsafeBufferPointer(valences), exclamationMarks: summary.exclamationMarks,
                               questionMarks: summary.questionMarks)
        }
    }
}

/// `_but_check`: valences before the first "but" count half, those after it one and a
/// half. The package finds each valence's position with `list.index(value)`, i.e. the first
/// equal value in the partly updated list, so a repeated value scales an earlier copy
/// instead of its own; replayed here step by step. Zeros are skipped: scaling one is a no-op.
func weighAroundBut(_ valences: UnsafeMutableBufferPointer<Double>, butIndex: Int) {
    for position in valences.indices {
        let value = valences[position]
        guard value != 0, let found = valences.firstIndex(of: value) else { continue }
        if found < butIndex {
            valences[found] = value * 0.5
        } else if found > butIndex {
            valences[found] = value * 1.5
        }
    }
}

/// The intended rule: halve what comes before the first "but", raise what follows by half.
func weighAroundButByPosition(_ valences: UnsafeMutableBufferPointer<Double>, butIndex: Int) {
    for position in valences.indices where position != butIndex {
        valences[position] *= position < butIndex ? 0.5 : 1.5
    }
}
