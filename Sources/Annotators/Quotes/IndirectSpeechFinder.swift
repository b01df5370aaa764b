/// Reported speech without quotation marks, in sentences that hold no quotation:
/// `X said (that) CLAUSE`, `CLAUSE, X said.`, `according to X, CLAUSE` and `CLAUSE, according to X.`
struct IndirectSpeechFinder {
    let text: TokenText
    let paragraphs: [Range<Int>]
    let finder: MentionFinder

    /// Reporting verbs that take a clause without "that".
    /// Indirect quotations, numbered after the `found` ones so group indices stay valid.
    func find(after found: [FoundQuote]) -> [FoundQuote] {
        var windows = SentenceWindows(text: text, paragraphs: paragraphs, quotations: [])
        var result = [FoundQuote]()
        var nextQuoted = found.map(\.tokens).sorted { $0.lowerBound < $1.lowerBound }[...]
        for paragraph in paragraphs.indices {
            for sentence in windows.sentences(inParagraph: paragraph) {
                while let first = nextQuoted.first, first.upperBound < sentence.lowerBound { nextQuoted.removeFirst() }
                if let first = nextQuoted.first, first.lowerBound < sentence.upperBound { continue }
                guard let (content, attribution) = reportedSpeech(in: sentence) else { continue }
                let words = content.reduce(0) { $0 + (text.isWord($1) ? 1 : 0) }
                guard words >= 3 else { continue }
                result.append(FoundQuote(tokens: content.lowerBound...(content.upperBound - 1), kind: .indirect,
                                         attribution: attribution, continuationOf: nil,
                                         group: found.count + result.count, words: words))
            }
        }
        return result
    }

    private func reportedSpeech(in sentence: Range<Int>) -> (Range<Int>, Attribution)? {
        var end = sentence.upperBound
        while end > sentence.lowerBound, text.tokens[end - 1].kind == .punctuation { end -= 1 }
        guard let cue = sentence.first(where: { finder.isCue($0) }), cue < end else { return nil }
        let cueTokens = finder.cueTokens(at: cue)
        if text.is(cue, .according) {
            guard let mention = finder.mention(after: cueTokens.upperBound, ceiling: end) else { return nil }
            let attribution = Attribution(mention: mention, cue: cueTokens, method: .indirect)
            if mention.tokens.upperBound < end, text.isPunctuation(mention.tokens.upperBound, ",") {
                return nonEmpty((mention.tokens.upperBound + 1)..<end, attribution)
            }
            if cue - 1 > sentence.lowerBound, text.isPunctuation(cue - 1, ",") { return nonEmpty(sentence.lowerBound..<(cue - 1), attribution) }
            return nil
        }
        // CLAUSE, X said.  /  CLAUSE, said X.
        if let comma = (sentence.lowerBound..<cue).last(where: { text.isPunctuation($0, ",") }), cue - comma <= 8,
            let mention = finder.speaker(ofCue: cue, floor: comma + 1, ceiling: end, allowAfter: true),
            mention.tokens.upperBound >= end - 1 || mention.tokens.upperBound == cue
        {
            let tail = (cue + 1)..<end
            if tail.count <= 4 || mention.tokens.lowerBound > cue {
                return nonEmpty(sentence.lowerBound..<comma, Attribution(mention: mention, cue: cueTokens, method: .indirect))
            }
        }
        // X said (that) CLAUSE.
        guard let mention = finder.subject(before: cue, floor: sentence.lowerBound) else { return nil }
        let that = ((cue + 1)..<min(end, cue + 5)).first { text.is($0, .that) }
        let start: Int
        if let that {
            start = that + 1
        } else if text.is(cue, .clauseVerb), cue + 1 < end, text.isWord(cue + 1),
            !text.is(cue + 1, .phraseStop) || text.is(cue + 1, .the)
        {
            start = cue + 1
        } else {
            return nil
        }
        return nonEmpty(start..<end, Attribution(mention: mention, cue: cueTokens, method: .indirect))
    }

    private func nonEmpty(_ content: Range<Int>, _ attribution: Attribution) -> (Range<Int>, Attribution)? {
        content.isEmpty ? nil : (content, attribution)
    }
}
