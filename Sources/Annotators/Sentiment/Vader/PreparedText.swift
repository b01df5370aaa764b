import GlossCore

/// What the tokenizer needs to know of each byte of a text, one bit each, so that it tells
/// a token's end, case and punctuation from its 16 bytes of kinds with a few masks.
enum ByteKind {
    /// At or below 0x20, 0x7F or above: whitespace as Python's `str.split()` sees it
    /// (0x09–0x0D, 0x1C–0x20, or a non-ASCII scalar that may be whitespace), control
    /// characters, DEL and non-ASCII bytes, which a closer look tells apart.
    static let stop: UInt8 = 1
    /// 0–9, A–Z, a–z: in a token of printable ASCII, every other byte is punctuation.
    static let alphanumeric: UInt8 = 2
    static let apostrophe: UInt8 = 4
    /// The bit that lower-casing sets in an ASCII letter, so that the case kinds come from
    /// the byte itself with one mask each.
    static let upper: UInt8 = 0x20
    static let lower: UInt8 = 0x40

    /// One bit per byte of the 16 bytes of kinds `low` then `high`, set where `kind` is.
    /// The multiplication moves the bit of byte j (bit 8j, after the shift) to bit 56 + j;
    /// no other product reaches those bits or carries into them.
    @inline(__always)
    static func gather(_ low: UInt64, _ high: UInt64, _ kind: UInt8) -> UInt32 {
        let shift = UInt64(kind.trailingZeroBitCount)
        let magic: UInt64 = 0x0102_0408_1020_4080
        let lowBits = (((low &>> shift) & ByteWords.ones) &* magic) &>> 56
        let highBits = (((high &>> shift) & ByteWords.ones) &* magic) &>> 56
        return UInt32(truncatingIfNeeded: lowBits | highBits &<< 8)
    }

    /// `kind` in every byte of a 64-bit word.
    @inline(__always)
    static func everyByte(_ kind: UInt8) -> UInt64 { ByteWords.ones &* UInt64(kind) }
}

/// What preparing a text tells before it is tokenized.
struct TextSummary {
    var exclamationMarks = 0
    var questionMarks = 0
    /// A non-ASCII byte, so possibly an emoji to describe.
    var hasNonASCII = false
}

/// A text as the tokenizer reads it: a copy with A–Z lower-cased and one `ByteKind` byte
/// per byte, each followed by `padding` bytes (spaces and stops), so that 16 bytes read from
/// up to 16 bytes after any byte of the text stay inside.
struct PreparedText {
    static let padding = 32

    let count: Int
    let lowercased: UnsafeMutablePointer<UInt8>
    let kinds: UnsafePointer<UInt8>

    /// The bytes `prepare(_:)` needs for a text of `count` bytes.
    static func bufferSize(_ count: Int) -> Int { 2 * (count + padding) }

    /// Prepares `text` in `buffer` (`bufferSize(text.count)` bytes), sixteen bytes at a time
    /// with SSE2 (no branch per byte), noting whether the text holds non-ASCII bytes, "!"
    /// or "?"; the marks (in a sixth of texts) are then counted.
    static func prepare(_ text: UnsafeBufferPointer<UInt8>, in buffer: UnsafeMutablePointer<UInt8>) -> (PreparedText, TextSummary) {
        let count = text.count
        let lowercased = buffer
        let kinds = buffer + count + padding
        var seen = Bytes16()
        var marks = Bytes16()
        if count >= 16 {
            let source = text.baseAddress!
            var offset = 0
            // Whole blocks, then the last sixteen bytes again, overlapping, instead of a byte loop.
            while true {
                let start = min(offset, count &- 16)
                classify(UnsafeRawPointer(source + start).loadUnaligned(as: Bytes16.self),
                         lowercased + start, kinds + start, &seen, &marks)
                offset &+= 16
                if offset >= count { break }
            }
        } else {
            var block = Bytes16(repeating: 0x20)
            withUnsafeMutableBytes(of: &block) { block in
                for offset in 0..<count { block[offset] = text[offset] }
            }
            classify(block, lowercased, kinds, &seen, &marks)
        }
        for offset in stride(from: 0, to: padding, by: 16) {
            UnsafeMutableRawPointer(lowercased + count + offset).storeBytes(of: Bytes16(repeating: 0x20), as: Bytes16.self)
            UnsafeMutableRawPointer(kinds + count + offset).storeBytes(of: Bytes16(repeating: Int8(ByteKind.stop)), as: Bytes16.self)
        }
        var summary = TextSummary()
        summary.hasNonASCII = anyBits(seen, ByteWords.highBits)
        if anyBits(marks, ~0) { summary.countMarks(lowercased, count) }
        return (PreparedText(count: count, lowercased: lowercased, kinds: kinds), summary)
    }

    /// One block of 16 bytes: its kinds and lower-cased copy stored, its bytes and marks
    /// or-ed into `seen` and `marks`. Comparisons are signed: bytes from 0x80 are negative.
    @inline(__always)
    private static func classify(_ block: Bytes16, _ lowercased: UnsafeMutablePointer<UInt8>, _ kinds: UnsafeMutablePointer<UInt8>,
                                 _ seen: inout Bytes16, _ marks: inout Bytes16) {
        let stops = mask((block .< splat(0x21)) .| (block .== splat(0x7F)))
        // Ranges as one signed comparison each: the addition moves the range's first byte
        // to −128, and every byte outside it above the range's last.
        let letters = mask((block | splat(0x20)) &+ splat(0x80 - 0x61) .< splat(0x80 + 26))
        let digits = mask(block &+ splat(0x80 - 0x30) .< splat(0x80 + 10))
        let letterBits = letters & splat(0x20)
        let upper = letterBits & ~block  // 0x20 in an upper-case letter: ByteKind.upper and what lower-casing adds
        let lower = (letterBits & block) &+ (letterBits & block)  // 0x40 in a lower-case letter
        let apostrophes = mask(block .== splat(0x27))
        let blockKinds = stops & splat(ByteKind.stop) | (letters | digits) & splat(ByteKind.alphanumeric)
            | upper | lower | apostrophes & splat(ByteKind.apostrophe)
        UnsafeMutableRawPointer(kinds).storeBytes(of: blockKinds, as: Bytes16.self)
        UnsafeMutableRawPointer(lowercased).storeBytes(of: block | upper, as: Bytes16.self)
        seen |= block
        marks |= mask((block .== splat(0x21)) .| (block .== splat(0x3F)))
    }
}

/// Sixteen bytes in an SSE2 register. Compared with vectors, not scalars: the scalar
/// overloads of `.<` and `.==` compile to a loop over the lanes.
typealias Bytes16 = SIMD16<Int8>

@inline(__always)
private func splat(_ byte: UInt8) -> Bytes16 { Bytes16(repeating: Int8(bitPattern: byte)) }

/// A comparison's lanes as bytes, 0xFF where true.
@inline(__always)
private func mask(_ lanes: SIMDMask<Bytes16>) -> Bytes16 { unsafeBitCast(lanes, to: Bytes16.self) }

@inline(__always)
private func anyBits(_ block: Bytes16, _ bits: UInt64) -> Bool {
    let (low, high) = unsafeBitCast(block, to: (UInt64, UInt64).self)
    return (low | high) & bits != 0
}

extension TextSummary {
    @inline(never)  // a sixth of texts
    fileprivate mutating func countMarks(_ padded: UnsafePointer<UInt8>, _ count: Int) {
        var offset = 0
        while offset < count {
            // The padding holds neither mark, so whole words can be read up to the end.
            let word = ByteWords.load(padded + offset)
            let exclamations = ByteWords.bytes(of: word, equalTo: UInt8(ascii: "!"))
            let questions = ByteWords.bytes(of: word, equalTo: UInt8(ascii: "?"))
            offset += 8
            guard exclamations | questions != 0 else { continue }
            exclamationMarks += exclamations.nonzeroBitCount
            questionMarks += questions.nonzeroBitCount
        }
    }
}
