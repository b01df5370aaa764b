/// An immutable hash map from `PackedKey`s to `VaderWord`s, for lookups that allocate
/// nothing. Slots come in groups of eight whose one-byte tags (16 KB for the VADER lexicon,
/// so they mostly stay in L1) are read as one UInt64 and compared all at once: a word that
/// is not there (most tokens of news text) is rejected from that one load, with no branch
/// on individual slots; a hit reads one 32-byte entry. A full group spills into the next
/// (linear probing over groups). Raw buffers, because array accesses on this hot path cost
/// retains and bounds checks.
final class PackedKeyTable: @unchecked Sendable {  // never mutated after init
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var word = VaderWord.unknown
        var count: UInt8 = 0
    }

    private static let groupSize = 8
    /// 0 for an empty slot, otherwise 7 bits of the key's hash with the low bit set.
    private let tags: UnsafeMutableBufferPointer<UInt8>
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let groupMask: Int
    /// 64 − log2(number of groups): the group index is the hash's top bits.
    private let shift: UInt64

    init(_ words: [PackedKey: VaderWord]) {
        var groups = 2
        while groups * Self.groupSize < words.count * 2 { groups <<= 1 }  // at most half full: few full groups
        groupMask = groups - 1
        shift = UInt64(64 - groups.trailingZeroBitCount)
        tags = .allocate(capacity: groups * Self.groupSize)
        tags.initialize(repeating: 0)
        entries = .allocate(capacity: groups * Self.groupSize)
        entries.initialize(repeating: Entry())
        for (key, word) in words {
            let hash = key.hash
            var group = Int(truncatingIfNeeded: hash >> shift)
            while true {
                let base = group * Self.groupSize
                if let free = (base..<base + Self.groupSize).first(where: { tags[$0] == 0 }) {
                    tags[free] = tag(hash)
                    entries[free] = Entry(low: key.low, high: key.high, word: word, count: UInt8(key.count))
                    break
                }
                group = (group + 1) & groupMask
            }
        }
    }

    deinit {
        tags.deallocate()
        entries.deallocate()
    }

    /// The 7 bits below those of the group index, with the low bit set so that no tag is 0.
    @inline(__always)
    private func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> (shift - 8)) | 1 }

    @inline(__always)
    func word(_ key: PackedKey) -> VaderWord? {
        let hash = key.hash
        let wanted = tag(hash)
        var group = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let base = group &* Self.groupSize
            let groupTags = SWAR.load(tags.baseAddress! + base)
            var matches = SWAR.bytes(of: groupTags, equalTo: wanted)
            while matches != 0 {
                let slot = base &+ matches.trailingZeroBitCount >> 3
                let entry = entries[slot]
                if entry.low == key.low && entry.high == key.high && Int(entry.count) == key.count { return entry.word }
                matches &= matches &- 1
            }
            if SWAR.bytes(of: groupTags, equalTo: 0) != 0 { return nil }  // a free slot: the key would be here
            group = (group &+ 1) & groupMask
        }
    }
}
