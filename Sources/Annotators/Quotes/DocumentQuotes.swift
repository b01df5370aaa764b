/// One quotation (or one part of a split or multi-paragraph quotation) ready to emit.
struct FoundQuote {
    /// Token range, marks included.
    let tokens: ClosedRange<Int>
    var kind: QuoteKind
    var attribution: Attribution?
    /// Index (in the found list) of the part this one continues.
    let continuationOf: Int?
    /// Index of the first part of its quotation; its own index when it is the first.
    let group: Int
    let words: Int
}

/// Runs the stages over one document: pair marks, find sentences around the quotations,
/// link the parts of split and multi-paragraph quotations, attribute and classify them.
struct DocumentQuotes {
    let text: TokenText
    let paragraphs: [Range<Int>]
    let finder: MentionFinder
    let scanner: QuotationScanner

    func find() -> [FoundQuote] {
        let quotations = scanner.quotations(in: text, paragraphs: paragraphs)
        guard !quotations.isEmpty else { return [] }
        var windows = SentenceWindows(text: text, paragraphs: paragraphs, quotations: quotations)
        let attributions = AttributionFinder(text: text, finder: finder, quotations: quotations)
        let classifier = QuoteClassifier(text: text, finder: finder)
        var found = [FoundQuote]()
        found.reserveCapacity(quotations.count)
        var lastAttributed: (sentence: Range<Int>, attribution: Attribution)?
        for (index, quotation) in quotations.enumerated() {
            let sentence = windows.sentence(containing: quotation.openToken, paragraph: quotation.paragraph)
            var previousPart = index > 0 && continues(quotations[index - 1], with: quotation, sentence: sentence) ? index - 1 : nil
            var attribution = previousPart.flatMap { found[$0].attribution }
            if attribution == nil { attribution = attributions.attribution(of: quotation, sentence: sentence) }
            if attribution == nil, !classifier.isMarkedScare(quotation) {
                let previous = windows.sentence(before: sentence.lowerBound, paragraph: quotation.paragraph)
                if let last = lastAttributed, last.sentence == sentence || last.sentence == previous?.range,
                    quotation.openToken == sentence.lowerBound || !finder.hasOwnSubject(sentence)
                {
                    attribution = Attribution(mention: last.attribution.mention, cue: last.attribution.cue, method: .inherited)
                } else if let previous {
                    attribution = attributions.introduced(by: previous.range)
                }
            }
            if attribution == nil, quotation.openToken == sentence.lowerBound, quotation.closeToken != nil,
                let next = windows.sentence(after: sentence.upperBound, paragraph: quotation.paragraph)
            {
                attribution = attributions.openingNextSentence(next)
            }
            if let attribution, attribution.method != .inherited { lastAttributed = (sentence, attribution) }
            // A whole quoted sentence right after an attributed quotation in the same paragraph
            // goes on with it: `"…," Reid told reporters. "Bernie's a good man."`
            if previousPart == nil, attribution?.method == .inherited, index > 0, quotation.openToken == sentence.lowerBound,
                quotations[index - 1].paragraph == quotation.paragraph, found[index - 1].kind == .direct
            {
                previousPart = index - 1
            }
            let words = classifier.wordCount(quotation)
            let group = previousPart.map { found[$0].group } ?? index
            let kind = classifier.kind(of: quotation, words: words, sentence: sentence, attributed: attribution != nil)
            found.append(FoundQuote(tokens: quotation.tokens, kind: kind, attribution: attribution,
                                    continuationOf: previousPart, group: group, words: words))
        }
        shareWithinGroups(&found)
        return found
    }

    /// `next` goes on from `previous`: the next paragraph reopened it, or an attribution
    /// split it inside one sentence (`"We will act," he said, "and soon."`).
    private func continues(_ previous: Quotation, with next: Quotation, sentence: Range<Int>) -> Bool {
        if previous.continuesInNextParagraph {
            return previous.paragraph + 1 == next.paragraph && next.openToken == paragraphs[next.paragraph].lowerBound
        }
        guard let close = previous.closeToken, previous.paragraph == next.paragraph, sentence.contains(close),
            next.openToken - close <= 12, let last = previous.content.last,
            text.isPunctuation(next.openToken - 1, ",") || text.isPunctuation(next.openToken - 1, ":")
        else { return false }
        let between = (close + 1)..<next.openToken
        let endsOpen = text.isPunctuation(last, ",") || text.isLowercaseWord(next.content.first ?? next.openToken)
        return endsOpen && between.contains { finder.isCue($0) } && !between.contains { text.isTerminal($0) }
    }

    /// Every part of a quotation has the speaker found for any of its parts, and one kind:
    /// direct when any part is (`"Judge," Brafman said, "I have never …"`), else the first part's.
    /// The first part (at index `group`, before the others) collects them, then hands them on.
    private func shareWithinGroups(_ found: inout [FoundQuote]) {
        for index in found.indices where found[index].group != index {
            let group = found[index].group
            if found[group].attribution == nil { found[group].attribution = found[index].attribution }
            if found[index].kind == .direct { found[group].kind = .direct }
        }
        for index in found.indices where found[index].group != index {
            let group = found[index].group
            if found[index].attribution == nil { found[index].attribution = found[group].attribution }
            found[index].kind = found[group].kind
        }
    }
}
