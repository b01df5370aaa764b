// List items for the sentence splitter: bullets (• ⁃ ▪, and * - – at a line start) and
// enumerators (1. · 2.) · 3) · (iv) · a. · B)). Each item starts a sentence.
//
// An enumerator at the start of a line is always an item. Inside running text it is one only
// when it continues or is continued by another of the same style ("a. … b. …", "1) … 2) …"),
// so that "for 1. above" or "John A. Smith" stay prose.

/// The last enumerator seen in each style of the paragraph, to recognise such sequences.
struct ListSequences {
    enum Numbering: Int, CaseIterable { case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman }
    enum Wrapping: Int, CaseIterable { case dot, dotParen, paren, parens }

    struct Entry {
        var ordinal: Int
        var marker: ListMarker
    }

    /// Allocated at the first enumerator: most documents hold none.
    private var entries: [Entry?] = []
    /// Most paragraphs hold no enumerator: then there is nothing to reset.
    private var isEmpty = true

    mutating func reset() {
        guard !isEmpty else { return }
        for index in entries.indices { entries[index] = nil }
        isEmpty = true
    }

    subscript(numbering: Numbering, wrapping: Wrapping) -> Entry? {
        get { isEmpty ? nil : entries[numbering.rawValue * Wrapping.allCases.count + wrapping.rawValue] }
        set {
            if entries.isEmpty { entries = Array(repeating: nil, count: Numbering.allCases.count * Wrapping.allCases.count) }
            entries[numbering.rawValue * Wrapping.allCases.count + wrapping.rawValue] = newValue
            isEmpty = false
        }
    }
}

/// An enumerator's tokens, its style, and its value (a single letter i, v or x may also be
/// a roman numeral).
struct ListMarker {
    var first: Int
    var last: Int
    var wrapping: ListSequences.Wrapping
    var numbering: ListSequences.Numbering
    var ordinal: Int
    var romanOrdinal: Int?
}

extension SentenceScan {
    /// A cheap test passing every token that may start a list item: a bullet, "(", or a short
    /// word or number with "." or ")" attached.
    @inline(__always) func mayStartListItem(_ k: Int) -> Bool {
        let token = tokens[k]
        let first = bytes[Int(token.start)]
        switch token.kind {
        case .punctuation:
            return first >= 0x80 || first == UInt8(ascii: "(") || first == UInt8(ascii: "*") || first == UInt8(ascii: "-")
        case .symbol:
            return first >= 0x80
        case .word, .number:
            guard token.end - token.start <= 4, isAttachedToNext(k) else { return false }
            let after = bytes[Int(token.end)]
            return after == UInt8(ascii: ".") || after == UInt8(ascii: ")")
        case .clitic, .quote:
            return false
        }
    }

    /// Recognises a list marker starting at token `k`. Returns the index of the token after it
    /// (after `k` when there is none).
    func markListItem(at k: Int) -> Int {
        if isBullet(k) {
            flags[k].insert(.listItemStart)
            guard k + 1 < paragraphEnd, let marker = enumerator(at: k + 1) else { return k + 1 }
            markPunctuation(of: marker)
            return marker.last + 1
        }
        guard !isAttachedToPrevious(k), let marker = enumerator(at: k), isPlausible(marker) else { return k + 1 }
        if isLineStart(k) { startItem(marker) }
        link(marker, numbering: marker.numbering, ordinal: marker.ordinal)
        if let roman = marker.romanOrdinal {
            link(marker, numbering: marker.numbering == .lowerLetter ? .lowerRoman : .upperRoman, ordinal: roman)
        }
        return marker.last + 1
    }

    private func link(_ marker: ListMarker, numbering: ListSequences.Numbering, ordinal: Int) {
        if let previous = listSequences[numbering, marker.wrapping], previous.ordinal == ordinal - 1 {
            startItem(previous.marker)
            startItem(marker)
        }
        listSequences[numbering, marker.wrapping] = .init(ordinal: ordinal, marker: marker)
    }

    private func startItem(_ marker: ListMarker) {
        flags[marker.first].insert(.listItemStart)
        markPunctuation(of: marker)
    }

    private func markPunctuation(of marker: ListMarker) {
        for k in marker.first...marker.last { flags[k].insert(.listMarkerPunctuation) }
    }

    private func isBullet(_ k: Int) -> Bool {
        let kind = tokens[k].kind
        guard kind == .punctuation || kind == .symbol, !isAttachedToPrevious(k) else { return false }
        let byte = firstByte(k)
        if byte < 0x80 {
            let isLineBullet = byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-")
            return isLineBullet && end(k) - start(k) == 1 && isLineStart(k) && !isAttachedToNext(k)
        }
        switch firstScalar(k) {
        case "\u{2022}", "\u{2023}", "\u{2043}", "\u{25E6}", "\u{25AA}", "\u{25AB}", "\u{25CF}", "\u{25CB}", "\u{25A0}",
            "\u{25A1}", "\u{25BA}", "\u{25B6}", "\u{27A2}", "\u{2219}":
            return true
        case "\u{2013}", "\u{2014}":
            return isLineStart(k) && !isAttachedToNext(k)
        default:
            return false
        }
    }

    /// "(x)", "x.", "x.)" or "x)" starting at token `k`, followed by a space.
    private func enumerator(at k: Int) -> ListMarker? {
        let value: Int
        let last: Int
        let wrapping: ListSequences.Wrapping
        if isByte(k, "(") {
            guard isAttachedToNext(k), isAttachedToNext(k + 1), k + 2 < paragraphEnd, isByte(k + 2, ")") else { return nil }
            value = k + 1
            last = k + 2
            wrapping = .parens
        } else {
            guard isAttachedToNext(k) else { return nil }
            value = k
            if isByte(k + 1, ".") {
                let hasParen = isAttachedToNext(k + 1) && isByte(k + 2, ")")
                last = hasParen ? k + 2 : k + 1
                wrapping = hasParen ? .dotParen : .dot
            } else if isByte(k + 1, ")") {
                last = k + 1
                wrapping = .paren
            } else {
                return nil
            }
        }
        guard last + 1 < paragraphEnd, !isAttachedToNext(last) else { return nil }
        return ordinal(of: value).map { numbering, ordinal, roman in
            ListMarker(first: k, last: last, wrapping: wrapping, numbering: numbering, ordinal: ordinal, romanOrdinal: roman)
        }
    }

    private func ordinal(of k: Int) -> (ListSequences.Numbering, Int, Int?)? {
        let range = byteRange(k)
        switch tokens[k].kind {
        case .number:
            guard range.count <= 2 else { return nil }
            var value = 0
            for i in range {
                guard UTF8Scanning.isASCIIDigit(bytes[i]) else { return nil }
                value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            }
            return (.decimal, value, nil)
        case .word:
            let isUpper = UTF8Scanning.isASCIIUpper(bytes[range.lowerBound])
            if range.count == 1 && UTF8Scanning.isASCIILetter(bytes[range.lowerBound]) {
                let letter = bytes[range.lowerBound] | 0x20
                return (isUpper ? .upperLetter : .lowerLetter, Int(letter - UInt8(ascii: "a")) + 1, romanValue(range))
            }
            guard range.count <= 4, let roman = romanValue(range) else { return nil }
            return (isUpper ? .upperRoman : .lowerRoman, roman, nil)
        default:
            return nil
        }
    }

    /// The value of a roman numeral made of i, v and x, all in one case.
    private func romanValue(_ range: Range<Int>) -> Int? {
        let caseBit = bytes[range.lowerBound] & 0x20
        var total = 0
        var previous = 0
        for i in range.reversed() {
            guard bytes[i] & 0x20 == caseBit else { return nil }
            let digit: Int
            switch bytes[i] | 0x20 {
            case UInt8(ascii: "i"): digit = 1
            case UInt8(ascii: "v"): digit = 5
            case UInt8(ascii: "x"): digit = 10
            default: return nil
            }
            total += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        return total
    }

    /// Rules out enumerators that are more likely prose: "for 1. above" (a number then a
    /// lowercase word), "No. 1.", and capital initials in running text ("John A. Smith").
    private func isPlausible(_ marker: ListMarker) -> Bool {
        guard marker.wrapping == .dot else { return true }
        switch marker.numbering {
        case .decimal:
            let (startClass, _) = sentenceStartClass(at: marker.last + 1)
            return startClass != .lowercase && startClass != .digit && !followsNumberPrefix(marker.first)
        case .upperLetter, .upperRoman:
            return isLineStart(marker.first)
        case .lowerLetter, .lowerRoman:
            return true
        }
    }

    private func followsNumberPrefix(_ k: Int) -> Bool {
        guard k > paragraphStart else { return false }
        var word = k - 1
        if isByte(word, "."), isAttachedToPrevious(word) { word -= 1 }
        guard tokens[word].kind == .word else { return false }
        let kind = Abbreviations.kind(of: bytes, byteRange(word))
        return kind == .numberPrefix || kind == .title
    }
}
