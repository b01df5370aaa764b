import GlossCore
/// One token of VADER's tokenisation with everything the rules ask about it (16 bytes).
struct VaderToken {
    /// Lexicon and rule information of the lower-cased token.
    var word: VaderWord
    /// A negation word, or a token containing "n't".
    var negates: Bool
    /// Python's `str.isupper()`: some cased character and no lower-case or title-case one.
    var isUpper: Bool
    /// The raw token ends with , ; : . ! or ? (set only for clause-scoped negation, which
    /// alone asks).
    var endsClause = false

    var rule: RuleWord? { word.rule }
    var isInLexicon: Bool { word.isInLexicon }
}

/// How many tokens the tokenizer wrote, and how many of them are ALL CAPS.
struct VaderTokenCounts {
    var all = 0
    var upper = 0
}

/// vaderSentiment's `SentiText`: split on Unicode whitespace (as `str.split()`), then strip
/// leading and trailing ASCII punctuation from each token unless that leaves two scalars
/// or fewer (so emoticons such as ":)" survive).
struct VaderTokenizer {
    let table: VaderWordTable

    /// Spaces after the text in the copy that `tokens(of:padded:markingClauseEnds:into:)`
    /// reads, so that it reads a token eight bytes at a time and a word as a `PackedWord` (two
    /// 8-byte loads) without checking for the end of the text.
    static let padding = PackedWord.maxCount

    /// Writes the tokens of `text` to `tokens`, which holds `capacity` (`text.count / 2 + 1`
    /// always suffices: tokens are separated by whitespace), and counts them; nil when there
    /// are more than `capacity`. `padded` is a copy of `text` followed by `padding` spaces;
    /// its tokens are lower-cased in place.
    func tokens(of text: UnsafeBufferPointer<UInt8>, padded: UnsafeMutablePointer<UInt8>, markingClauseEnds: Bool,
                into tokens: UnsafeMutablePointer<VaderToken>, capacity: Int) -> VaderTokenCounts? {
        var counts = VaderTokenCounts()
        var offset = 0
        while offset < text.count {
            let byte = padded[offset]
            if byte == UInt8(ascii: " ") {  // the usual separator, before the general test
                offset &+= 1
                continue
            }
            if byte < 0x21 || byte >= 0x80 {  // other whitespace is among these
                let space = whitespaceLength(text, at: offset)
                if space > 0 {
                    offset &+= space
                    continue
                }
            }
            guard counts.all < capacity else { return nil }
            let token = tokens + counts.all
            if let scanned = scanBytes(text, padded, from: offset) {
                token.initialize(to: byteToken(padded, offset, scanned))
                offset = scanned.end
            } else {
                token.initialize(to: scanUnicodeToken(text, &offset))
            }
            if markingClauseEnds { token.pointee.endsClause = endsClause(padded[offset &- 1]) }
            counts.all &+= 1
            counts.upper &+= token.pointee.isUpper ? 1 : 0
        }
        return counts
    }

    /// What one pass over a token's bytes tells.
    private struct ScannedToken {
        var end: Int
        var kinds = ASCIIKinds()
        /// UTF-8 continuation bytes, to count the token's scalars.
        var continuationBytes = 0
    }

    /// Scans the token starting at `start` eight bytes at a time, lower-casing it in `padded`,
    /// when its bytes alone tell its case: ASCII, and the non-ASCII scalars of
    /// `LatinScalarCase`; nil when the token needs the Unicode tables.
    @inline(__always)
    private func scanBytes(_ text: UnsafeBufferPointer<UInt8>, _ padded: UnsafeMutablePointer<UInt8>, from start: Int) -> ScannedToken? {
        var scanned = ScannedToken(end: start)
        while true {
            let word = ByteWords.load(padded + scanned.end)
            let stops = ByteWords.possibleTokenStops(word)
            let length = stops.trailingZeroBitCount &>> 3  // 8 when there is none
            // Stored whether or not it changes: a branch on capitals would be mispredicted.
            ByteWords.store(word | scanned.kinds.add(word & ByteWords.bytesBeforeFirst(stops)), to: padded + scanned.end)
            scanned.end &+= length
            if stops == 0 { continue }
            if padded[scanned.end] == UInt8(ascii: " ") { return scanned }  // the usual end, before the general test
            switch stepOverUnusualByte(text, padded, &scanned.end, &scanned.kinds, &scanned.continuationBytes) {
            case .endsToken: return scanned
            case .inToken: continue
            case .needsUnicodeTables: return nil
            }
        }
    }

    /// The token that `scanBytes` read from `start`.
    @inline(__always)
    private func byteToken(_ padded: UnsafeMutablePointer<UInt8>, _ start: Int, _ scanned: ScannedToken) -> VaderToken {
        let key = strippedRange(padded, start, scanned.end, continuationBytes: scanned.continuationBytes)
        let word = table.word(lowercasedPadded: padded + key.lowerBound, count: key.count)
        let hasNT = scanned.kinds.apostrophes != 0 && containsNT(padded + key.lowerBound, key.count)
        let isUpper = scanned.kinds.upper != 0 && scanned.kinds.lower == 0
        return VaderToken(word: word, negates: word.negates || hasNT, isUpper: isUpper)
    }

    private enum UnusualByte { case endsToken, inToken, needsUnicodeTables }

    /// At a byte of a token that is neither ASCII printable nor a space: whitespace ends the
    /// token, a control character is part of it, and a scalar of `LatinScalarCase` is
    /// stepped over (lower-cased in `padded`, its case in `kinds`). Others need the Unicode
    /// tables.
    @inline(never)  // rare: kept out of the hot loop
    private func stepOverUnusualByte(_ text: UnsafeBufferPointer<UInt8>, _ padded: UnsafeMutablePointer<UInt8>, _ end: inout Int,
                                     _ kinds: inout ASCIIKinds, _ continuationBytes: inout Int) -> UnusualByte {
        guard end < text.count, whitespaceLength(text, at: end) == 0 else { return .endsToken }
        if padded[end] < 0x80 {
            end += 1  // a control character: part of the token, of no kind
            return .inToken
        }
        guard let scalarCase = LatinScalarCase(lead: padded + end) else { return .needsUnicodeTables }
        switch scalarCase {
        case .uncased: break
        case .upper:
            kinds.upper |= 1
            padded[end + 1] += 0x20
        case .lower: kinds.lower |= 1
        }
        let scalarBytes = scalarLength(lead: padded[end])
        continuationBytes += scalarBytes - 1
        end += scalarBytes
        return .inToken
    }

    /// Reads the token starting at `offset`, which holds non-ASCII bytes or ends at non-ASCII
    /// whitespace, and moves `offset` past it.
    @inline(never)  // rare: kept out of the hot loop
    private func scanUnicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> VaderToken {
        let start = offset
        var continuationBytes = 0
        while offset < text.count && whitespaceLength(text, at: offset) == 0 {
            let length = text[offset] < 0x80 ? 1 : scalarLength(lead: text[offset])
            continuationBytes += length - 1
            offset += length
        }
        return unicodeToken(text, strippedRange(text.baseAddress!, start, offset, continuationBytes: continuationBytes))
    }

    /// Rare: full Unicode case mapping, as Python's str.lower() and str.isupper().
    private func unicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> VaderToken {
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        let lowered = original.lowercased()
        let word = table.word(Array(lowered.utf8))
        return VaderToken(word: word, negates: word.negates || lowered.utf8.contains("n't".utf8), isUpper: isPythonUpper(original))
    }

    /// The token's range without leading and trailing ASCII punctuation, or the whole token
    /// when at most two scalars would remain. Its scalars are its bytes less its
    /// `continuationBytes`, which stripping never removes (they are not ASCII).
    @inline(__always)
    private func strippedRange(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, continuationBytes: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper && isASCIIPunctuation(bytes[lower]) { lower &+= 1 }
        while upper > lower && isASCIIPunctuation(bytes[upper &- 1]) { upper &-= 1 }
        return upper &- lower &- continuationBytes > 2 ? Range(uncheckedBounds: (lower, upper)) : Range(uncheckedBounds: (start, end))
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
    // , ; : . ! ? as a set of the bytes below 64
    let set: UInt64 = 1 << 0x2C | 1 << 0x3B | 1 << 0x3A | 1 << 0x2E | 1 << 0x21 | 1 << 0x3F
    return byte < 64 && (set >> UInt64(byte)) & 1 != 0
}

/// Whether the lower-cased bytes contain "n't".
private func containsNT(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    guard count >= 3 else { return false }
    for offset in 0...(count - 3)
    where bytes[offset] == UInt8(ascii: "n") && bytes[offset + 1] == UInt8(ascii: "'") && bytes[offset + 2] == UInt8(ascii: "t") {
        return true
    }
    return false
}

/// `string.punctuation`: the 32 ASCII punctuation characters, as a 128-bit set.
@inline(__always)
func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    // 0x21–0x2F, 0x3A–0x3F | 0x40, 0x5B–0x60, 0x7B–0x7E
    let (below64, from64): (UInt64, UInt64) = (0xFC00_FFFE_0000_0000, 0x7800_0001_F800_0001)
    let set = byte < 64 ? below64 : byte < 128 ? from64 : 0
    return (set >> UInt64(byte & 63)) & 1 != 0
}

@inline(__always)
func scalarLength(lead: UInt8) -> Int {
    lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
}

/// The byte length of the whitespace scalar at `offset` (Python's `str.isspace()` set), or 0.
/// Asked only about bytes other than the space, which are rare: kept out of line, so that
/// the tokenizer's loop stays small enough for the optimizer to inline its hot helpers.
@inline(never)
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
