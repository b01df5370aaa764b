import GlossCore

/// One quoted span between marks (marks included), or one paragraph's part of a quotation
/// that goes on in the next paragraph.
struct Quotation {
    let openToken: Int
    /// The closing mark; nil when this part runs to the end of its paragraph because the
    /// next paragraph reopens the quotation (news style).
    let closeToken: Int?
    /// Tokens between the marks.
    let content: Range<Int>
    let paragraph: Int

    var lastToken: Int { closeToken ?? content.upperBound - 1 }
    var tokens: ClosedRange<Int> { openToken...lastToken }
    var continuesInNextParagraph: Bool { closeToken == nil }
}

/// Pairs quotation marks paragraph by paragraph. It never throws and never lets a stray
/// mark swallow text: a quotation never crosses a paragraph break except by the news
/// convention, an opener seen while a quotation of its style is open restarts it, and an
/// opener left open at the end of a paragraph is dropped unless the next paragraph reopens.
struct QuotationScanner {
    let reader: MarkReader

    func quotations(in text: TokenText, paragraphs: [Range<Int>]) -> [Quotation] {
        var found = [Quotation]()
        var next = 0  // next token to look at
        func add(_ quotation: Quotation) {
            // Room for about one per paragraph left, as news has, rather than grown from one.
            if found.isEmpty { found.reserveCapacity(paragraphs.count - quotation.paragraph) }
            found.append(quotation)
        }
        for (paragraph, tokenRange) in paragraphs.enumerated() {
            next = max(next, tokenRange.lowerBound)
            var open: Mark?
            while true {
                // Most tokens are no mark: a loop that only reads kinds finds the next one.
                while next < tokenRange.upperBound, text.tokens[next].kind != .quote { next += 1 }
                guard next < tokenRange.upperBound else { break }
                defer { next += 1 }
                guard let mark = reader.mark(at: next, in: text) else { continue }
                if let current = open {
                    if mark.closes(current) {
                        if mark.token > current.token + 1 {
                            add(Quotation(openToken: current.token, closeToken: mark.token,
                                          content: (current.token + 1)..<mark.token, paragraph: paragraph))
                        }
                        open = nil
                    } else if mark.style == current.style && mark.role == .opens {
                        open = mark
                    }
                } else if mark.role == .opens || (mark.role == .either && !isFreeStanding(mark.token, in: text)) {
                    open = mark
                }
            }
            if let current = open, current.token + 1 < tokenRange.upperBound, paragraph + 1 < paragraphs.count,
                reopens(current, paragraph: paragraphs[paragraph + 1], in: text)
            {
                add(Quotation(openToken: current.token, closeToken: nil,
                              content: (current.token + 1)..<tokenRange.upperBound, paragraph: paragraph))
            }
        }
        return found
    }

    /// The next paragraph starts with an opening mark of the same style.
    private func reopens(_ open: Mark, paragraph: Range<Int>, in text: TokenText) -> Bool {
        guard !paragraph.isEmpty, text.tokens[paragraph.lowerBound].kind == .quote,
            let first = reader.mark(at: paragraph.lowerBound, in: text)
        else { return false }
        return first.style == open.style && first.role != .closes
    }

    /// A straight mark with space on both sides (a stray or an inch sign).
    private func isFreeStanding(_ index: Int, in text: TokenText) -> Bool {
        let token = text.tokens[index]
        let start = Int(token.start)
        let end = Int(token.end)
        let spaceBefore = start == 0 || UTF8Scanning.isASCIIWhitespace(text.bytes[start - 1])
        let spaceAfter = end == text.bytes.count || UTF8Scanning.isASCIIWhitespace(text.bytes[end])
        return spaceBefore && spaceAfter
    }
}
