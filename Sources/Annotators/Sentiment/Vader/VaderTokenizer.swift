import GlossCore

/// One token of VADER's tokenisation with everything the rules ask about it (8 bytes).
struct VaderToken {
    /// The lower-cased token's index in the `VaderWordTable`.
    var word: UInt32
    /// A negation word, or a token containing "n't".
    var negates: Bool
    /// Python's `str.isupper()`: some cased character and no lower-case or title-case one.
    var isUpper: Bool
    /// The raw token ends with , ; : . ! or ? (set only for clause-scoped negation, which
    /// alone asks).
    var endsClause = false
}

/// How many tokens the tokenizer wrote, how many of them are "but", and how many are
/// scored (lexicon words that are not boosters), whose indices it lists.
struct VaderTokenCounts {
    var all = 0
    var buts = 0
    var scored = 0
}

/// vaderSentiment's `SentiText`: split on Unicode whitespace (as `str.split()`), then strip
/// leading and trailing ASCII punctuation from each token unless that leaves two scalars
/// or fewer (so emoticons such as ":)" survive).
struct VaderTokenizer {
    let table: VaderWordTable

    /// Writes the tokens of `text` (prepared as `prepared`) to `tokens` and the indices of
    /// the scored ones to `scored`, both of which hold `capacity` (`text.count / 2 + 1`
    /// always suffices: tokens are separated by whitespace), and counts them; nil when
    /// `capacity` runs out before the end of the text. Unusual tokens with upper-case
    /// Latin-1 letters are lower-cased in `prepared` in place.
    func tokens(of text: UnsafeBufferPointer<UInt8>, prepared: PreparedText, markingClauseEnds: Bool,
                into tokens: UnsafeMutablePointer<VaderToken>, scored: UnsafeMutablePointer<Int32>, capacity: Int) -> VaderTokenCounts? {
        let lookup = table.lookup
        let words = lookup.slots  // the same pointer as `table.words`: one register for both
        let but = table.but
        let lowercased = prepared.lowercased
        var counts = VaderTokenCounts()
        var offset = 0
        // Whitespace after a token is skipped with it; more (two spaces, one in 150 tokens)
        // goes the unusual way, as a token of no bytes: no test per token.
        while offset < text.count {
            guard counts.all < capacity else { return nil }
            let lowKinds = ByteWords.load(prepared.kinds + offset)
            let lowStops = lowKinds & ByteKind.everyByte(ByteKind.stop)
            let shortLength = lowStops.trailingZeroBitCount &>> 3
            let end: Int
            let (word, isUpper, hasNT): (Int, Bool, Bool)
            // Most tokens: 1 to 7 printable ASCII bytes, then a space, which is skipped too.
            if lowStops != 0 && lowStops & 1 == 0 && lowercased[offset &+ shortLength] == UInt8(ascii: " ") {
                let kinds = lowKinds & ((lowStops & (0 &- lowStops)) &- 1)
                (word, isUpper, hasNT) = shortToken(kinds, at: lowercased + offset, length: shortLength, lookup)
                end = offset &+ shortLength
                offset = end &+ 1
            } else {
                let highKinds = ByteWords.load(prepared.kinds + offset + 8)
                let length = (ByteKind.gather(lowKinds, highKinds, ByteKind.stop) | 1 << 16).trailingZeroBitCount
                // Then up to 15 such bytes.
                if UInt(bitPattern: length &- 1) < 15 && lowercased[offset &+ length] == UInt8(ascii: " ") {
                    (word, isUpper, hasNT) = plainToken(lowKinds, highKinds, at: lowercased + offset,
                                                        length: length, lookup)
                    end = offset &+ length
                    offset = end &+ 1
                } else {
                    let unusual: VaderToken?
                    (unusual, end) = unusualToken(text, prepared, from: offset)
                    offset = end
                    guard let unusual else { continue }
                    // Its `negates` already includes the word's.
                    (word, isUpper, hasNT) = (Int(unusual.word), unusual.isUpper, unusual.negates)
                }
            }
            // The word's slot is read here once, for the token and its count.
            let token = tokens + counts.all
            let negates = words[word].word.negates || hasNT
            token.initialize(to: VaderToken(word: UInt32(truncatingIfNeeded: word), negates: negates, isUpper: isUpper))
            if markingClauseEnds { token.pointee.endsClause = endsClause(lowercased[end &- 1]) }
            // Written always, counted only for scored words: a branch here would be mispredicted.
            // Counted as bytes, not with `flag ? 1 : 0`, which the compiler turns into a branch
            // when the flag is loaded.
            scored[counts.scored] = Int32(truncatingIfNeeded: counts.all)
            counts.scored &+= Int(asByte(words[word].word.isScored))
            counts.buts &+= word == Int(but) ? 1 : 0
            counts.all &+= 1
        }
        return counts
    }

    /// A token of 1 to 7 printable ASCII bytes at `start` whose kinds are `kinds` (zero
    /// after the token): `plainToken` on one word.
    @inline(__always)
    private func shortToken(_ kinds: UInt64, at start: UnsafePointer<UInt8>, length: Int,
                            _ lookup: VaderWordTable.Lookup) -> (word: Int, isUpper: Bool, hasNT: Bool) {
        let isUpper = kinds & ByteKind.everyByte(ByteKind.upper) != 0 && kinds & ByteKind.everyByte(ByteKind.lower) == 0
        // The first alphanumeric byte and the one after the last; 8 and 0 when there is none.
        let alphanumerics = kinds & ByteKind.everyByte(ByteKind.alphanumeric)
        let first = alphanumerics.trailingZeroBitCount &>> 3
        let end = 8 &- alphanumerics.leadingZeroBitCount &>> 3
        let stripped = 0 &- (end &- first > 2 ? 1 : 0)
        let keyStart = first & stripped
        let count = (end & stripped | length & ~stripped) &- keyStart
        let index = lookup.index(PackedWord(low: ByteWords.load(start + keyStart) & ByteWords.lowBytes(count), high: 0, count: count))
        // Out of line (one token in 35 has an apostrophe): inlined, its length check
        // merged into the apostrophe test, which then cost every token a few instructions.
        var hasNT = false
        if kinds & ByteKind.everyByte(ByteKind.apostrophe) != 0 { hasNT = containsNT(start, length) }
        return (index, isUpper, hasNT)
    }

    /// A token of 1 to 15 printable ASCII bytes at `start` whose kinds are the first
    /// `length` of `lowKinds` then `highKinds`, read without a branch: case, stripped range
    /// and key from masks. Returns the word's index, whether the token is ALL CAPS and
    /// whether it contains "n't".
    @inline(__always)
    private func plainToken(_ lowKinds: UInt64, _ highKinds: UInt64, at start: UnsafePointer<UInt8>, length: Int,
                            _ lookup: VaderWordTable.Lookup) -> (word: Int, isUpper: Bool, hasNT: Bool) {
        let lengthBits = UInt64(truncatingIfNeeded: length &* 8)
        let kinds = lowKinds & ByteWords.lowBytes(length) | highKinds & ~(~0 &<< (lengthBits &- 64)) & longerThan8(length)
        let isUpper = kinds & ByteKind.everyByte(ByteKind.upper) != 0 && kinds & ByteKind.everyByte(ByteKind.lower) == 0
        // The first alphanumeric byte and the one after the last; 16 and 0 when there is none.
        let alphanumerics = ByteKind.gather(lowKinds, highKinds, ByteKind.alphanumeric) & ~(~0 &<< UInt32(truncatingIfNeeded: length))
        let first = (alphanumerics | 1 << 16).trailingZeroBitCount
        let end = 32 &- alphanumerics.leadingZeroBitCount
        // Selected with masks, not branches: whether a token is stripped is unpredictable.
        let stripped = 0 &- (end &- first > 2 ? 1 : 0)
        let keyStart = first & stripped
        let count = (end & stripped | length & ~stripped) &- keyStart
        let highMask = ~0 &>> UInt64(truncatingIfNeeded: 128 &- 8 &* count) & longerThan8(count)
        let index = lookup.index(PackedWord(low: ByteWords.load(start + keyStart) & ByteWords.lowBytes(count),
                                            high: ByteWords.load(start + keyStart + 8) & highMask, count: count))
        // "n't" can only be inside the stripped range, so the whole token may be searched.
        var hasNT = false
        if kinds & ByteKind.everyByte(ByteKind.apostrophe) != 0 { hasNT = containsNT(start, length) }
        return (index, isUpper, hasNT)
    }

    /// At `offset`, where the text has whitespace (other than the one space after a token),
    /// a control or non-ASCII byte, or a token of 16 bytes or more: steps over the
    /// whitespace (no token) or reads the token, byte by byte; returns where it ends.
    @inline(never)  // rare: kept out of the hot loop
    private func unusualToken(_ text: UnsafeBufferPointer<UInt8>, _ prepared: PreparedText, from offset: Int) -> (VaderToken?, end: Int) {
        let space = whitespaceLength(text, at: offset)
        if space > 0 { return (nil, offset + space) }
        let start = offset
        var (upper, lower, apostrophe) = (false, false, false)
        var continuationBytes = 0
        var end = start
        while end < text.count {
            let byte = text[end]
            if byte > 0x20 && byte < 0x7F {  // printable ASCII, most bytes of long tokens; A–Z are lower-cased already
                upper = upper || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                lower = lower || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                apostrophe = apostrophe || byte == UInt8(ascii: "'")
                end += 1
                continue
            }
            if whitespaceLength(text, at: end) > 0 { break }
            if byte < 0x80 {  // a control character or DEL: part of the token, of no kind
                end += 1
                continue
            }
            // Scalars whose case their bytes tell stay on this path; others need the Unicode tables.
            guard let scalarCase = LatinScalarCase(lead: text.baseAddress! + end) else { return scanUnicodeToken(text, from: start) }
            switch scalarCase {
            case .uncased: break
            case .upper:
                upper = true
                prepared.lowercased[end + 1] += 0x20
            case .lower: lower = true
            }
            let length = UTF8Scanning.scalarLength(lead: byte)
            continuationBytes += length - 1
            end += length
        }
        let key = strippedRange(prepared.lowercased, start, end, continuationBytes: continuationBytes)
        let word = table.index(lowercasedPadded: prepared.lowercased + key.lowerBound, count: key.count)
        let hasNT = apostrophe && containsNT(prepared.lowercased + key.lowerBound, key.count)
        return (VaderToken(word: word, negates: table.word(word).negates || hasNT, isUpper: upper && !lower), end)
    }

    /// Reads the token starting at `start`, which holds scalars whose case needs the Unicode
    /// tables, and returns it with where it ends.
    private func scanUnicodeToken(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (VaderToken?, end: Int) {
        var end = start
        var continuationBytes = 0
        while end < text.count && whitespaceLength(text, at: end) == 0 {
            let length = UTF8Scanning.scalarLength(lead: text[end])
            continuationBytes += length - 1
            end += length
        }
        return (unicodeToken(text, strippedRange(text.baseAddress!, start, end, continuationBytes: continuationBytes)), end)
    }

    /// Rare: full Unicode case mapping, as Python's str.lower() and str.isupper().
    private func unicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> VaderToken {
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        let lowered = Array(original.lowercased().utf8)
        let word = table.index(lowered)
        let hasNT = lowered.withUnsafeBufferPointer { $0.count >= 3 && containsNT($0.baseAddress!, $0.count) }
        return VaderToken(word: word, negates: table.word(word).negates || hasNT, isUpper: isPythonUpper(original))
    }

    /// The token's range without leading and trailing ASCII punctuation, or the whole token
    /// when at most two scalars would remain. Its scalars are its bytes less its
    /// `continuationBytes`, which stripping never removes (they are not ASCII).
    private func strippedRange(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, continuationBytes: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper && isASCIIPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower && isASCIIPunctuation(bytes[upper - 1]) { upper -= 1 }
        return upper - lower - continuationBytes > 2 ? lower..<upper : start..<end
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

/// 1 for true, 0 for false.
@inline(__always)
private func asByte(_ flag: Bool) -> UInt8 { unsafeBitCast(flag, to: UInt8.self) }

/// All bits when `count` is above 8, else none.
@inline(__always)
private func longerThan8(_ count: Int) -> UInt64 { UInt64(bitPattern: Int64((8 &- count) >> 63)) }

private func endsClause(_ byte: UInt8) -> Bool {
    // , ; : . ! ? as a set of the bytes below 64
    let set: UInt64 = 1 << 0x2C | 1 << 0x3B | 1 << 0x3A | 1 << 0x2E | 1 << 0x21 | 1 << 0x3F
    return byte < 64 && (set >> UInt64(byte)) & 1 != 0
}

/// Whether the lower-cased bytes contain "n't".
@inline(never)
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
