/// An immutable hash map from `PackedKey`s to `VaderWord`s, for lookups that allocate
/// nothing. Open addressing with linear probing and two parallel arrays: one tag byte per
/// slot (16 KB for the VADER lexicon, so it mostly stays in L1) and the 32-byte entries.
/// A word that is not there (most tokens of news text) is rejected from the tag bytes alone,
/// at the first empty slot; a hit reads one entry. Raw buffers, because array accesses on
/// this hot path cost retains and bounds checks.
final class PackedKeyTable: @unchecked Sendable {  // never mutated after init
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var word = VaderWord.unknown
        var count: UInt8 = 0
    }

    /// 0 for an empty slot, otherwise 7 bits of the key's hash with the low bit set.
    private let tags: UnsafeMutableBufferPointer<UInt8>
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let mask: Int
    /// 64 − log2(capacity): the slot index is the hash's top bits.
    private let shift: UInt64

    init(_ words: [PackedKey: VaderWord]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity <<= 1 }  // at most half full: short probes
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        tags = .allocate(capacity: capacity)
        tags.initialize(repeating: 0)
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry())
        for (key, word) in words {
            let hash = key.hash
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while tags[slot] != 0 { slot = (slot + 1) & mask }
            tags[slot] = tag(hash)
            entries[slot] = Entry(low: key.low, high: key.high, word: word, count: UInt8(key.count))
        }
    }

    deinit {
        tags.deallocate()
        entries.deallocate()
    }

    /// The 7 bits below those of the slot index.
    @inline(__always)
    private func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> (shift - 8)) | 1 }

    @inline(__always)
    func word(_ key: PackedKey) -> VaderWord? {
        let hash = key.hash
        let tag = tag(hash)
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let slotTag = tags[slot]
            if slotTag == 0 { return nil }
            if slotTag == tag {
                let entry = entries[slot]
                if entry.low == key.low && entry.high == key.high && Int(entry.count) == key.count { return entry.word }
            }
            slot = (slot + 1) & mask
        }
    }
}
