import Foundation  // memcpy

/// Byte operations eight bytes at a time in a UInt64 ("SIMD within a register"). Bytes at or
/// above 0x80 (UTF-8 beyond ASCII) are never changed or counted as ASCII.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that lies in `first ... last` (ASCII only).
    @inline(__always)
    static func bytes(of word: UInt64, in first: UInt8, _ last: UInt8) -> UInt64 {
        let low7 = word & ~highBits
        // Adding 0x80 − b to a 7-bit byte sets its high bit iff the byte is ≥ b (here b is
        // first, then last + 1); the sum stays below 0x100, so no carry crosses bytes.
        let atLeastFirst = low7 &+ ones &* UInt64(0x80 - first)
        let aboveLast = low7 &+ ones &* UInt64(0x7F - last)
        return atLeastFirst & ~aboveLast & ~word & highBits
    }

    /// The high bit of each byte of `word` equal to `byte`.
    @inline(__always)
    static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        // Exact (no borrow from a neighbouring byte): high bit iff the byte is zero.
        return ~(((difference & ~highBits) &+ ~highBits) | difference | ~highBits)
    }

    /// The high bit of each byte at or below 0x20 or above 0x7F: every byte that may end a
    /// token (whitespace as Python's `str.split()` sees it, 0x09–0x0D and 0x1C–0x20, or a
    /// non-ASCII scalar that may be whitespace), and control characters, which a closer look
    /// tells apart. Adding 0x5F to a 7-bit byte sets its high bit iff the byte is above 0x20.
    @inline(__always)
    static func possibleTokenStops(_ word: UInt64) -> UInt64 {
        (~((word & ~highBits) &+ ones &* 0x5F) | word) & highBits
    }

    /// All bits of the bytes below the lowest byte marked in `marks` (high bits only), or
    /// all bits when none is marked.
    @inline(__always)
    static func bytesBeforeFirst(_ marks: UInt64) -> UInt64 {
        ((marks & (0 &- marks)) >> 7) &- 1
    }

    /// The low `count` bytes set, all eight from 8 on; `count` must be at least 1.
    @inline(__always)
    static func lowBytes(_ count: Int) -> UInt64 {
        ~0 &>> UInt64(truncatingIfNeeded: 64 &- 8 &* min(count, 8))
    }

    @inline(__always)
    static func load(_ start: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    static func store(_ word: UInt64, to start: UnsafeMutableRawPointer) {
        start.storeBytes(of: word.littleEndian, toByteOffset: 0, as: UInt64.self)
    }
}

/// Copies `text` to `destination` followed by `padding` ≥ 8 spaces; `destination` must hold
/// `text.count + padding` bytes.
func copyPaddingWithSpaces(_ text: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, padding: Int) {
    if let base = text.baseAddress { memcpy(destination, base, text.count) }
    (destination + text.count).initialize(repeating: UInt8(ascii: " "), count: padding)
}

/// Which kinds of byte a token holds, gathered eight bytes at a time: each field has the
/// high bit of every ASCII byte of that kind seen, or other bits for the non-ASCII letters
/// the tokenizer adds (only whether it is zero matters).
struct ASCIIKinds {
    var upper: UInt64 = 0
    var lower: UInt64 = 0
    var apostrophes: UInt64 = 0

    /// Records `word`, whose bytes outside the token are zero, and returns what to or into it
    /// to lower-case A–Z (an upper-case letter's high bit shifted right twice is 0x20).
    @inline(__always)
    mutating func add(_ word: UInt64) -> UInt64 {
        let upper = SWAR.bytes(of: word, in: UInt8(ascii: "A"), UInt8(ascii: "Z"))
        self.upper |= upper
        lower |= SWAR.bytes(of: word, in: UInt8(ascii: "a"), UInt8(ascii: "z"))
        apostrophes |= SWAR.bytes(of: word, equalTo: UInt8(ascii: "'"))
        return upper >> 2
    }
}

/// What one pass over a padded copy of the text tells before it is tokenized.
struct TextSummary {
    var exclamationMarks = 0
    var questionMarks = 0
    /// A non-ASCII byte, so possibly an emoji to describe.
    var hasNonASCII = false

    /// `padded` holds `count` bytes of text followed by at least 8 spaces, which are read as
    /// part of the last eight bytes instead of being handled one by one.
    init(padded: UnsafePointer<UInt8>, count: Int) {
        var seen: UInt64 = 0
        var offset = 0
        while offset < count {
            let word = SWAR.load(padded + offset)
            seen |= word
            let exclamations = SWAR.bytes(of: word, equalTo: UInt8(ascii: "!"))
            let questions = SWAR.bytes(of: word, equalTo: UInt8(ascii: "?"))
            offset += 8
            // Most words hold neither; counting bits is a dozen instructions without POPCNT.
            guard exclamations | questions != 0 else { continue }
            exclamationMarks += exclamations.nonzeroBitCount
            questionMarks += questions.nonzeroBitCount
        }
        hasNonASCII = seen & SWAR.highBits != 0
    }
}
