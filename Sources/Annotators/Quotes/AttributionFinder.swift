/// A quotation's speaker mention and cue, as found in the text.
struct Attribution {
    let mention: Mention
    let cue: Range<Int>?
    let method: Method

    /// Which rule found it; the raw value is the `attribution` attribute. An enum keeps
    /// `Attribution` free of references, so the found quotes copy without retains.
    enum Method: String {
        case adjacentAfter = "adjacent-after", before, after, colon, introduced, inherited
        case nextSentence = "next-sentence", indirect
    }
}

/// The attribution rules, in the order they are tried for one quotation (first hit wins):
/// 1. right after the quote: `"…," he said` / `"…," said Smith`;
/// 2. a cue earlier in the sentence: `Smith said that "…"`, `according to X, … "…"`;
/// 3. a cue later in the sentence: `"…" for Ukraine, as outlined by Sir Keir`;
/// 4. a colon with no cue: `Carl Bialik: "…"`, `Here's Clinton in 1992: "…"`;
/// then, in `DocumentQuotes`: the speaker of the part it continues, of a quotation in the
/// previous sentence, of an introducing sentence ending in a colon (`Smith said:` + quote),
/// and a cue at the start of the next sentence.
struct AttributionFinder {
    let text: TokenText
    let finder: MentionFinder
    /// The quotations in text order. They never overlap, so their first tokens and their last
    /// tokens both increase: the cue searches find the ones to step over by binary search,
    /// where an array per token cost an allocation and a fill per document.
    private let quotations: [Quotation]

    init(text: TokenText, finder: MentionFinder, quotations: [Quotation]) {
        self.text = text
        self.finder = finder
        self.quotations = quotations
    }

    func attribution(of quotation: Quotation, sentence: Range<Int>) -> Attribution? {
        if let adjacent = adjacentAfter(quotation, ceiling: sentence.upperBound) { return adjacent }
        if let cue = cue(leftOf: quotation.openToken, floor: sentence.lowerBound) {
            let floor = quotationFloor(before: cue, sentenceStart: sentence.lowerBound)
            let ceiling = quotationCeiling(after: cue, sentenceEnd: sentence.upperBound)
            if let mention = finder.speaker(ofCue: cue, floor: floor, ceiling: ceiling, allowAfter: true) {
                return Attribution(mention: mention, cue: finder.cueTokens(at: cue), method: .before)
            }
        }
        if quotation.closeToken != nil, let cue = cue(rightOf: quotation.lastToken, ceiling: sentence.upperBound) {
            let floor = quotationFloor(before: cue, sentenceStart: sentence.lowerBound)
            let ceiling = quotationCeiling(after: cue, sentenceEnd: sentence.upperBound)
            if let mention = finder.speaker(ofCue: cue, floor: floor, ceiling: ceiling, allowAfter: true) {
                return Attribution(mention: mention, cue: finder.cueTokens(at: cue), method: .after)
            }
        }
        let colon = quotation.openToken - 1
        if colon >= sentence.lowerBound, text.isPunctuation(colon, ":"),
            let mention = finder.speaker(beforeColon: colon, floor: quotationFloor(before: colon, sentenceStart: sentence.lowerBound))
        {
            return Attribution(mention: mention, cue: nil, method: .colon)
        }
        return nil
    }

    /// `"…," he said`, `"…" — Smith told reporters`, `"…," said the minister`.
    func adjacentAfter(_ quotation: Quotation, ceiling: Int) -> Attribution? {
        guard let close = quotation.closeToken else { return nil }
        var start = close + 1
        while start < ceiling, text.isPunctuation(start, ",") || text.isDash(start) { start += 1 }
        guard start < ceiling else { return nil }
        let limit = min(ceiling, start + 12)
        var index = start
        while index < limit {
            if text.isTerminal(index) || text.isQuoteMark(index) { return nil }
            if finder.isCue(index) {
                let upTo = quotationCeiling(after: index, sentenceEnd: ceiling)
                // Only an attribution that starts right after the quotation: the cue, or its subject.
                guard let mention = finder.speaker(ofCue: index, floor: start, ceiling: upTo, allowAfter: true),
                    index == start || mention.tokens.lowerBound == start
                else { return nil }
                return Attribution(mention: mention, cue: finder.cueTokens(at: index), method: .adjacentAfter)
            }
            index += 1
        }
        return nil
    }

    /// `Smith said:` closing the previous sentence introduces the quotation.
    func introduced(by sentence: Range<Int>) -> Attribution? {
        guard let last = sentence.last, text.isPunctuation(last, ":"),
            let cue = cue(leftOf: last, floor: sentence.lowerBound)
        else { return nil }
        let floor = quotationFloor(before: cue, sentenceStart: sentence.lowerBound)
        guard let mention = finder.speaker(ofCue: cue, floor: floor, ceiling: last, allowAfter: true) else { return nil }
        return Attribution(mention: mention, cue: finder.cueTokens(at: cue), method: .introduced)
    }

    /// A cue opening the next sentence: `"…" Smith said so on Monday.`
    func openingNextSentence(_ sentence: Range<Int>) -> Attribution? {
        let limit = min(sentence.upperBound, sentence.lowerBound + 6)
        for index in sentence.lowerBound..<limit {
            if text.isQuoteMark(index) || text.isTerminal(index) { return nil }
            if finder.isCue(index) {
                guard let mention = finder.speaker(ofCue: index, floor: sentence.lowerBound, ceiling: sentence.upperBound, allowAfter: true)
                else { return nil }
                return Attribution(mention: mention, cue: finder.cueTokens(at: index), method: .nextSentence)
            }
        }
        return nil
    }

    /// The nearest cue left of `index` in the sentence, stepping over other quotations.
    private func cue(leftOf index: Int, floor: Int) -> Int? {
        var probe = index - 1
        // The last quotation ending at or before `probe`.
        var previous = quotations.partitionIndex { $0.lastToken > probe } - 1
        while probe >= floor {
            if previous >= 0, quotations[previous].lastToken == probe {
                probe = quotations[previous].openToken - 1
                previous -= 1
                continue
            }
            if finder.isCue(probe) { return probe }
            probe -= 1
        }
        return nil
    }

    /// The nearest cue right of `index` in the sentence, stepping over other quotations.
    private func cue(rightOf index: Int, ceiling: Int) -> Int? {
        var probe = index + 1
        // The first quotation opening at or after `probe`.
        var next = quotations.partitionIndex { $0.openToken >= probe }
        while probe < ceiling {
            if next < quotations.count, quotations[next].openToken == probe {
                probe = quotations[next].lastToken + 1
                next += 1
                continue
            }
            if finder.isCue(probe) { return probe }
            probe += 1
        }
        return nil
    }

    /// Where a subject search left of `index` must stop: the sentence start or the end of
    /// the last quotation before it.
    private func quotationFloor(before index: Int, sentenceStart: Int) -> Int {
        let previous = quotations.partitionIndex { $0.lastToken >= index } - 1
        guard previous >= 0, quotations[previous].lastToken >= sentenceStart else { return sentenceStart }
        return quotations[previous].lastToken + 1
    }

    private func quotationCeiling(after index: Int, sentenceEnd: Int) -> Int {
        let next = quotations.partitionIndex { $0.openToken > index }
        guard next < quotations.count, quotations[next].openToken < sentenceEnd else { return sentenceEnd }
        return quotations[next].openToken
    }
}
