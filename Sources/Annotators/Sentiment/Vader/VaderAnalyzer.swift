/// A Swift port of vaderSentiment 3.3.2 `SentimentIntensityAnalyzer.polarity_scores`
/// (Hutto & Gilbert, ICWSM 2014) that gives the package's scores on the same text.
/// Immutable and safe to share between threads.
public struct VaderAnalyzer: Sendable {
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
        var text = text
        return text.withUTF8 { polarityScores(utf8: $0) }
    }

    /// Scores valid UTF-8 text.
    public func polarityScores(utf8 text: UnsafeBufferPointer<UInt8>) -> VaderScores {
        if let described = emojis.substituting(in: text) {
            return described.withUnsafeBufferPointer(scoresAfterEmojiSubstitution)
        }
        return scoresAfterEmojiSubstitution(text)
    }

    private func scoresAfterEmojiSubstitution(_ text: UnsafeBufferPointer<UInt8>) -> VaderScores {
        // Tokens are separated by whitespace, so there are at most count / 2 + 1.
        withUnsafeTemporaryAllocation(of: VaderToken.self, capacity: text.count / 2 + 1) { tokenBuffer in
            let tokens = UnsafeBufferPointer(rebasing: tokenBuffer[0..<tokenizer.tokens(of: text, into: tokenBuffer.baseAddress!)])
            defer { tokenBuffer.baseAddress!.deinitialize(count: tokens.count) }
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(tokens.count, 1)) { valenceBuffer in
                let valences = UnsafeMutableBufferPointer(rebasing: valenceBuffer[0..<tokens.count])
                VaderValenceRules(tokens: tokens, ruleSet: ruleSet).computeValences(into: valences.baseAddress!)
                if let butIndex = tokens.firstIndex(where: { $0.rule == .but }) {
                    if ruleSet.positionalBut {
                        weighAroundButByPosition(valences, butIndex: butIndex)
                    } else {
                        weighAroundBut(valences, butIndex: butIndex)
                    }
                }
                let marks = countExclamationAndQuestionMarks(text)
                return VaderScores(valences: UnsafeBufferPointer(valences), exclamationMarks: marks.exclamationMarks,
                                   questionMarks: marks.questionMarks)
            }
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
