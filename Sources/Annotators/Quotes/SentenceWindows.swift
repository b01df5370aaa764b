/// Sentences as token ranges, computed only for the paragraphs that hold quotations.
/// A quotation is kept whole: its inner full stops never end the sentence around it,
/// but a quotation ending in "." / "?" / "!" followed by a capitalised word does.
struct SentenceWindows {
    private let text: TokenText
    private let paragraphs: [Range<Int>]
    /// The quotations in text order, and per paragraph the index of its first one (one more
    /// entry for the end): flat arrays, where an array per paragraph cost an allocation each.
    private let quotations: [Quotation]
    private let firstQuotation: [Int32]
    /// The sentences split so far, each paragraph's together, and where each paragraph's
    /// lie in `sentences` (start -1: not split yet).
    private var sentences: [Range<Int>] = []
    private var runs: [(start: Int32, end: Int32)]

    /// `quotations` in text order, as the scanner finds them.
    init(text: TokenText, paragraphs: [Range<Int>], quotations: [Quotation]) {
        self.text = text
        self.paragraphs = paragraphs
        self.quotations = quotations
        var firstQuotation = [Int32](repeating: Int32(quotations.count), count: paragraphs.count + 1)
        var next = quotations.count
        for paragraph in paragraphs.indices.reversed() {
            while next > 0, quotations[next - 1].paragraph >= paragraph { next -= 1 }
            firstQuotation[paragraph] = Int32(next)
        }
        self.firstQuotation = firstQuotation
        runs = Array(repeating: (-1, -1), count: paragraphs.count)
        // A paragraph holding a quotation has a few sentences: room for them, not grown from one.
        sentences.reserveCapacity(quotations.count * 4)
    }

    /// The sentence holding `token` in `paragraph`.
    mutating func sentence(containing token: Int, paragraph: Int) -> Range<Int> {
        for index in split(paragraph) where sentences[index].contains(token) { return sentences[index] }
        return paragraphs[paragraph]
    }

    /// The sentence before the one starting at `start`, looking into the previous paragraph.
    mutating func sentence(before start: Int, paragraph: Int) -> (range: Range<Int>, paragraph: Int)? {
        for index in split(paragraph).reversed() where sentences[index].upperBound <= start {
            return (sentences[index], paragraph)
        }
        guard paragraph > 0 else { return nil }
        let previous = split(paragraph - 1)
        return previous.isEmpty ? nil : (sentences[previous.upperBound - 1], paragraph - 1)
    }

    /// The sentence after the one ending at `end`, in the same paragraph only.
    mutating func sentence(after end: Int, paragraph: Int) -> Range<Int>? {
        for index in split(paragraph) where sentences[index].lowerBound >= end { return sentences[index] }
        return nil
    }

    mutating func sentences(inParagraph paragraph: Int) -> ArraySlice<Range<Int>> {
        sentences[split(paragraph)]
    }

    /// Splits the paragraph once; returns where its sentences lie in `sentences`.
    private mutating func split(_ paragraph: Int) -> Range<Int> {
        let known = runs[paragraph]
        if known.start >= 0 { return Int(known.start)..<Int(known.end) }
        let runStart = sentences.count
        let range = paragraphs[paragraph]
        var sentenceStart = range.lowerBound
        var nextQuotation = Int(firstQuotation[paragraph])
        let quotationsEnd = Int(firstQuotation[paragraph + 1])
        var nextOpen = nextQuotation < quotationsEnd ? quotations[nextQuotation].openToken : Int.max
        var index = range.lowerBound
        while index < range.upperBound {
            if index == nextOpen {
                let quotation = quotations[nextQuotation]
                nextQuotation += 1
                nextOpen = nextQuotation < quotationsEnd ? quotations[nextQuotation].openToken : Int.max
                if let close = quotation.closeToken, close > quotation.openToken + 1, text.isTerminal(close - 1),
                    startsSentence(close + 1, in: range)
                {
                    // Empty sentences are dropped.
                    if sentenceStart < close + 1 { sentences.append(sentenceStart..<(close + 1)) }
                    sentenceStart = close + 1
                }
                index = quotation.lastToken + 1
                continue
            }
            if text.isTerminal(index), startsSentence(index + 1, in: range), !isAbbreviation(endingAt: index) {
                if sentenceStart < index + 1 { sentences.append(sentenceStart..<(index + 1)) }
                sentenceStart = index + 1
            }
            index += 1
        }
        if sentenceStart < range.upperBound { sentences.append(sentenceStart..<range.upperBound) }
        runs[paragraph] = (Int32(runStart), Int32(sentences.count))
        return runStart..<sentences.count
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
