/// What a quotation is.
enum QuoteKind: String, CaseIterable, Sendable {
    /// A clause or more, quoted as a statement: `"We will act," he said`.
    case direct
    /// A few words inside the reporter's sentence: warned of a "frozen conflict".
    case partial
    /// Quoted words with no speaker: a so-called "reform", a title.
    case scare
    /// Reported speech without marks: `X said that …`, `according to X, …` (off by default).
    case indirect
}

/// A set of kinds as bits: asked per quotation, where a `Set<QuoteKind>` would hash each time.
struct QuoteKinds {
    private let bits: UInt8

    init(_ kinds: Set<QuoteKind>) { bits = kinds.reduce(0) { $0 | Self.bit($1) } }

    func contains(_ kind: QuoteKind) -> Bool { bits & Self.bit(kind) != 0 }

    private static func bit(_ kind: QuoteKind) -> UInt8 {
        switch kind {
        case .direct: 1
        case .partial: 2
        case .scare: 4
        case .indirect: 8
        }
    }
}

/// Tells direct from partial and scare quotations by where the quotation sits in its
/// sentence and how long it is.
struct QuoteClassifier {
    let text: TokenText
    let finder: MentionFinder

    /// Words and numbers between the marks.
    func wordCount(_ quotation: Quotation) -> Int {
        quotation.content.reduce(0) { count, index in
            text.tokens[index].kind == .word || text.tokens[index].kind == .number ? count + 1 : count
        }
    }

    /// `so-called "reform"`: the writer distances themselves; nobody is quoted.
    func isMarkedScare(_ quotation: Quotation) -> Bool {
        quotation.openToken > 0 && text.is(quotation.openToken - 1, .soCalled)
    }

    /// `words`: its `wordCount`, which the caller has counted already.
    func kind(of quotation: Quotation, words: Int, sentence: Range<Int>, attributed: Bool) -> QuoteKind {
        if isMarkedScare(quotation) { return .scare }
        if opensClause(quotation, sentence: sentence), words >= 3 || isWholeSentence(quotation), !isTitleCase(quotation) {
            return .direct
        }
        return attributed ? .partial : .scare
    }

    /// The quotation starts its sentence or follows a colon, a comma, a dash, "that" or a cue.
    private func opensClause(_ quotation: Quotation, sentence: Range<Int>) -> Bool {
        let before = quotation.openToken - 1
        guard before >= sentence.lowerBound else { return true }
        if text.isPunctuation(before, ":") || text.isPunctuation(before, ",") || text.isDash(before) { return true }
        return text.is(before, .that) || finder.isCue(before)
    }

    /// Every word capitalised and no final punctuation: a title such as "Saturday Night Live".
    private func isTitleCase(_ quotation: Quotation) -> Bool {
        guard let last = quotation.content.last, !text.isTerminal(last) else { return false }
        var words = 0
        for index in quotation.content where text.isWord(index) {
            if !text.isCapitalized(index) && !text.is(index, .titleCaseMinor) { return false }
            words += 1
        }
        return words > 0
    }

    /// Starts with a capital and ends with terminal punctuation: `He said: "No."`
    private func isWholeSentence(_ quotation: Quotation) -> Bool {
        guard let first = quotation.content.first, let last = quotation.content.last else { return false }
        return text.isCapitalized(first) && text.isTerminal(last)
    }
}
