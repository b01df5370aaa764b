/// Byte operations eight bytes at a time in a UInt64 ("SIMD within a register"), for
/// scanners and word tables that work on UTF-8. Bytes at or above 0x80 are never changed
/// or counted as ASCII.
public enum ByteWords {
    // Computed, not stored: a stored static of another module is read through its lazy
    // initialiser on every use, which costs the inner loops that inline these helpers.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// Whether any of the 8 bytes in `word` is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func anyByte(in word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether any of the 8 bytes in `word` equals `byte`.
    @inlinable @inline(__always)
    public static func anyByte(in word: UInt64, equalTo byte: UInt8) -> Bool {
        anyByte(in: word ^ (ones &* UInt64(byte)), below: 1)
    }

    /// The high bit of each byte of `word` that lies in `first ... last` (ASCII only).
    @inlinable @inline(__always)
    public static func bytes(of word: UInt64, in first: UInt8, _ last: UInt8) -> UInt64 {
        let low7 = word & ~highBits
        // Adding 0x80 − b to a 7-bit byte sets its high bit iff the byte is ≥ b (here b is
        // first, then last + 1); the sum stays below 0x100, so no carry crosses bytes.
        let atLeastFirst = low7 &+ ones &* UInt64(0x80 - first)
        let aboveLast = low7 &+ ones &* UInt64(0x7F - last)
        return atLeastFirst & ~aboveLast & ~word & highBits
    }

    /// The high bit of each byte of `word` equal to `byte`.
    @inlinable @inline(__always)
    public static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        // Exact (no borrow from a neighbouring byte): high bit iff the byte is zero.
        return ~(((difference & ~highBits) &+ ~highBits) | difference | ~highBits)
    }

    /// A–Z lower-cased: an upper-case letter's high-bit mark shifted right twice is 0x20.
    @inlinable @inline(__always)
    public static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        word | bytes(of: word, in: UInt8(ascii: "A"), UInt8(ascii: "Z")) >> 2
    }

    /// The low `count` bytes set, all eight from 8 on; `count` must be at least 1.
    @inlinable @inline(__always)
    public static func lowBytes(_ count: Int) -> UInt64 {
        ~0 &>> UInt64(truncatingIfNeeded: 64 &- 8 &* min(count, 8))
    }

    @inlinable @inline(__always)
    public static func load(_ start: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
    }

    @inlinable @inline(__always)
    public static func store(_ word: UInt64, to start: UnsafeMutableRawPointer) {
        start.storeBytes(of: word.littleEndian, toByteOffset: 0, as: UInt64.self)
    }

    /// The index of the first 8-byte word at or after `start` for which `isPlain` is false
    /// (or of the last, partial word); the caller checks byte by byte from there.
    @inlinable @inline(__always)
    public static func skipWords(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, while isPlain: (UInt64) -> Bool) -> Int {
        var index = start
        guard let base = utf8.baseAddress else { return index }
        while index + 8 <= utf8.count {
            guard isPlain(load(base + index)) else { break }
            index += 8
        }
        return index
    }
}
