/// One token of VADER's tokenisation with everything the rules ask about it.
struct VaderToken {
    /// Lexicon and rule information of the lower-cased token.
    var word: VaderWord
    /// A negation word, or a token containing "n't".
    var negates: Bool
    /// Python's `str.isupper()`: some cased character and no lower-case or title-case one.
    var isUpper: Bool
    /// The raw token ends with , ; : . ! or ? (used only by clause-scoped negation).
    var endsClause = false

    var rule: RuleWord? { word.rule }
    var isInLexicon: Bool { word.isInLexicon }
}

/// vaderSentiment's `SentiText`: split on Unicode whitespace (as `str.split()`), then strip
/// leading and trailing ASCII punctuation from each token unless that leaves two scalars
/// or fewer (so emoticons such as ":)" survive).
struct VaderTokenizer {
    let table: VaderWordTable

    /// Writes the tokens of `text` to `tokens`, which must hold `text.count / 2 + 1`
    /// (tokens are separated by whitespace), and returns how many there are.
    func tokens(of text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutablePointer<VaderToken>) -> Int {
        var count = 0
        // A copy followed by spaces, so that a token is read eight bytes at a time and a word
        // as a `PackedKey` (two 8-byte loads) without checking for the end of the text.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + PackedKey.maxCount) { buffer in
            let padded = buffer.baseAddress!
            copyPaddingWithSpaces(text, to: padded, padding: PackedKey.maxCount)
            var offset = 0
            while offset < text.count {
                let space = whitespaceLength(text, at: offset)
                if space > 0 {
                    offset += space
                    continue
                }
                var token = asciiToken(padded, &offset) ?? scanUnicodeToken(text, &offset)
                token.endsClause = endsClause(text[offset - 1])
                (tokens + count).initialize(to: token)
                count += 1
            }
        }
        return count
    }

    /// The token starting at `offset` when it is plain ASCII (then `offset` moves past it),
    /// or nil when a non-ASCII byte comes before the next ASCII whitespace.
    @inline(__always)
    private func asciiToken(_ padded: UnsafePointer<UInt8>, _ offset: inout Int) -> VaderToken? {
        let start = offset
        var end = start
        var kinds = ASCIIKinds()
        while true {
            let word = SWAR.load(padded + end)
            let stops = SWAR.tokenStops(word)
            if stops == 0 {
                kinds.add(word)
                end += 8
                continue
            }
            let length = stops.trailingZeroBitCount >> 3
            kinds.add(word & SWAR.lowBytes(length))
            end += length
            if padded[end] >= 0x80 { return nil }
            break
        }
        offset = end
        let hasPunctuation = kinds.punctuation != 0
        let key = hasPunctuation ? strippedASCIIRange(padded, start, end) : start..<end
        let word = table.word(asciiPadded: padded + key.lowerBound, count: key.count)
        let hasNT = hasPunctuation && containsNT(padded + key.lowerBound, key.count)
        return VaderToken(word: word, negates: word.negates || hasNT, isUpper: kinds.upper != 0 && kinds.lower == 0)
    }

    /// Reads the token starting at `offset`, which holds non-ASCII bytes or ends at non-ASCII
    /// whitespace, and moves `offset` past it.
    private func scanUnicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> VaderToken {
        let start = offset
        while offset < text.count && whitespaceLength(text, at: offset) == 0 {
            offset += text[offset] < 0x80 ? 1 : scalarLength(lead: text[offset])
        }
        return unicodeToken(text, strippedRange(text, start, offset))
    }

    /// Rare: full Unicode case mapping, as Python's str.lower() and str.isupper().
    private func unicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> VaderToken {
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        let lowered = original.lowercased()
        let word = table.word(Array(lowered.utf8))
        return VaderToken(word: word, negates: word.negates || lowered.utf8.contains("n't".utf8), isUpper: isPythonUpper(original))
    }

    /// `strippedRange` for a token of ASCII bytes, where bytes are scalars.
    @inline(__always)
    private func strippedASCIIRange(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper && isASCIIPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower && isASCIIPunctuation(bytes[upper - 1]) { upper -= 1 }
        return upper - lower > 2 ? lower..<upper : start..<end
    }

    /// The token's range without leading and trailing ASCII punctuation, or the whole token
    /// when at most two scalars would remain (the general rule, for non-ASCII tokens).
    private func strippedRange(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper && isASCIIPunctuation(text[lower]) { lower += 1 }
        while upper > lower && isASCIIPunctuation(text[upper - 1]) { upper -= 1 }
        var scalars = 0
        for offset in lower..<upper where text[offset] & 0xC0 != 0x80 { scalars += 1 }
        return scalars > 2 ? lower..<upper : start..<end
    }
}

private func isPythonUpper(_ text: String) -> Bool {
    var cased = false
    for scalar in text.unicodeScalars {
        let properties = scalar.properties
        if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
        if properties.isUppercase { cased = true }
    }
    return cased
}

private func endsClause(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): true
    default: false
    }
}

/// Whether the ASCII bytes, lower-cased, contain "n't" (`| 0x20` maps only N and n to n).
private func containsNT(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    guard count >= 3 else { return false }
    for offset in 0...(count - 3)
    where bytes[offset] | 0x20 == UInt8(ascii: "n") && bytes[offset + 1] == UInt8(ascii: "'") && bytes[offset + 2] | 0x20 == UInt8(ascii: "t") {
        return true
    }
    return false
}

/// `string.punctuation`: the 32 ASCII punctuation characters.
@inline(__always)
func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
}

@inline(__always)
func scalarLength(lead: UInt8) -> Int {
    lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
}

/// The byte length of the whitespace scalar at `offset` (Python's `str.isspace()` set), or 0.
@inline(__always)
func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    let byte = text[offset]
    if byte < 0x80 {
        return byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte) ? 1 : 0
    }
    switch byte {
    case 0xC2, 0xE1, 0xE2, 0xE3:
        let (scalar, length) = decodeScalar(text, at: offset)
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return length
        default: return 0
        }
    default:
        return 0
    }
}
