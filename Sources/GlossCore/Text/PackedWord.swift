/// A word of at most 16 bytes packed little-endian into two integers, zero padded, so that
/// hashing and comparing it costs a few integer operations whatever its length.
public struct PackedWord: Hashable, Sendable {
    @inlinable public static var maxCount: Int { 16 }

    public var low: UInt64
    public var high: UInt64
    /// Kept because a word may itself end in NUL bytes, which the padding cannot tell apart.
    public var count: Int

    /// The word of no bytes.
    public static let empty = PackedWord(low: 0, high: 0, count: 0)

    /// The word whose `count` bytes are `low` then `high`, zero-padded.
    @inlinable @inline(__always)
    public init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// The `count` (≤ 16) bytes at `start`; the 16 bytes from `start` must be readable, which
    /// callers ensure by padding their buffers.
    @inlinable @inline(__always)
    public init(padded start: UnsafePointer<UInt8>, count: Int) {
        let raw = UnsafeRawPointer(start)
        self.init(low: count > 0 ? ByteWords.load(raw) & ByteWords.lowBytes(count) : 0,
                  high: count > 8 ? ByteWords.load(raw + 8) & ByteWords.lowBytes(count - 8) : 0, count: count)
    }

    /// The bytes of `range`, with A–Z folded to a–z if asked, or nil when there are more
    /// than 16. Reads byte by byte where 16 bytes from the start would run past the buffer.
    @inlinable @inline(__always)
    public init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool) {
        guard range.count <= Self.maxCount, let base = bytes.baseAddress else { return nil }
        if range.lowerBound + Self.maxCount <= bytes.count {
            self.init(padded: base + range.lowerBound, count: range.count)
        } else {
            var low: UInt64 = 0
            var high: UInt64 = 0
            for (offset, byte) in bytes[range].enumerated() {
                if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
            }
            self.init(low: low, high: high, count: range.count)
        }
        if foldingCase {
            low = ByteWords.lowercasedASCII(low)
            high = ByteWords.lowercasedASCII(high)
        }
    }

    /// The bytes packed, or nil when there are more than 16.
    public init?(_ bytes: [UInt8], foldingCase: Bool = false) {
        guard let word = bytes.withUnsafeBufferPointer({ PackedWord($0, 0..<$0.count, foldingCase: foldingCase) }) else { return nil }
        self = word
    }

    /// Fibonacci hashing: the top bits of the products depend on every byte, and the two
    /// multiplications run in parallel. (The count is not needed: keys differing only in
    /// their length differ in their bytes unless they end in NULs, which `==` tells apart.)
    @inlinable @inline(__always)
    public var hash: UInt64 { low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F }
}
