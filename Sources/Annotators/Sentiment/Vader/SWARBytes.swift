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

    /// The high bit of each byte that ends an ASCII token: whitespace as Python's
    /// `str.split()` sees it (0x09–0x0D, 0x1C–0x20), or a non-ASCII byte, which needs a
    /// closer look.
    @inline(__always)
    static func tokenStops(_ word: UInt64) -> UInt64 {
        bytes(of: word, in: 0x09, 0x0D) | bytes(of: word, in: 0x1C, 0x20) | (word & highBits)
    }

    /// A–Z lower-cased (what Python's `str.lower()` does to ASCII): an upper-case letter's
    /// high bit shifted right twice is 0x20, its lower-case bit.
    @inline(__always)
    static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        word | bytes(of: word, in: UInt8(ascii: "A"), UInt8(ascii: "Z")) >> 2
    }

    /// The low `count` bytes set.
    @inline(__always)
    static func lowBytes(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
    }

    @inline(__always)
    static func load(_ start: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
    }
}

/// Copies `text` to `destination` followed by `padding` ≥ 8 spaces; `destination` must hold
/// `text.count + padding` bytes.
func copyPaddingWithSpaces(_ text: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, padding: Int) {
    if let base = text.baseAddress { memcpy(destination, base, text.count) }
    (destination + text.count).initialize(repeating: UInt8(ascii: " "), count: padding)
}

/// Which kinds of ASCII byte a token holds, gathered eight bytes at a time: each field has
/// the high bit of every byte of that kind seen (only whether it is zero matters).
struct ASCIIKinds {
    var upper: UInt64 = 0
    var lower: UInt64 = 0
    var punctuation: UInt64 = 0

    @inline(__always)
    mutating func add(_ word: UInt64) {
        let upper = SWAR.bytes(of: word, in: UInt8(ascii: "A"), UInt8(ascii: "Z"))
        let lower = SWAR.bytes(of: word, in: UInt8(ascii: "a"), UInt8(ascii: "z"))
        let digits = SWAR.bytes(of: word, in: UInt8(ascii: "0"), UInt8(ascii: "9"))
        self.upper |= upper
        self.lower |= lower
        // Printable, not a letter or digit: `string.punctuation`.
        punctuation |= SWAR.bytes(of: word, in: 0x21, 0x7E) & ~(upper | lower | digits)
    }
}

/// How many "!" and "?" the text holds.
func countExclamationAndQuestionMarks(_ text: UnsafeBufferPointer<UInt8>) -> (exclamationMarks: Int, questionMarks: Int) {
    guard let base = text.baseAddress else { return (0, 0) }
    var exclamationMarks = 0
    var questionMarks = 0
    var offset = 0
    while offset + 8 <= text.count {
        let word = SWAR.load(base + offset)
        let exclamations = SWAR.bytes(of: word, equalTo: UInt8(ascii: "!"))
        let questions = SWAR.bytes(of: word, equalTo: UInt8(ascii: "?"))
        offset += 8
        // Most words hold neither; counting bits is a dozen instructions without POPCNT.
        guard exclamations | questions != 0 else { continue }
        exclamationMarks += exclamations.nonzeroBitCount
        questionMarks += questions.nonzeroBitCount
    }
    for byte in text[offset...] {
        if byte == UInt8(ascii: "!") { exclamationMarks += 1 } else if byte == UInt8(ascii: "?") { questionMarks += 1 }
    }
    return (exclamationMarks, questionMarks)
}
