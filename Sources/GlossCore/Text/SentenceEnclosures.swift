/// Quotation marks and brackets, paired so that the sentence splitter keeps what they enclose
/// inside one sentence.
enum EnclosureMark: UInt8 {
    case parenthesis, squareBracket, brace, doubleQuote, singleQuote, guillemet
}

enum EnclosureRole {
    case opening(EnclosureMark)
    case closing(EnclosureMark)
}

extension SentenceScan {
    /// How far down the stack a closer looks for its opener: an unpaired apostrophe or inch
    /// mark in between must not hide it, but a stray closer must not swallow half the paragraph.
    private static let pairingReach = 4
    private static let stackLimit = 64

    /// Forgets open quotation marks and brackets at a line break that ends a sentence, so that
    /// one stray quotation mark cannot join the lines of a news feed.
    func closeEnclosuresAtSentenceBreak(before k: Int, lineStartByte: Int) {
        if endsWithTerminal(k - 1) || lineBreakEndsSentence(after: k - 1, lineStartByte: lineStartByte, depth: 0) {
            enclosureStack.removeAll(keepingCapacity: true)
        }
    }

    /// A cheap test passing every token that `enclosureRole(of:)` may accept.
    @inline(__always) func mayEnclose(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .punctuation else { return token.kind == .quote }
        switch bytes[Int(token.start)] {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    /// Pairs token `k` with an earlier opener if it closes one.
    func pairEnclosure(at k: Int) {
        switch enclosureRole(of: k) {
        case .opening(let mark):
            if enclosureStack.count < Self.stackLimit { enclosureStack.append((mark, k)) }
        case .closing(let mark):
            let reachEnd = max(enclosureStack.count - Self.pairingReach, 0)
            var index = enclosureStack.count - 1
            while index >= reachEnd && enclosureStack[index].mark != mark { index -= 1 }
            if index >= reachEnd {
                flags[enclosureStack[index].token].insert(.pairedOpener)
                flags[k].insert(.pairedCloser)
                enclosureStack.removeLast(enclosureStack.count - index)
            }
        case nil:
            break
        }
    }

    /// Brackets open and close by shape. Quotation marks, straight or curly, by what touches
    /// them: an opener has space before and text after, a closer text before and space or
    /// punctuation after. "’" never opens: it is far more often an apostrophe.
    func enclosureRole(of k: Int) -> EnclosureRole? {
        let kind = tokens[k].kind
        guard kind == .punctuation || kind == .quote else { return nil }
        let byte = firstByte(k)
        let mark: EnclosureMark
        var canOpen = true
        switch byte {
        case UInt8(ascii: "("): return .opening(.parenthesis)
        case UInt8(ascii: ")"): return .closing(.parenthesis)
        case UInt8(ascii: "["): return .opening(.squareBracket)
        case UInt8(ascii: "]"): return .closing(.squareBracket)
        case UInt8(ascii: "{"): return .opening(.brace)
        case UInt8(ascii: "}"): return .closing(.brace)
        case UInt8(ascii: "\""): mark = .doubleQuote
        case UInt8(ascii: "'"), UInt8(ascii: "`"): mark = .singleQuote
        case 0x80...:
            switch firstScalar(k) {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": mark = .doubleQuote
            case "\u{2018}", "\u{201A}", "\u{201B}": mark = .singleQuote
            case "\u{2019}":
                mark = .singleQuote
                canOpen = false
            case "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}": mark = .guillemet
            default: return nil
            }
        default:
            return nil
        }
        let rightOpen = isOpenOnRight(k)
        if canOpen && !rightOpen && isOpenOnLeft(k) { return .opening(mark) }
        if rightOpen && isAttachedToPrevious(k) { return .closing(mark) }
        return nil
    }

    /// Nested quotation marks stack two or three deep ("'Tis …", …love.'"); a longer run of
    /// them is noise, and looking through it would make pairing quadratic.
    private static let quoteRunLimit = 3

    /// Space, an opening bracket, a dash or an opening quotation mark before token `k`.
    private func isOpenOnLeft(_ k: Int) -> Bool {
        var k = k
        for _ in 0..<Self.quoteRunLimit {
            guard isAttachedToPrevious(k) else { return true }
            let previous = k - 1
            if isOpeningBracket(previous) || isDash(previous) || isByte(previous, "/") { return true }
            guard isQuote(previous) else { return false }
            k = previous
        }
        return false
    }

    /// Space or punctuation (other than an opening bracket) after token `k`.
    private func isOpenOnRight(_ k: Int) -> Bool {
        var k = k
        for _ in 0..<Self.quoteRunLimit {
            guard isAttachedToNext(k) else { return true }
            let next = k + 1
            guard isQuote(next) else { return tokens[next].kind == .punctuation && !isOpeningBracket(next) }
            k = next
        }
        return false
    }
}
