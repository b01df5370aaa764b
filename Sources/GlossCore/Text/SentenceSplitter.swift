/// News-grade sentence boundaries on UTF-8 bytes.
///
/// Works on the shared tokens. A first pass finds the paragraphs (text between blank lines)
/// and the line breaks, and flags the few tokens that can matter; then, one paragraph at a
/// time and visiting only flagged tokens, a pass finds list markers and pairs quotation marks
/// and brackets, and a last one judges each candidate boundary — terminal punctuation, line
/// breaks, list items — from the tokens around it. Punctuation inside a quotation or bracket
/// that goes on after it never ends a sentence.
public enum SentenceSplitter {
    /// Sentence byte ranges, in order, without surrounding whitespace. A sentence never
    /// crosses a paragraph break.
    public static func sentences(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Range<Int>] {
        tokens.withUnsafeBufferPointer { tokens in
            withUnsafeTemporaryAllocation(of: TokenFlags.self, capacity: tokens.count) { flags in
                let scan = SentenceScan(bytes: bytes, tokens: tokens, flags: flags)
                return scan.run()
            }
        }
    }
}

/// Punctuation that may end a sentence.
enum Terminal {
    case period
    /// ... … and spaced . . . (with a fourth dot, a period follows the ellipsis).
    case ellipsis
    case exclamation
    /// Full-width and CJK stops (． 。 ！ ？), which need no space after them.
    case fullWidth
    /// A dash closing a quotation: speech broken off (`… to--" At this moment`).
    case interruption
}

/// How the text after a candidate boundary begins.
enum StartClass {
    case uppercase, lowercase, digit
    /// , ; : or a closing bracket: the sentence goes on.
    case continuation
    case other
}

/// One document's scan. A class, so that its many helpers get `self` as one pointer (a
/// struct this size is copied onto the stack for every call from a mutating method); it
/// never leaves one call of `sentences(in:tokens:)`, so its state needs no exclusivity checks.
final class SentenceScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let flags: UnsafeMutableBufferPointer<TokenFlags>
    @exclusivity(unchecked) var paragraphStart = 0
    @exclusivity(unchecked) var paragraphEnd = 0
    @exclusivity(unchecked) var enclosureStack: [(mark: EnclosureMark, token: Int)] = []
    @exclusivity(unchecked) var listSequences = ListSequences()
    @exclusivity(unchecked) private var sentences: [Range<Int>] = []
    @exclusivity(unchecked) private var linkChunk: (bytes: Range<Int>, isLink: Bool) = (0..<0, false)
    /// The first token of each paragraph (text between blank lines).
    @exclusivity(unchecked) private var paragraphStarts: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, flags: UnsafeMutableBufferPointer<TokenFlags>) {
        self.bytes = bytes
        self.tokens = tokens
        self.flags = flags
        sentences.reserveCapacity(tokens.count / 16 + 1)
        paragraphStarts = markTokens()
        assert(candidatesCoverThePasses(), "a token the later passes act on was left unflagged")
    }

    func run() -> [Range<Int>] {
        for (index, start) in paragraphStarts.enumerated() {
            paragraphStart = start
            paragraphEnd = index + 1 < paragraphStarts.count ? paragraphStarts[index + 1] : tokens.count
            markListsAndEnclosures()
            splitParagraph()
        }
        return sentences
    }

    /// One pass over the paragraph for list markers and for pairs of quotation marks and
    /// brackets (pairing needs to know which lines start list items).
    private func markListsAndEnclosures() {
        listSequences.reset()
        enclosureStack.removeAll(keepingCapacity: true)
        var lineStartByte = start(paragraphStart)
        var afterMarker = paragraphStart
        var k = nextFlagged(from: paragraphStart, before: paragraphEnd, ignoring: .terminalCandidate)
        while k < paragraphEnd {
            if k >= afterMarker && mayStartListItem(k) { afterMarker = markListItem(at: k) }
            if k > paragraphStart && flags[k].contains(.lineBreakBefore) {
                closeEnclosuresAtSentenceBreak(before: k, lineStartByte: lineStartByte)
                lineStartByte = start(k)
            }
            if mayEnclose(k) { pairEnclosure(at: k) }
            k = nextFlagged(from: k + 1, before: paragraphEnd, ignoring: .terminalCandidate)
        }
    }

    // MARK: Token access

    @inline(__always) func start(_ k: Int) -> Int { Int(tokens[k].start) }
    @inline(__always) func end(_ k: Int) -> Int { Int(tokens[k].end) }
    @inline(__always) func byteRange(_ k: Int) -> Range<Int> { start(k)..<end(k) }
    @inline(__always) func firstByte(_ k: Int) -> UInt8 { bytes[start(k)] }
    @inline(__always) func firstScalar(_ k: Int) -> Unicode.Scalar { UTF8Scanning.scalar(in: bytes, at: start(k)).0 }

    /// Whether token `k` is the single ASCII character `ascii`.
    @inline(__always) func isByte(_ k: Int, _ ascii: Unicode.Scalar) -> Bool {
        end(k) - start(k) == 1 && bytes[start(k)] == UInt8(ascii: ascii)
    }

    /// No whitespace between token `k` and the next token of the paragraph.
    @inline(__always) func isAttachedToNext(_ k: Int) -> Bool {
        k + 1 < paragraphEnd && tokens[k].end == tokens[k + 1].start
    }

    @inline(__always) func isAttachedToPrevious(_ k: Int) -> Bool {
        k > paragraphStart && tokens[k - 1].end == tokens[k].start
    }

    func isLineStart(_ k: Int) -> Bool { k == paragraphStart || flags[k].contains(.lineBreakBefore) }

    func isDash(_ k: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        switch firstScalar(k) {
        case "-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}": return true
        default: return false
        }
    }

    func isOpeningBracket(_ k: Int) -> Bool { isByte(k, "(") || isByte(k, "[") || isByte(k, "{") }
    func isClosingBracket(_ k: Int) -> Bool { isByte(k, ")") || isByte(k, "]") || isByte(k, "}") }

    func letterCase(_ k: Int) -> StartClass {
        let byte = firstByte(k)
        if byte < 0x80 {
            if UTF8Scanning.isASCIIUpper(byte) { return .uppercase }
            return UTF8Scanning.isASCIILetter(byte) ? .lowercase : .other
        }
        let properties = firstScalar(k).properties
        if properties.isUppercase { return .uppercase }
        return properties.isLowercase ? .lowercase : .other
    }

    // MARK: Line breaks

    /// A line at least this long (in bytes) that runs on in lowercase was most likely wrapped
    /// by its editor; shorter lines are labels or list lines ("features\ncontact manager").
    private static let wrappedLineLength = 40

    /// Whether a line that does not end in terminal punctuation ends its sentence: headlines
    /// and list lines do; a hard-wrapped sentence goes on.
    func lineBreakEndsSentence(after previous: Int, lineStartByte: Int, depth: Int) -> Bool {
        let next = previous + 1
        if depth > 0 { return false }
        if flags[next].contains(.listItemStart) { return true }
        if continuesOnNextLine(previous) { return false }
        if tokens[previous].kind == .word && Abbreviations.isFunctionWord(bytes, byteRange(previous)) { return false }
        let (startClass, _) = sentenceStartClass(at: next)
        if startClass == .lowercase || (isByte(next, "(") && startClass != .uppercase) {
            let looksWrapped = flags[next].contains(.spaceBeforeLineBreak) || end(previous) - lineStartByte >= Self.wrappedLineLength
            return !looksWrapped
        }
        return startClass != .continuation
    }

    private func continuesOnNextLine(_ k: Int) -> Bool {
        if isDash(k) || isOpeningBracket(k) { return true }
        if isByte(k, ",") || isByte(k, ";") || isByte(k, "&") || isByte(k, "/") { return true }
        if case .opening = enclosureRole(of: k) { return true }
        return false
    }

    /// Whether token `k` is terminal punctuation, possibly followed by closing quotes or brackets.
    func endsWithTerminal(_ k: Int) -> Bool {
        if terminal(at: k) != nil { return true }
        var closer = k
        while closer > paragraphStart, isAttachedToPrevious(closer), isClosingBracket(closer) || isQuote(closer) {
            closer -= 1
            if terminal(at: closer) != nil { return true }
        }
        return false
    }

    func isQuote(_ k: Int) -> Bool { tokens[k].kind == .quote }

    // MARK: Terminal punctuation

    func terminal(at k: Int) -> Terminal? {
        let token = tokens[k]
        switch token.kind {
        case .word:
            return bytes[Int(token.end) - 1] == UInt8(ascii: ".") ? .period : nil
        case .punctuation:
            switch bytes[Int(token.start)] {
            case UInt8(ascii: "."):
                return token.end - token.start < 3 ? .period : .ellipsis
            case UInt8(ascii: "!"), UInt8(ascii: "?"):
                return .exclamation
            case UInt8(ascii: "-"), 0xE2:
                if isDash(k) {
                    let closesQuote = isAttachedToNext(k) && isQuote(k + 1) && flags[k + 1].contains(.pairedCloser)
                    return closesQuote ? .interruption : nil
                }
            case 0x00..<0x80:
                return nil
            default:
                break
            }
            switch firstScalar(k) {
            case "\u{2026}": return .ellipsis
            case "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}": return .exclamation
            case "\u{FF0E}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{FF61}": return .fullWidth
            default: return nil
            }
        default:
            return nil
        }
    }

    /// How the text from token `n` begins, looking past opening quotes, brackets and dashes.
    /// Returns the class and the token that decided it.
    func sentenceStartClass(at n: Int) -> (StartClass, Int) {
        var k = n
        while k < paragraphEnd && k - n < 4 && (isDash(k) || isOpeningBracket(k) || isOpeningQuote(k)) { k += 1 }
        guard k < paragraphEnd else { return (.other, n) }
        switch tokens[k].kind {
        case .word: return (letterCase(k), k)
        case .clitic: return (.lowercase, k)
        case .number: return (.digit, k)
        case .punctuation where k == n:
            let isContinuation = isByte(k, ",") || isByte(k, ";") || isByte(k, ":") || isClosingBracket(k)
            return (isContinuation ? .continuation : .other, k)
        default: return (.other, k)
        }
    }

    private func isOpeningQuote(_ k: Int) -> Bool {
        guard isQuote(k) else { return false }
        if case .closing = enclosureRole(of: k) { return false }
        return true
    }

    // MARK: Deciding boundaries

    private func splitParagraph() {
        var depth = 0
        var sentenceStart = -1
        var lineStartByte = start(paragraphStart)
        var lastJudgedTerminal = -1
        var k = paragraphStart
        while k < paragraphEnd {
            if sentenceStart >= 0 {
                k = nextFlagged(from: k, before: paragraphEnd, ignoring: .listOrEnclosureCandidate)
                guard k < paragraphEnd else { break }
            }
            let tokenFlags = flags[k]
            if k > paragraphStart && tokenFlags.contains(.lineBreakBefore) {
                if sentenceStart >= 0 && lastJudgedTerminal != k - 1
                    && lineBreakEndsSentence(after: k - 1, lineStartByte: lineStartByte, depth: depth)
                {
                    closeSentence(from: sentenceStart, through: k - 1)
                    sentenceStart = -1
                }
                lineStartByte = start(k)
            }
            if tokenFlags.contains(.listItemStart) && depth == 0 && sentenceStart >= 0 {
                closeSentence(from: sentenceStart, through: k - 1)
                sentenceStart = -1
            }
            if sentenceStart < 0 { sentenceStart = k }
            applyEnclosure(of: k, to: &depth)
            if !tokenFlags.contains(.listMarkerPunctuation), let found = terminal(at: k) {
                let judgement = judgeTerminal(found, at: k, sentenceStart: sentenceStart, depth: &depth)
                if let boundary = judgement.boundaryAfter {
                    closeSentence(from: sentenceStart, through: boundary)
                    sentenceStart = boundary < judgement.last ? boundary + 1 : -1
                }
                lastJudgedTerminal = judgement.last
                k = judgement.last + 1
                continue
            }
            k += 1
        }
        if sentenceStart >= 0 { closeSentence(from: sentenceStart, through: paragraphEnd - 1) }
    }

    private func closeSentence(from first: Int, through last: Int) {
        sentences.append(start(first)..<end(last))
    }

    @inline(__always) private func applyEnclosure(of k: Int, to depth: inout Int) {
        let tokenFlags = flags[k]
        if tokenFlags.contains(.pairedOpener) { depth += 1 }
        if tokenFlags.contains(.pairedCloser) { depth -= 1 }
    }

    /// The tokens a terminal spans (with its closing quotes, brackets and note references) and
    /// the token after which a sentence ends, if one does.
    private struct Judgement {
        var last: Int
        var boundaryAfter: Int?
    }

    private func judgeTerminal(_ firstKind: Terminal, at first: Int, sentenceStart: Int, depth: inout Int)
        -> Judgement
    {
        var kind = firstKind
        var last = first
        let spacedDots = spacedDotCount(from: first)
        if spacedDots >= 3 {
            kind = .ellipsis
            last = first + spacedDots - 1
        }
        var lastTerminal = last
        var sawExclamation = kind == .exclamation
        // Stacked punctuation and closers: ?! · ." · .) · !’ · …”.
        while isAttachedToNext(last) {
            let next = last + 1
            if flags[next].contains(.listMarkerPunctuation) { break }
            if let following = terminal(at: next) {
                kind = following
                lastTerminal = next
                sawExclamation = sawExclamation || following == .exclamation
            } else if !(isClosingBracket(next) || isClosingQuote(next)) {
                break
            }
            applyEnclosure(of: next, to: &depth)
            last = next
        }
        if sawExclamation && kind != .fullWidth { kind = .exclamation }
        let before = isAttachedToPrevious(first) ? first - 1 : nil
        if kind == .period || kind == .exclamation, isAttachedToNext(last), let before, acceptsNoteReference(after: before) {
            last = noteReferenceEnd(after: last, depth: &depth)
        }

        var judgement = Judgement(last: last, boundaryAfter: nil)
        let next = last + 1
        if depth > 0 { return judgement }
        if next >= paragraphEnd || flags[next].contains(.listItemStart) {
            judgement.boundaryAfter = last
            return judgement
        }
        if isAttachedToNext(last) {
            if kind == .fullWidth || (kind == .period && periodEndsBeforeAttachedWord(lastTerminal, next, sentenceStart)) {
                judgement.boundaryAfter = last
            }
            return judgement
        }
        let (startClass, content) = sentenceStartClass(at: next)
        let lineBreakFollows = flags[next].contains(.lineBreakBefore)
        let ends: Bool
        switch kind {
        case .exclamation:
            ends = startClass != .lowercase && startClass != .continuation
        case .fullWidth:
            ends = startClass != .continuation
        case .interruption:
            ends = startClass == .uppercase
        case .ellipsis:
            let followsWord = before.map { !isOpeningBracket($0) && !isOpeningQuote($0) } ?? false
            let startsNewSentence = startClass == .uppercase || startClass == .other
            if spacedDots >= 4 && followsWord && last == lastTerminal && startClass == .uppercase {
                // "compounds. . . . The": a period, then an ellipsis that opens the next sentence.
                judgement.boundaryAfter = first
                return judgement
            }
            let endsWithPeriod = spacedDots >= 4 || end(lastTerminal) - start(lastTerminal) == 4
            ends = startsNewSentence && (followsWord || endsWithPeriod || lineBreakFollows)
        case .period:
            ends = periodEndsSentence(
                lastTerminal, before: startClass, content: content, sentenceStart: sentenceStart,
                lineBreakFollows: lineBreakFollows)
        }
        if ends { judgement.boundaryAfter = last }
        return judgement
    }

    private func isClosingQuote(_ k: Int) -> Bool {
        guard isQuote(k) else { return false }
        if case .closing = enclosureRole(of: k) { return true }
        return false
    }

    /// The length of a run of single periods separated by single spaces (". . ."), from `first`.
    private func spacedDotCount(from first: Int) -> Int {
        guard isByte(first, ".") else { return 0 }
        var count = 1
        var k = first
        while k + 1 < paragraphEnd, isByte(k + 1, "."), start(k + 1) == end(k) + 1, bytes[end(k)] == 0x20 {
            k += 1
            count += 1
        }
        return count
    }

    /// Whether `periodToken` (a period, or an abbreviation the tokenizer kept with its dots)
    /// ends the sentence before text of `startClass`, decided by token `content`.
    private func periodEndsSentence(
        _ periodToken: Int, before startClass: StartClass, content: Int, sentenceStart: Int, lineBreakFollows: Bool
    ) -> Bool {
        if startClass == .lowercase || startClass == .continuation { return false }
        let ambiguousEnds = startClass == .uppercase
            && (lineBreakFollows || Abbreviations.isSentenceStarter(bytes, byteRange(content)))
        let word: Int
        if tokens[periodToken].kind == .word {
            // A dotted abbreviation the tokenizer kept whole: U.S. · e.g. · a.m.
            if isMeridiem(periodToken) {
                return startClass != .digit && !Abbreviations.isTimeZone(bytes, byteRange(content))
                    && !isFrontedTimePhrase(endingAt: periodToken, sentenceStart: sentenceStart)
            }
            return ambiguousEnds
        } else if isAttachedToPrevious(periodToken) {
            word = periodToken - 1
        } else {
            return true
        }
        switch tokens[word].kind {
        case .word:
            if end(word) - start(word) == 1 {
                if UTF8Scanning.isASCIIUpper(firstByte(word)) {
                    return startClass != .digit && capitalLetterEndsSentence(word, sentenceStart: sentenceStart)
                }
                return ambiguousEnds  // p. 55 · v. Smith
            }
            switch Abbreviations.kind(of: bytes, byteRange(word)) {
            case .title: return false
            case .ambiguous: return ambiguousEnds
            case .numberPrefix: return startClass != .digit
            case nil: return true
            }
        case .symbol:
            return startClass != .digit  // N°. 1026
        default:
            return true
        }
    }

    /// "you and I." and "plan B." end sentences; "Jonas E. Smith", "J. K. Rowling" and a letter
    /// opening a sentence ("Q. What …") are initials.
    private func capitalLetterEndsSentence(_ letter: Int, sentenceStart: Int) -> Bool {
        guard letter > sentenceStart else { return false }
        let previous = letter - 1
        return tokens[previous].kind == .word && letterCase(previous) == .lowercase
    }

    private func isMeridiem(_ k: Int) -> Bool {
        guard end(k) - start(k) == 4 else { return false }
        let first = firstByte(k) | 0x20
        return (first == UInt8(ascii: "a") || first == UInt8(ascii: "p")) && bytes[start(k) + 2] | 0x20 == UInt8(ascii: "m")
    }

    /// "At 5 a.m." opening a sentence is a time phrase, and the sentence goes on.
    private func isFrontedTimePhrase(endingAt k: Int, sentenceStart: Int) -> Bool {
        k - sentenceStart <= 4 && tokens[sentenceStart].kind == .word
            && Abbreviations.isTimePhrasePreposition(bytes, byteRange(sentenceStart))
    }

    /// "world.Today" ends a sentence without a space; "Ph.D", "D-W.Va.", "Jane.Doe@example.com"
    /// and "www.example.Com" do not.
    private func periodEndsBeforeAttachedWord(_ periodToken: Int, _ next: Int, _ sentenceStart: Int) -> Bool {
        guard tokens[next].kind == .word, end(next) - start(next) >= 2, letterCase(next) == .uppercase else { return false }
        let period = start(periodToken)
        let isAfterSingleLetter = period >= 2 && UTF8Scanning.isASCIILetter(bytes[period - 1])
            && !UTF8Scanning.isASCIILetter(bytes[period - 2])
        guard !isAfterSingleLetter, !isInsideLink(periodToken) else { return false }
        return periodEndsSentence(
            periodToken, before: .uppercase, content: next, sentenceStart: sentenceStart, lineBreakFollows: false)
    }

    /// Whether token `k` lies in a URL or an e-mail address (the run of non-space bytes around
    /// it holds "@" or "://", or starts with "www.").
    private func isInsideLink(_ k: Int) -> Bool {
        if linkChunk.bytes.contains(start(k)) { return linkChunk.isLink }
        var lower = start(k)
        while lower > 0 && !UTF8Scanning.isASCIIWhitespace(bytes[lower - 1]) { lower -= 1 }
        var upper = end(k)
        while upper < bytes.count && !UTF8Scanning.isASCIIWhitespace(bytes[upper]) { upper += 1 }
        var isLink = upper - lower >= 4 && bytes[lower] | 0x20 == UInt8(ascii: "w")
            && bytes[lower + 1] | 0x20 == UInt8(ascii: "w") && bytes[lower + 2] | 0x20 == UInt8(ascii: "w")
            && bytes[lower + 3] == UInt8(ascii: ".")
        var i = lower
        while !isLink && i < upper {
            if bytes[i] == UInt8(ascii: "@") {
                isLink = true
            } else if bytes[i] == UInt8(ascii: ":") && i + 2 < upper && bytes[i + 1] == UInt8(ascii: "/")
                && bytes[i + 2] == UInt8(ascii: "/")
            {
                isLink = true
            }
            i += 1
        }
        linkChunk = (lower..<upper, isLink)
        return isLink
    }

    // MARK: Note references

    /// Note references follow a word or a closing bracket: "martyr.[1]", "(type 2).10".
    private func acceptsNoteReference(after k: Int) -> Bool {
        switch tokens[k].kind {
        case .word: return end(k) - start(k) >= 2 && Abbreviations.kind(of: bytes, byteRange(k)) == nil
        case .quote: return true
        default: return isClosingBracket(k)
        }
    }

    /// Extends a sentence end over note references attached to it: [1] · [7][8] · [2–11] ·
    /// a bare note number and the numbers after it ("consultation.11 12 Take …").
    private func noteReferenceEnd(after last: Int, depth: inout Int) -> Int {
        var k = last
        while isAttachedToNext(k) && isByte(k + 1, "[") {
            var close = k + 2
            while close < paragraphEnd && close - k < 8 && (tokens[close].kind == .number || isByte(close, ",") || isDash(close)) {
                close += 1
            }
            guard close > k + 2, close < paragraphEnd, isByte(close, "]") else { break }
            for j in (k + 1)...close { applyEnclosure(of: j, to: &depth) }
            k = close
        }
        if k == last && isAttachedToNext(k) && isNoteNumber(k + 1) {
            k += 1
            while k + 1 < paragraphEnd && !isAttachedToNext(k) && !flags[k + 1].contains(.lineBreakBefore)
                && isNoteNumber(k + 1)
            {
                k += 1
            }
        }
        return k
    }

    private func isNoteNumber(_ k: Int) -> Bool {
        guard tokens[k].kind == .number, end(k) - start(k) <= 3 else { return false }
        return byteRange(k).allSatisfy { UTF8Scanning.isASCIIDigit(bytes[$0]) }
    }
}
