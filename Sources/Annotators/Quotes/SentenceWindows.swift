/// Sentences as token ranges, computed only for the paragraphs that hold quotations.
/// A quotation is kept whole: its inner full stops never end the sentence around it,
/// but a quotation ending in "." / "?" / "!" followed by a capitalised word does.
struct SentenceWindows {
    private let text: TokenText
    private let paragraphs: [Range<Int>]
    /// Indexed by paragraph, like the cache: arrays, as most paragraphs are asked about.
    private let quotationsByParagraph: [[Quotation]]
    private var cache: [[Range<Int>]?]

    init(text: TokenText, paragraphs: [Range<Int>], quotations: [Quotation]) {
        self.text = text
        self.paragraphs = paragraphs
        var byParagraph = [[Quotation]](repeating: [], count: paragraphs.count)
        for quotation in quotations { byParagraph[quotation.paragraph].append(quotation) }
        quotationsByParagraph = byParagraph
        cache = Array(repeating: nil, count: paragraphs.count)
    }

    /// The sentence holding `token` in `paragraph`.
    mutating func sentence(containing token: Int, paragraph: Int) -> Range<Int> {
        let sentences = self.sentences(inParagraph: paragraph)
        return sentences.first { $0.contains(token) } ?? paragraphs[paragraph]
    }

    /// The sentence before the one starting at `start`, looking into the previous paragraph.
    mutating func sentence(before start: Int, paragraph: Int) -> (range: Range<Int>, paragraph: Int)? {
        if let previous = sentences(inParagraph: paragraph).last(where: { $0.upperBound <= start }) {
            return (previous, paragraph)
        }
        guard paragraph > 0, let last = sentences(inParagraph: paragraph - 1).last else { return nil }
        return (last, paragraph - 1)
    }

    /// The sentence after the one ending at `end`, in the same paragraph only.
    mutating func sentence(after end: Int, paragraph: Int) -> Range<Int>? {
        sentences(inParagraph: paragraph).first { $0.lowerBound >= end }
    }

    mutating func sentences(inParagraph paragraph: Int) -> [Range<Int>] {
        if let known = cache[paragraph] { return known }
        let range = paragraphs[paragraph]
        var sentences = [Range<Int>]()
        var sentenceStart = range.lowerBound
        // Ends the current sentence before `next` (empty ones are dropped).
        func startSentence(at next: Int) {
            if sentenceStart < next { sentences.append(sentenceStart..<next) }
            sentenceStart = next
        }
        let quotations = quotationsByParagraph[paragraph]
        var nextQuotation = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if nextQuotation < quotations.count, index == quotations[nextQuotation].openToken {
                let quotation = quotations[nextQuotation]
                nextQuotation += 1
                if let close = quotation.closeToken, close > quotation.openToken + 1, text.isTerminal(close - 1),
                    startsSentence(close + 1, in: range)
                {
                    startSentence(at: close + 1)
                }
                index = quotation.lastToken + 1
                continue
            }
            if text.isTerminal(index), startsSentence(index + 1, in: range), !isAbbreviation(endingAt: index) {
                startSentence(at: index + 1)
            }
            index += 1
        }
        startSentence(at: range.upperBound)
        cache[paragraph] = sentences
        return sentences
    }

    private func startsSentence(_ index: Int, in range: Range<Int>) -> Bool {
        guard index < range.upperBound else { return false }
        return text.isCapitalized(index) || text.isQuoteMark(index) || text.tokens[index].kind == .number
    }

    /// "Mr." and initials such as "J." keep their sentence going.
    private func isAbbreviation(endingAt index: Int) -> Bool {
        guard text.isPunctuation(index, "."), index > 0, text.isWord(index - 1),
            text.tokens[index - 1].end == text.tokens[index].start
        else { return false }
        let word = text.tokens[index - 1]
        return text.is(index - 1, .abbreviation) || (word.end - word.start == 1 && text.isCapitalized(index - 1))
    }
}
