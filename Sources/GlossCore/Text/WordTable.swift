/// An immutable map from short words (`PackedWord`s) to 32-bit values — flags, a kind, or
/// an index into the caller's own array — looked up straight from UTF-8 bytes, with ASCII
/// letters folded to lower case if the table was built so: no String, no allocation, no
/// SipHash. Slots come in groups of eight whose one-byte tags are read as one UInt64 and
/// compared at once: a word that is not there (most words of a text) is rejected from that
/// one load; a hit reads one entry. A full group spills into the next. Raw buffers, because
/// array accesses on these hot paths cost retains and bounds checks.
public final class WordTable: @unchecked Sendable {  // never mutated after init
    public static let maxWordBytes = PackedWord.maxCount

    @usableFromInline struct Entry {
        @usableFromInline var word = PackedWord.empty
        @usableFromInline var value: UInt32 = 0
    }

    @inlinable static var groupSize: Int { 8 }
    /// 0 for an empty slot, otherwise 7 bits of the key's hash with the low bit set.
    @usableFromInline let tags: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline let entries: UnsafeMutableBufferPointer<Entry>
    @usableFromInline let groupMask: Int
    /// 64 − log2(number of groups): the group index is the top bits of the hash.
    @usableFromInline let shift: UInt64
    @usableFromInline let foldsCase: Bool

    /// A table of packed words. With `foldingCase`, words looked up by byte range are folded
    /// to lower case first, so the keys must be folded already.
    public init(packed values: [PackedWord: UInt32], foldingCase: Bool = false) {
        foldsCase = foldingCase
        var groups = 2
        while groups * Self.groupSize < values.count * 2 { groups <<= 1 }  // at most half full: few full groups
        groupMask = groups - 1
        shift = UInt64(64 - groups.trailingZeroBitCount)
        tags = .allocate(capacity: groups * Self.groupSize)
        tags.initialize(repeating: 0)
        entries = .allocate(capacity: groups * Self.groupSize)
        entries.initialize(repeating: Entry())
        for (word, value) in values {
            var group = Int(truncatingIfNeeded: word.hash >> shift)
            while true {
                let base = group * Self.groupSize
                if let free = (base..<base + Self.groupSize).first(where: { tags[$0] == 0 }) {
                    tags[free] = tag(word.hash)
                    entries[free] = Entry(word: word, value: value)
                    break
                }
                group = (group + 1) & groupMask
            }
        }
    }

    /// With `foldingCase`, keys and looked-up words match in any ASCII case; two keys that
    /// fold to the same word have their values or-ed together. A key longer than 16 bytes
    /// is a programming error.
    public convenience init(_ values: [String: UInt32], foldingCase: Bool) {
        var packed = [PackedWord: UInt32]()
        for (word, value) in values {
            guard let key = PackedWord(Array(word.utf8), foldingCase: foldingCase) else {
                preconditionFailure("'\(word)' is longer than \(Self.maxWordBytes) bytes")
            }
            packed[key, default: 0] |= value
        }
        self.init(packed: packed, foldingCase: foldingCase)
    }

    /// A set of words: each has the value 1.
    public convenience init(_ words: [String], foldingCase: Bool) {
        self.init(Dictionary(words.map { ($0, 1) }, uniquingKeysWith: { first, _ in first }), foldingCase: foldingCase)
    }

    deinit {
        tags.deallocate()
        entries.deallocate()
    }

    /// The value of the word at `range` of `bytes`, if it is in the table.
    @inlinable @inline(__always)
    public func value(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32? {
        guard let word = PackedWord(bytes, range, foldingCase: foldsCase) else { return nil }
        return value(word)
    }

    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        value(in: bytes, range) != nil
    }

    /// The value of a packed word, taken as it is (folded by the caller if need be).
    @inlinable @inline(__always)
    public func value(_ word: PackedWord) -> UInt32? {
        let hash = word.hash
        let wanted = tag(hash)
        // Masking shifts (`&>>`, shift < 64 always) and an unchecked base pointer: this is every lookup's path.
        var group = Int(truncatingIfNeeded: hash &>> shift)
        while true {
            let base = group &* Self.groupSize
            let groupTags = ByteWords.load(tags.baseAddress.unsafelyUnwrapped + base)
            var matches = ByteWords.bytes(of: groupTags, equalTo: wanted)
            while matches != 0 {
                let entry = entries[base &+ matches.trailingZeroBitCount >> 3]
                if entry.word == word { return entry.value }
                matches &= matches &- 1
            }
            if ByteWords.bytes(of: groupTags, equalTo: 0) != 0 { return nil }  // a free slot: the word would be here
            group = (group &+ 1) & groupMask
        }
    }

    /// The 7 bits below those of the group index, with the low bit set so that no tag is 0.
    @inlinable @inline(__always)
    func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash &>> (shift &- 8)) | 1 }
}
