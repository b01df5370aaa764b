/// A Swift port of vaderSentiment 3.3.2 `SentimentIntensityAnalyzer.polarity_scores`
/// (Hutto & Gilbert, ICWSM 2014) that gives the package's scores on the same text.
/// Immutable and safe to share between threads.
public struct VaderAnalyzer: Sendable {
    private let tokenizer: VaderTokenizer
    private let emojis: EmojiDescriptions

    /// The bundled lexicon and emoji descriptions; loaded once.
    public static let standard = VaderAnalyzer(lexicon: .bundled)

    public init(lexicon: VaderLexicon) {
        tokenizer = VaderTokenizer(table: VaderWordTable(lexicon: lexicon))
        emojis = .bundled
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
        let tokens = tokenizer.tokens(of: text)
        var valences = VaderValenceRules(tokens: tokens).valences()
        if let butIndex = tokens.firstIndex(where: { $0.rule == .but }) {
            weighAroundBut(&valences, butIndex: butIndex)
        }
        var exclamationMarks = 0
        var questionMarks = 0
        for byte in text {
            if byte == UInt8(ascii: "!") { exclamationMarks += 1 } else if byte == UInt8(ascii: "?") { questionMarks += 1 }
        }
        return VaderScores(valences: valences, exclamationMarks: exclamationMarks, questionMarks: questionMarks)
    }
}

/// `_but_check`: valences before the first "but" count half, those after it one and a
/// half. The package finds each valence's position with `list.index(value)`, i.e. the first
/// equal value in the partly updated list, so a repeated value scales an earlier copy
/// instead of its own; replayed here step by step. Zeros are skipped: scaling one is a no-op.
func weighAroundBut(_ valences: inout [Double], butIndex: Int) {
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
