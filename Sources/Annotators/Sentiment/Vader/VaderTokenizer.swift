/// One token of VADER's tokenisation with everything the rules ask about it.
struct VaderToken {
    /// Lexicon and rule information of the lower-cased token, nil for an unknown word.
    var word: VaderWord?
    /// A negation word, or a token containing "n't".
    var negates: Bool
    /// Python's `str.isupper()`: some cased character and no lower-case or title-case one.
    var isUpper: Bool

    var valence: Double? { word?.valence }
    var rule: RuleWord? { word?.rule }
    var isInLexicon: Bool { word?.valence != nil }
}

/// vaderSentiment's `SentiText`: split on Unicode whitespace (as `str.split()`), then strip
/// leading and trailing ASCII punctuation from each token unless that leaves two scalars
/// or fewer (so emoticons such as ":)" survive).
struct VaderTokenizer {
    let table: VaderWordTable

    func tokens(of text: UnsafeBufferPointer<UInt8>) -> [VaderToken] {
        var tokens: [VaderToken] = []
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(text.count, 1))
        defer { scratch.deallocate() }
        var offset = 0
        while offset < text.count {
            let space = whitespaceLength(text, at: offset)
            if space > 0 {
                offset += space
                continue
            }
            let start = offset
            repeat {
                offset += text[offset] < 0x80 ? 1 : scalarLength(lead: text[offset])
            } while offset < text.count && whitespaceLength(text, at: offset) == 0
            tokens.append(token(text, strippedRange(text, start, offset), scratch))
        }
        return tokens
    }

    private func token(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ scratch: UnsafeMutablePointer<UInt8>) -> VaderToken {
        var isASCII = true
        var hasUpper = false
        var hasLower = false
        for offset in range {
            let byte = text[offset]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                hasUpper = true
                scratch[offset - range.lowerBound] = byte | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                hasLower = true
                scratch[offset - range.lowerBound] = byte
            case 0x80...:
                isASCII = false
                scratch[offset - range.lowerBound] = byte
            default:
                scratch[offset - range.lowerBound] = byte
            }
        }
        if isASCII {
            return VaderToken(
                word: table.word(scratch, range.count),
                negates: false, isUpper: hasUpper && !hasLower
            ).withNegation(lowercased: UnsafeBufferPointer(start: scratch, count: range.count))
        }
        // Rare: full Unicode case mapping, as Python's str.lower() and str.isupper().
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        var lowered = Array(original.lowercased().utf8)
        return lowered.withUnsafeMutableBufferPointer { lower in
            VaderToken(
                word: table.word(lower.baseAddress!, lower.count),
                negates: false, isUpper: isPythonUpper(original)
            ).withNegation(lowercased: UnsafeBufferPointer(lower))
        }
    }

    /// The token's range without leading and trailing ASCII punctuation, or the whole token
    /// when at most two scalars would remain.
    private func strippedRange(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper && isASCIIPunctuation(text[lower]) { lower += 1 }
        while upper > lower && isASCIIPunctuation(text[upper - 1]) { upper -= 1 }
        var scalars = 0
        for offset in lower..<upper where text[offset] & 0xC0 != 0x80 {
            scalars += 1
            if scalars > 2 { return lower..<upper }
        }
        return start..<end
    }
}

extension VaderToken {
    fileprivate func withNegation(lowercased: UnsafeBufferPointer<UInt8>) -> VaderToken {
        var token = self
        token.negates = (word?.negates ?? false) || containsNT(lowercased)
        return token
    }
}

private func containsNT(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 3 else { return false }
    for offset in 0...(bytes.count - 3)
    where bytes[offset] == UInt8(ascii: "n") && bytes[offset + 1] == UInt8(ascii: "'") && bytes[offset + 2] == UInt8(ascii: "t") {
        return true
    }
    return false
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
