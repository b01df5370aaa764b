// The splitter's first pass: flags, in one byte per token, the tokens that start a line and
// the few that the later passes must look at, so that those passes skip the rest eight at a
// time.

/// Facts about a token that the splitter's passes gather before deciding boundaries.
struct TokenFlags: OptionSet {
    let rawValue: UInt8
    static let lineBreakBefore = TokenFlags(rawValue: 1 << 0)
    /// Spaces or tabs end the previous line: a sign of a hard-wrapped sentence.
    static let spaceBeforeLineBreak = TokenFlags(rawValue: 1 << 1)
    static let pairedOpener = TokenFlags(rawValue: 1 << 2)
    static let pairedCloser = TokenFlags(rawValue: 1 << 3)
    static let listItemStart = TokenFlags(rawValue: 1 << 4)
    /// The "." or ")" of a list marker (1. · a.) · (iv)), which never ends a sentence.
    static let listMarkerPunctuation = TokenFlags(rawValue: 1 << 5)
    /// A token the boundary pass must look at, and one the list and enclosure pass must (see
    /// `SentenceScan.candidateFlags`). The others, most words, carry no flag and the passes
    /// skip them eight at a time.
    static let terminalCandidate = TokenFlags(rawValue: 1 << 6)
    static let listOrEnclosureCandidate = TokenFlags(rawValue: 1 << 7)
}

extension SentenceScan {
    /// One pass over the tokens: flags the candidates and the tokens that start a line, and
    /// returns the first token of each paragraph. Only whitespace lies between tokens.
    func markTokens() -> [Int] {
        guard !tokens.isEmpty else { return [] }
        var paragraphStarts = [0]
        let bytes = self.bytes
        var previousEnd = start(0)  // no gap before the first token
        for k in 0..<tokens.count {
            let token = tokens[k]
            var tokenFlags = Self.candidateFlags(token, in: bytes)
            let gapStart = previousEnd
            let gapEnd = Int(token.start)
            previousEnd = Int(token.end)
            // Most gaps are one space or none.
            if gapEnd &- gapStart > 1 || (gapStart < gapEnd && bytes[gapStart] != 0x20) {
                let (lineBreaks, spaceBeforeBreak) = lineBreaks(from: gapStart, to: gapEnd)
                if lineBreaks > 1 {
                    paragraphStarts.append(k)
                } else if lineBreaks > 0 {
                    tokenFlags.insert(.lineBreakBefore)
                    if spaceBeforeBreak { tokenFlags.insert(.spaceBeforeLineBreak) }
                }
            }
            flags.initializeElement(at: k, to: tokenFlags)
        }
        return paragraphStarts
    }

    /// Which passes must look at `token`: cheap tests passing every token that
    /// `terminal(at:)` may accept, and every one that may start a list item
    /// (`mayStartListItem`) or pair with another (`mayEnclose`). Words come first: most tokens
    /// are words, and few of them matter.
    @inline(__always)
    private static func candidateFlags(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> TokenFlags {
        let end = Int(token.end)
        if token.kind == .word || token.kind == .number {
            var result: TokenFlags = []
            if token.kind == .word && bytes[end &- 1] == UInt8(ascii: ".") { result = .terminalCandidate }
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"),
                mayNumberListItem(token, in: bytes)
            {
                result.insert(.listOrEnclosureCandidate)
            }
            return result
        }
        let first = bytes[Int(token.start)]
        switch token.kind {
        case .quote:
            return .listOrEnclosureCandidate
        case .punctuation:
            switch first {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return .terminalCandidate
            case UInt8(ascii: "-"), 0x80...:
                return [.terminalCandidate, .listOrEnclosureCandidate]
            case UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"):
                return .listOrEnclosureCandidate
            default:
                return []
            }
        case .symbol:
            return first >= 0x80 ? .listOrEnclosureCandidate : []
        case .word, .number, .clitic:
            return []
        }
    }

    /// Whether every token that `terminal(at:)`, `mayStartListItem` or `mayEnclose` accepts
    /// carries its candidate flag: the passes skip unflagged tokens, so a predicate widened
    /// without `candidateFlags` would be ignored. Checked in debug builds (tests).
    func candidatesCoverThePasses() -> Bool {
        tokens.indices.allSatisfy { k in
            (flags[k].contains(.terminalCandidate) || terminal(at: k) == nil)
                && (flags[k].contains(.listOrEnclosureCandidate) || !(mayStartListItem(k) || mayEnclose(k)))
        }
    }

    /// Whether a word or number may be an enumerator's value (see `ordinal(of:)`): one or two
    /// digits, a letter, or up to four of i, v and x.
    private static func mayNumberListItem(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.byteRange
        if token.kind == .number { return range.count <= 2 }
        if range.count == 1 { return UTF8Scanning.isASCIILetter(bytes[range.lowerBound]) }
        return range.count <= 4 && range.allSatisfy { index in
            switch bytes[index] | 0x20 {
            case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"): return true
            default: return false
            }
        }
    }

    /// The first token from `k` on, before `end`, with a flag other than `ignored`.
    @inline(__always) func nextFlagged(from k: Int, before end: Int, ignoring ignored: TokenFlags) -> Int {
        var k = k
        if let base = flags.baseAddress {
            let mask = ~(ByteWords.ones &* UInt64(ignored.rawValue))
            while k + 8 <= end {
                let word = ByteWords.load(UnsafeRawPointer(base + k)) & mask
                if word != 0 { return k + word.trailingZeroBitCount >> 3 }
                k += 8
            }
        }
        while k < end && flags[k].subtracting(ignored).isEmpty { k += 1 }
        return k
    }

    /// The line breaks in the whitespace between two tokens, and whether spaces or tabs come
    /// before the first.
    private func lineBreaks(from gapStart: Int, to gapEnd: Int) -> (count: Int, spaceBeforeBreak: Bool) {
        var lineBreaks = 0
        var spaceBeforeBreak = false
        var i = gapStart
        while i < gapEnd {
            switch bytes[i] {
            case 0x0A:
                lineBreaks += 1
            case 0x0D:
                if i + 1 == gapEnd || bytes[i + 1] != 0x0A { lineBreaks += 1 }
            case 0x20, 0x09:
                if lineBreaks == 0 { spaceBeforeBreak = true }
            case 0xE2 where i + 2 < gapEnd && bytes[i + 1] == 0x80:
                if bytes[i + 2] == 0xA8 { lineBreaks += 1 }  // LINE SEPARATOR
                if bytes[i + 2] == 0xA9 { lineBreaks += 2 }  // PARAGRAPH SEPARATOR
            default:
                break
            }
            i += 1
        }
        return (lineBreaks, spaceBeforeBreak)
    }
}
