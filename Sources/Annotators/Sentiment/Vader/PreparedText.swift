import GlossCore
#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// What the tokenizer needs to know of the bytes of a text, as bit planes: one bit per
/// byte (bit `i % 8` of byte `i / 8`), so that a token's length, punctuation and
/// apostrophes come from one 64-bit read per plane, whatever its length. (Case is read
/// from the text's bytes, for the few tokens whose case the rules ask.)
enum BytePlane: Int, CaseIterable {
    /// At or below 0x20, 0x7F or above: whitespace as Python's `str.split()` sees it
    /// (0x09–0x0D, 0x1C–0x20, or a non-ASCII scalar that may be whitespace), control
    /// characters, DEL and non-ASCII bytes, which a closer look tells apart. Set in the
    /// padding after the text.
    case stop
    /// 0–9, A–Z, a–z: in a token of printable ASCII, every other byte is punctuation.
    case alphanumeric
    case apostrophe
}

/// What preparing a text tells before it is tokenized.
struct TextSummary {
    var exclamationMarks = 0
    var questionMarks = 0
    /// A non-ASCII byte, so possibly an emoji to describe.
    var hasNonASCII = false
}

/// A text as the tokenizer reads it: the text, a copy with A–Z lower-cased followed by
/// `padding` spaces, so that 16 bytes read from up to 16 bytes after any byte of the text stay
/// inside, and the `BytePlane`s of its bytes, each followed by 16 bytes of padding (stops)
/// so that 64 bits read from the bit of any byte of the text stay inside. Four words, so
/// that it is passed in registers.
struct PreparedText {
    static let padding = 32

    let count: Int
    /// The text itself, whose case `isUpperToken` reads.
    let original: UnsafePointer<UInt8>
    let lowercased: UnsafeMutablePointer<UInt8>
    /// The bytes of one plane: two per block of 16 bytes, then 16 of padding.
    let planeBytes: Int

    /// The planes, after the copy and its padding.
    var planes: UnsafePointer<UInt8> { UnsafePointer(lowercased + (count &+ Self.padding)) }

    private static func planeBytes(_ count: Int) -> Int { (count + 15) / 16 * 2 + 16 }

    /// The bytes `prepare(_:in:)` needs for a text of `count` bytes.
    static func bufferSize(_ count: Int) -> Int { count + padding + BytePlane.allCases.count * planeBytes(count) }

    /// The bits of `plane` from the text's byte `offset` on: at least 57 of them.
    @inline(__always)
    func bits(_ plane: BytePlane, at offset: Int) -> UInt64 {
        ByteWords.load(planes + (plane.rawValue &* planeBytes &+ offset &>> 3)) &>> UInt64(truncatingIfNeeded: offset & 7)
    }

    /// The bytes from `offset` to the next stop, up to 64.
    @inline(__always)
    func tokenLength(at offset: Int) -> Int { bits(.stop, at: offset).trailingZeroBitCount }

    /// Python's `str.isupper()` of the token of 1 to 57 printable ASCII bytes at `offset`:
    /// an upper-case letter and no lower-case one.
    func isUpperToken(at offset: Int) -> Bool {
        // Most words start with a lower-case letter: one byte tells.
        guard !UTF8Scanning.isASCIILower(original[offset]) else { return false }
        var hasUpper = false
        for index in offset..<offset + tokenLength(at: offset) {
            let byte = original[index]
            if UTF8Scanning.isASCIILower(byte) { return false }
            hasUpper = hasUpper || UTF8Scanning.isASCIIUpper(byte)
        }
        return hasUpper
    }

    /// Whether the token of 1 to 57 printable ASCII bytes at `offset` contains "n't".
    func tokenContainsNT(at offset: Int) -> Bool {
        let length = tokenLength(at: offset)
        return hasApostrophe(at: offset, count: length) && containsNT(lowercased + offset, length)
    }

    /// Whether the `count` (at most 57) bytes from `offset` hold an apostrophe, from one read of its plane.
    @inline(__always)
    func hasApostrophe(at offset: Int, count: Int) -> Bool {
        bits(.apostrophe, at: offset) & ~(~0 &<< UInt64(truncatingIfNeeded: count)) != 0
    }

    /// Prepares `text` in `buffer` (`bufferSize(text.count)` bytes), sixteen bytes at a time
    /// with SSE2 (no branch per byte), noting whether the text holds non-ASCII bytes, "!"
    /// or "?"; the marks (in a sixth of texts) are then counted.
    static func prepare(_ text: UnsafeBufferPointer<UInt8>, in buffer: UnsafeMutablePointer<UInt8>) -> (PreparedText, TextSummary) {
        let count = text.count
        // An empty text has no token to read: any address will do.
        let prepared = PreparedText(count: count, original: text.baseAddress ?? UnsafePointer(buffer), lowercased: buffer, planeBytes: planeBytes(count))
        var seen = Bytes16()
        var marks = Bytes16()
        var offset = 0
        if let source = text.baseAddress {
            while offset &+ 16 <= count {
                prepared.classify(UnsafeRawPointer(source + offset).loadUnaligned(as: Bytes16.self), at: offset, &seen, &marks)
                offset &+= 16
            }
        }
        let rest = count &- offset
        if rest > 0 {
            if count >= 16 {
                // The last sixteen bytes again, overlapping, instead of a byte loop.
                let block = UnsafeRawPointer(text.baseAddress! + count - 16).loadUnaligned(as: Bytes16.self)
                prepared.classify(block, at: count - 16, bitsAt: offset, &seen, &marks)
            } else {
                var block = Bytes16(repeating: 0x20)  // spaces: stops, as the padding
                withUnsafeMutableBytes(of: &block) { block in
                    for index in 0..<rest { block[index] = text[index] }
                }
                prepared.classify(block, at: 0, &seen, &marks)
            }
            offset &+= 16
        }
        for space in stride(from: 0, to: padding, by: 16) {
            UnsafeMutableRawPointer(prepared.lowercased + count + space).storeBytes(of: Bytes16(repeating: 0x20), as: Bytes16.self)
        }
        for plane in BytePlane.allCases {
            let padding = Bytes16(repeating: plane == .stop ? -1 : 0)
            UnsafeMutableRawPointer(prepared.planeStart(plane) + offset / 8).storeBytes(of: padding, as: Bytes16.self)
        }
        var summary = TextSummary()
        summary.hasNonASCII = anyBits(seen, ByteWords.highBits)
        if anyBits(marks, ~0) { summary.countMarks(prepared.lowercased, count) }
        return (prepared, summary)
    }

    private func planeStart(_ plane: BytePlane) -> UnsafeMutablePointer<UInt8> {
        UnsafeMutablePointer(mutating: planes) + plane.rawValue * planeBytes
    }

    /// Lower-cases and classifies the 16 bytes of `block`, which are the text's from
    /// `offset` on, and or-s its bytes and marks into `seen` and `marks`. Its bits are stored
    /// from byte `bitsOffset` (a multiple of 16) on: a last block that overlaps the one before
    /// has its bits moved down, and the padding's stops set above them. Comparisons are
    /// signed: bytes from 0x80 are negative.
    @inline(__always)
    private func classify(_ block: Bytes16, at offset: Int, bitsAt bitsOffset: Int? = nil, _ seen: inout Bytes16, _ marks: inout Bytes16) {
        let bitsOffset = bitsOffset ?? offset
        let overlap = UInt16(truncatingIfNeeded: bitsOffset &- offset)
        // Ranges as one signed comparison each: the addition moves the range's first byte
        // to −128, and every byte outside it above the range's last.
        let upper = block &+ splat(0x80 - 0x41) .< splat(0x80 + 26)
        let lower = block &+ splat(0x80 - 0x61) .< splat(0x80 + 26)
        let digits = block &+ splat(0x80 - 0x30) .< splat(0x80 + 10)
        func store(_ plane: BytePlane, _ lanes: SIMDMask<Bytes16>, _ padding: UInt16 = 0) {
            UnsafeMutableRawPointer(planeStart(plane)).storeBytes(of: bitmask(lanes) &>> overlap | padding, toByteOffset: bitsOffset / 8, as: UInt16.self)
        }
        store(.stop, (block .< splat(0x21)) .| (block .== splat(0x7F)), ~(0xFFFF &>> overlap))
        store(.alphanumeric, upper .| lower .| digits)
        store(.apostrophe, block .== splat(0x27))
        UnsafeMutableRawPointer(lowercased + offset).storeBytes(of: block | mask(upper) & splat(0x20), as: Bytes16.self)
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

/// A comparison's lanes as bits, lane i at bit i: SSE2's `pmovmskb`, elsewhere `portableBitmask`.
@inline(__always)
func bitmask(_ lanes: SIMDMask<Bytes16>) -> UInt16 {
    #if arch(x86_64)
    UInt16(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(lanes, to: __m128i.self)))
    #else
    portableBitmask(lanes)
    #endif
}

/// `bitmask` without SSE2 (tested against it on x86-64): a multiplication moves the bit of
/// byte j of a word (bit 8j) to bit 56 + j, where no other product reaches or carries.
@inline(__always)
func portableBitmask(_ lanes: SIMDMask<Bytes16>) -> UInt16 {
    let (low, high) = unsafeBitCast(lanes, to: (UInt64, UInt64).self)
    let magic: UInt64 = 0x0102_0408_1020_4080
    return UInt16(truncatingIfNeeded: ((low & ByteWords.ones) &* magic) &>> 56 | ((high & ByteWords.ones) &* magic) &>> 48 & 0xFF00)
}

/// The sum of the lanes, which is at most 255: the two halves added byte by byte, whose
/// bytes a multiplication then adds up in its top byte.
@inline(__always)
private func laneSum(_ counts: Bytes16) -> Int {
    let (low, high) = unsafeBitCast(counts, to: (UInt64, UInt64).self)
    return Int(truncatingIfNeeded: ((low &+ high) &* ByteWords.ones) &>> 56)
}

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
            // Per-lane counts (a match is −1, subtracted), summed every 15 blocks, so that
            // the sum of a vector's lanes fits in a byte.
            var exclamations = Bytes16()
            var questions = Bytes16()
            let end = min(count, offset + 15 * 16)
            while offset < end {
                // The padding holds neither mark, so whole blocks can be read up to the end.
                let block = UnsafeRawPointer(padded + offset).loadUnaligned(as: Bytes16.self)
                exclamations &-= mask(block .== splat(UInt8(ascii: "!")))
                questions &-= mask(block .== splat(UInt8(ascii: "?")))
                offset += 16
            }
            exclamationMarks += laneSum(exclamations)
            questionMarks += laneSum(questions)
        }
    }
}
