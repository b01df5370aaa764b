import Foundation  // memcpy
import GlossCore

/// The tokenizer's own 8-byte tests, beside GlossCore's general ones.
extension ByteWords {
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
        let upper = ByteWords.bytes(of: word, in: UInt8(ascii: "A"), UInt8(ascii: "Z"))
        self.upper |= upper
        lower |= ByteWords.bytes(of: word, in: UInt8(ascii: "a"), UInt8(ascii: "z"))
        apostrophes |= ByteWords.bytes(of: word, equalTo: UInt8(ascii: "'"))
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
            let word = ByteWords.load(padded + offset)
            seen |= word
            let exclamations = ByteWords.bytes(of: word, equalTo: UInt8(ascii: "!"))
            let questions = ByteWords.bytes(of: word, equalTo: UInt8(ascii: "?"))
            offset += 8
            // Most words hold neither; counting bits is a dozen instructions without POPCNT.
            guard exclamations | questions != 0 else { continue }
            exclamationMarks += exclamations.nonzeroBitCount
            questionMarks += questions.nonzeroBitCount
        }
        hasNonASCII = seen & ByteWords.highBits != 0
    }
}
