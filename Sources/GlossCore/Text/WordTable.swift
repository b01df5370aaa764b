/// An immutable map from short words to 32-bit values (flags, a kind, or an index into the
/// caller's own array), looked up straight from a document's UTF-8 bytes, with ASCII letters
/// folded to lower case if the table was built so: no String, no allocation, no SipHash. A word of up to 16 bytes is packed into
/// two integers, so hashing and comparing it costs a few integer operations; longer words
/// are never in the table. Open addressing with linear probing, at most half full, and one
/// tag byte per slot so that a miss (most words of a text) is rejected without reading an entry.
public final class WordTable: @unchecked Sendable {  // never mutated after init
    public static let maxWordBytes = 16

    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        var value: UInt32 = 0
    }

    private let tags: UnsafeMutableBufferPointer<UInt8>
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let mask: Int
    /// 64 − log2(capacity): the slot index is the top bits of the hash.
    private let shift: UInt64

    private let foldsCase: Bool

    /// With `foldingCase`, keys and looked-up words match in any ASCII case; two keys that
    /// fold to the same word have their values or-ed together. A key longer than 16 bytes
    /// is a programming error.
    public init(_ values: [String: UInt32], foldingCase: Bool) {
        foldsCase = foldingCase
        var folded = [Key: UInt32]()
        for (word, value) in values {
            let bytes = Array(word.utf8)
            precondition(bytes.count <= Self.maxWordBytes, "'\(word)' is longer than \(Self.maxWordBytes) bytes")
            let key = bytes.withUnsafeBufferPointer { Key($0, 0..<$0.count, foldingCase: foldingCase)! }
            folded[key, default: 0] |= value
        }
        var capacity = 16
        while capacity < folded.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        tags = .allocate(capacity: capacity)
        tags.initialize(repeating: 0)
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry())
        for (key, value) in folded {
            var slot = Int(truncatingIfNeeded: key.hash >> shift)
            while tags[slot] != 0 { slot = (slot + 1) & mask }
            tags[slot] = tag(key.hash)
            entries[slot] = Entry(low: key.low, high: key.high, count: key.count, value: value)
        }
    }

    deinit {
        tags.deallocate()
        entries.deallocate()
    }

    /// A set of words: each has the value 1.
    public convenience init(_ words: [String], foldingCase: Bool) {
        self.init(Dictionary(words.map { ($0, 1) }, uniquingKeysWith: { first, _ in first }), foldingCase: foldingCase)
    }

    /// The value of the word at `range` of `bytes`, if it is in the table.
    @inline(__always)
    public func value(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32? {
        guard let key = Key(bytes, range, foldingCase: foldsCase) else { return nil }
        let hash = key.hash
        let wanted = tag(hash)
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let slotTag = tags[slot]
            if slotTag == 0 { return nil }
            if slotTag == wanted {
                let entry = entries[slot]
                if entry.low == key.low && entry.high == key.high && entry.count == key.count { return entry.value }
            }
            slot = (slot + 1) & mask
        }
    }

    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        value(in: bytes, range) != nil
    }

    /// Seven bits of the hash below those of the slot index, with the low bit set (0 = empty).
    @inline(__always)
    private func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> (shift - 8)) | 1 }

    /// Up to 16 bytes packed little-endian and zero padded, A–Z folded to a–z if asked.
    private struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int

        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool) {
            count = range.count
            guard count <= WordTable.maxWordBytes, let base = bytes.baseAddress else { return nil }
            if range.lowerBound + 16 <= bytes.count {
                let raw = UnsafeRawPointer(base + range.lowerBound)
                low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & Self.lowBytes(count)
                high = count > 8 ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & Self.lowBytes(count - 8) : 0
            } else {
                // Near the end of the text: reading 16 bytes would run past it.
                for (offset, byte) in bytes[range].enumerated() {
                    if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
                }
            }
            if foldingCase {
                low = Self.foldedASCII(low)
                high = Self.foldedASCII(high)
            }
        }

        /// Fibonacci hashing of both halves; the top bits depend on every byte.
        @inline(__always)
        var hash: UInt64 { low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F }

        @inline(__always)
        static func lowBytes(_ count: Int) -> UInt64 {
            count >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
        }

        /// Sets the 0x20 bit of every byte in A–Z, eight bytes at a time (bytes ≥ 0x80 untouched).
        @inline(__always)
        static func foldedASCII(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let low7 = word & ~highBits
            // Adding 0x80 − b sets a 7-bit byte's high bit iff it is ≥ b, with no carry out.
            let atLeastA = low7 &+ ones &* UInt64(0x80 - 0x41)
            let aboveZ = low7 &+ ones &* UInt64(0x7F - 0x5A)
            return word | ((atLeastA & ~aboveZ & ~word & highBits) >> 2)
        }
    }
}
