import GlossCore

/// One token of VADER's tokenisation (8 bytes): its word and where it starts when it is 1
/// to 16 printable ASCII bytes (most tokens), whose `TokenTraits` the rules read from the
/// text when they ask (for the few tokens around sentiment words), not the tokenizer's loop
/// for every token. Other tokens keep their traits here.
struct VaderToken {
    /// The lower-cased token's index in the `VaderWordTable`.
    var word: UInt32
    /// The token's first byte, or `Int32.min` with the bits of its traits. (Texts are
    /// shorter than 1 GiB.)
    var start: Int32

    /// Python's `str.isupper()`: some cased character and no lower-case or title-case one.
    func isUpper(in text: PreparedText) -> Bool {
        start >= 0 ? text.isUpperToken(at: Int(start)) : traits.contains(.isUpper)
    }

    func containsNT(in text: PreparedText) -> Bool {
        start >= 0 ? text.tokenContainsNT(at: Int(start)) : traits.contains(.containsNT)
    }

    /// The raw token ends with , ; : . ! or ?
    func endsClause(in text: PreparedText) -> Bool {
        start >= 0 ? isClauseEnd(text.lowercased[Int(start) + text.tokenLength(at: Int(start)) - 1]) : traits.contains(.endsClause)
    }

    private var traits: TokenTraits { TokenTraits(rawValue: start & ~Int32.min) }

    /// A token read the unusual way, whose `lastByte` is that of the raw token.
    static func unusual(_ word: UInt32, isUpper: Bool, containsNT: Bool, lastByte: UInt8) -> VaderToken {
        var traits: TokenTraits = []
        if isUpper { traits.insert(.isUpper) }
        if containsNT { traits.insert(.containsNT) }
        if isClauseEnd(lastByte) { traits.insert(.endsClause) }
        return VaderToken(word: word, start: Int32.min | traits.rawValue)
    }
}

/// What the rules ask about a token besides its word.
struct TokenTraits: OptionSet {
    let rawValue: Int32
    static let isUpper = TokenTraits(rawValue: 1)
    static let containsNT = TokenTraits(rawValue: 2)
    static let endsClause = TokenTraits(rawValue: 4)
}

/// How many tokens the tokenizer wrote, how many of them are scored (lexicon words that
/// are not boosters), whose indices it lists, and where the first "but" is.
struct VaderTokenCounts {
    var all = 0
    var scored = 0
    var firstBut: Int?
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
    /// Latin-1 letters are lower-cased in `prepared` in place (idempotently, so that the
    /// same text can be tokenized again).
    func tokens(of text: UnsafeBufferPointer<UInt8>, prepared: PreparedText,
                into tokens: UnsafeMutablePointer<VaderToken>, scored: UnsafeMutablePointer<Int32>, capacity: Int) -> VaderTokenCounts? {
        let lookup = table.lookup
        let words = lookup.slots  // the same pointer as `table.words`: one register for both
        let but = table.but
        var all = 0
        // Written always, moved on only for scored words: a branch would be mispredicted.
        var nextScored = scored
        var firstBut: Int?
        /// `isScored` is 1 for a lexicon word that is not a booster, else 0: a byte, not a
        /// Bool, which the compiler turns into a branch when it is loaded.
        @inline(__always)
        func append(_ token: VaderToken, isScored: UInt8) {
            (tokens + all).initialize(to: token)
            nextScored.initialize(to: Int32(truncatingIfNeeded: all))
            nextScored += Int(isScored)
            all &+= 1
        }
        var offset = 0
        while true {
            // Most tokens: 1 to 16 printable ASCII bytes, then a space, which is skipped too.
            // A loop of their own, without the call for others and with one test for the
            // rare "but" (one token in a hundred), so that its values stay in registers.
            while offset < text.count && all < capacity {
                // Up to the next stop, whatever the length: no branch on it to mispredict.
                let length = prepared.tokenLength(at: offset)
                guard isPlain(prepared, at: offset, length: length) else { break }
                let (slot, missed) = lookup.find(plainKey(prepared, at: offset, length: length, lookup))
                let word = UInt32(truncatingIfNeeded: VaderWordTable.Lookup.word(slot: slot, missed: missed))
                append(VaderToken(word: word, start: Int32(truncatingIfNeeded: offset)), isScored: asByte(words[slot].word.isScored) & (missed ^ 1))
                offset &+= length &+ 1
                if word == but { break }
            }
            if all > 0 && tokens[all - 1].word == but && firstBut == nil { firstBut = all - 1 }
            guard offset < text.count else { return VaderTokenCounts(all: all, scored: nextScored - scored, firstBut: firstBut) }
            guard all < capacity else { return nil }
            // After a "but".
            if isPlain(prepared, at: offset, length: prepared.tokenLength(at: offset)) { continue }
            // Whitespace after a token is skipped with it; more (two spaces, one in 150
            // tokens) comes here, as a token of no bytes.
            let unusual = unusualToken(text, prepared, from: offset)
            offset = unusual.end
            if let token = unusual.token {
                append(token, isScored: asByte(words[Int(token.word)].word.isScored))
                if token.word == but && firstBut == nil { firstBut = all - 1 }
            }
        }
    }

    /// Whether the `length` bytes at `offset` up to the next stop are a token of 1 to 16
    /// printable ASCII bytes followed by a space.
    @inline(__always)
    private func isPlain(_ prepared: PreparedText, at offset: Int, length: Int) -> Bool {
        UInt(bitPattern: length &- 1) < 16 && prepared.lowercased[offset &+ length] == UInt8(ascii: " ")
    }

    /// The key of the token of 1 to 16 printable ASCII bytes at `offset`, read without a
    /// branch: its stripped range from the bits of its bytes.
    @inline(__always)
    private func plainKey(_ prepared: PreparedText, at offset: Int, length: Int, _ lookup: VaderWordTable.Lookup) -> PackedWord {
        // The first alphanumeric byte and the one after the last; 16 and 1 when there is
        // none, from bits or-ed so that they are known to be nonzero: no test for zero.
        // The mask keeps the stop after the token, which is no alphanumeric.
        let stops = prepared.bits(.stop, at: offset)
        let alphanumerics = prepared.bits(.alphanumeric, at: offset) & (stops ^ (stops &- 1))
        let first = (alphanumerics | 1 << 16).trailingZeroBitCount
        let end = 64 &- (alphanumerics | 1).leadingZeroBitCount
        // Selected with masks, not branches: whether a token is stripped is unpredictable.
        // (All bits when more than two bytes remain, from the sign, not a comparison, which
        // the compiler makes a branch.)
        let stripped = (2 &- (end &- first)) &>> 63
        let keyStart = first & stripped
        return lookup.key(at: prepared.lowercased + (offset &+ keyStart), count: length &+ ((end &- first &- length) & stripped))
    }

    /// At `offset`, where the text has whitespace (other than the one space after a token),
    /// a control or non-ASCII byte, or a token of more than 16 bytes: steps over the
    /// whitespace (no token) or reads the token, byte by byte; returns where it ends.
    @inline(never)  // rare: kept out of the hot loop
    private func unusualToken(_ text: UnsafeBufferPointer<UInt8>, _ prepared: PreparedText, from offset: Int) -> (token: VaderToken?, end: Int) {
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
                prepared.lowercased[end + 1] |= 0x20
            case .lower: lower = true
            }
            let length = UTF8Scanning.scalarLength(lead: byte)
            continuationBytes += length - 1
            end += length
        }
        let key = strippedRange(prepared.lowercased, start, end, continuationBytes: continuationBytes)
        let word = table.index(lowercasedPadded: prepared.lowercased + key.lowerBound, count: key.count)
        let hasNT = apostrophe && containsNT(prepared.lowercased + key.lowerBound, key.count)
        return (.unusual(word, isUpper: upper && !lower, containsNT: hasNT, lastByte: prepared.lowercased[end - 1]), end)
    }

    /// Reads the token starting at `start`, which holds scalars whose case needs the Unicode
    /// tables, and returns it with where it ends.
    private func scanUnicodeToken(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (token: VaderToken?, end: Int) {
        var end = start
        var continuationBytes = 0
        while end < text.count && whitespaceLength(text, at: end) == 0 {
            let length = UTF8Scanning.scalarLength(lead: text[end])
            continuationBytes += length - 1
            end += length
        }
        return (unicodeToken(text, strippedRange(text.baseAddress!, start, end, continuationBytes: continuationBytes), end: end), end)
    }

    /// Rare: full Unicode case mapping, as Python's str.lower() and str.isupper().
    private func unicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, end: Int) -> VaderToken {
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        let lowered = Array(original.lowercased().utf8)
        let word = table.index(lowered)
        let hasNT = lowered.withUnsafeBufferPointer { $0.count >= 3 && containsNT($0.baseAddress!, $0.count) }
        return .unusual(word, isUpper: isPythonUpper(original), containsNT: hasNT, lastByte: text[end - 1])
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
func asByte(_ flag: Bool) -> UInt8 { unsafeBitCast(flag, to: UInt8.self) }

private func isClauseEnd(_ byte: UInt8) -> Bool {
    // , ; : . ! ? as a set of the bytes below 64
    let set: UInt64 = 1 << 0x2C | 1 << 0x3B | 1 << 0x3A | 1 << 0x2E | 1 << 0x21 | 1 << 0x3F
    return byte < 64 && (set >> UInt64(byte)) & 1 != 0
}

/// Whether the lower-cased bytes contain "n't".
@inline(never)
func containsNT(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Bool {
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
