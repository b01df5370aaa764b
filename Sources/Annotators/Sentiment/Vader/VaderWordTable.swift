import GlossCore

/// What VADER's rules know about one lower-cased word: its lexicon valence, whether it is
/// a booster or dampener, a negation, or a word that a rule compares against. 14 bytes,
/// so that a table slot stays at 32.
struct VaderWord: Sendable {
    /// The lexicon valence; 0 when not in the lexicon.
    var valence = 0.0
    var isInLexicon = false
    var negates = false
    /// +1 for a booster, −1 for a dampener, 0 otherwise.
    var boostSign: Int8 = 0
    var rule: RuleWord?
    /// A lexicon word that is not a booster: the only tokens that get a valence of their own.
    var isScored = false
    /// A booster, dampener, negation or rule word that may change the valence of the words
    /// after it (`RuleWord.modifiesWordsAfter`); a token containing "n't" may too.
    var isModifier = false

    /// ±0.293 for a booster or dampener, 0 otherwise.
    var boost: Double { Double(boostSign) * VaderConstants.boosterIncrement }
}

/// Every word the lexicon or a rule knows, keyed by its lower-cased UTF-8 bytes, each at an
/// index that tokens keep. Words of up to 16 bytes (all but 25 of the lexicon's) sit in a
/// perfect hash table (hash and displace): the top bits of the word's hash pick a bucket,
/// whose 16-bit pilot, chosen when the table is built, moves the bucket's words to free
/// slots. A lookup is one probe and one compare, without a branch, whether the word is
/// there or not (most tokens are not). Longer words follow, found through a dictionary
/// that only long tokens consult.
final class VaderWordTable: @unchecked Sendable {  // never mutated after init
    struct Slot {
        /// The word's bytes, little-endian and zero-padded (short words only).
        var low: UInt64 = 0
        var high: UInt64 = 0
        var word = VaderWord()
        /// The word's length; 0xFF in a free slot, so that no key matches it.
        var count: UInt8 = 0xFF
    }

    /// Everything a lookup reads, copied out so that a loop keeps it in registers.
    struct Lookup {
        let slots: UnsafePointer<Slot>
        let pilots: UnsafePointer<UInt16>
        /// The bucket is the hash's top bits, two fewer than the base slot's (a quarter as
        /// many buckets as slots): one shift count for both in the tokenizer's loop.
        let slotShift: UInt64
        let mixer: UInt64
        /// The index of the unknown word: the first slot, which the hash table leaves free,
        /// so that a miss is selected with a zero rather than a register.
        static var unknown: Int { 0 }
        /// 16 bytes 0xFF then 16 zeros, just before the slots (so that the loop needs no
        /// register for them): the 16 bytes from `16 - count` on keep the first `count`
        /// bytes of a key, without a branch on whether it is longer than 8.
        var keyMasks: UnsafeRawPointer { UnsafeRawPointer(slots) - 32 }

        func bucket(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &>> 2) &>> slotShift) }

        /// The slot before the bucket's pilot is applied: other bits of the hash than the
        /// bucket's, mixed by a second multiplication.
        func baseSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* mixer) &>> slotShift) }

        /// The slot where the word `key` (at most 16 bytes) would be, and 1 when it is not
        /// there, else 0.
        @inline(__always)
        func find(_ key: PackedWord) -> (slot: Int, missed: UInt8) {
            let hash = key.hash
            let index = baseSlot(hash) ^ Int(pilots[bucket(hash)])
            let slot = slots + index
            let difference = (slot.pointee.low ^ key.low) | (slot.pointee.high ^ key.high)
                | UInt64(slot.pointee.count ^ UInt8(truncatingIfNeeded: key.count))
            return (index, asByte(difference != 0))
        }

        /// The index of the word `key` (at most 16 bytes), or `unknown`.
        @inline(__always)
        func index(_ key: PackedWord) -> Int {
            let (slot, missed) = find(key)
            return Self.word(slot: slot, missed: missed)
        }

        /// The slot, or `unknown` (0) when missed: the slot shifted out, not a choice between
        /// the two, which the compiler makes a branch in the tokenizer's loop, as
        /// unpredictable as words are. (Slots are below 2^32.)
        @inline(__always)
        static func word(slot: Int, missed: UInt8) -> Int { Int(bitPattern: UInt(bitPattern: slot) &>> (UInt(missed) &<< 5)) }

        /// The `count` (at most 16) bytes at `start`, which must be followed by 16 readable
        /// bytes, as a key.
        @inline(__always)
        func key(at start: UnsafePointer<UInt8>, count: Int) -> PackedWord {
            let masks = keyMasks + (16 &- count)
            return PackedWord(low: ByteWords.load(start) & ByteWords.load(masks), high: ByteWords.load(start + 8) & ByteWords.load(masks + 8),
                              count: count)
        }

    }

    /// The hashed slots (the first of them the unknown word), then the long words.
    let words: UnsafeMutableBufferPointer<Slot>
    /// The key masks, in a slot's bytes, then `words`.
    private let storage: UnsafeMutableRawPointer
    private let pilots: UnsafeMutableBufferPointer<UInt16>
    /// The index of "but", whose first occurrence the scorer needs.
    private(set) var but: UInt32 = 0
    let lookup: Lookup
    private let long: [[UInt8]: UInt32]
    /// The first 16 bytes of each long word: most long tokens (links, long compounds) miss
    /// here, before a key is built and hashed for `long`.
    private let longPrefixes: WordTable

    init(lexicon: VaderLexicon) {
        var entries: [[UInt8]: VaderWord] = [:]
        // Later lexicon entries win, as in vaderSentiment's dict.
        for entry in lexicon.entries {
            entries[entry.word, default: VaderWord()].isInLexicon = true
            entries[entry.word, default: VaderWord()].valence = entry.valence
        }
        for word in VaderWordLists.boosters { entries[Array(word.utf8), default: VaderWord()].boostSign = 1 }
        for word in VaderWordLists.dampeners { entries[Array(word.utf8), default: VaderWord()].boostSign = -1 }
        for word in VaderWordLists.negations { entries[Array(word.utf8), default: VaderWord()].negates = true }
        for rule in RuleWord.allCases { entries[Array(rule.text.utf8), default: VaderWord()].rule = rule }
        var short: [(bytes: [UInt8], word: VaderWord)] = []
        var long: [(bytes: [UInt8], word: VaderWord)] = []
        for (bytes, var word) in entries {
            word.isScored = word.isInLexicon && word.boostSign == 0
            word.isModifier = word.rule?.modifiesWordsAfter == true || word.boostSign != 0 || word.negates
            if bytes.count <= PackedWord.maxCount { short.append((bytes, word)) } else { long.append((bytes, word)) }
        }
        let keys = short.map { PackedWord($0.bytes)! }
        // At most half full, so that pilots are found quickly; about two words per bucket.
        var slotCount = 64
        while slotCount < 2 * short.count { slotCount <<= 1 }
        let bucketCount = slotCount / 4  // as `Lookup.bucket` assumes
        let slotBytes = MemoryLayout<Slot>.stride
        precondition(slotBytes >= 32, "the key masks fill a slot's bytes")
        storage = .allocate(byteCount: slotBytes * (1 + slotCount + long.count), alignment: MemoryLayout<Slot>.alignment)
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: slotBytes)
        (storage + slotBytes - 32).initializeMemory(as: UInt8.self, repeating: 0xFF, count: 16)
        words = UnsafeMutableBufferPointer(start: (storage + slotBytes).bindMemory(to: Slot.self, capacity: slotCount + long.count),
                                           count: slotCount + long.count)
        pilots = .allocate(capacity: bucketCount)
        var seed: UInt64 = 0
        var found: (lookup: Lookup, placement: (slots: [Int], pilots: [UInt16]))?
        while found == nil {
            // Another mixer for each attempt: an attempt fails when two words of one bucket
            // share their base slot, which no pilot separates.
            seed &+= 0x9E37_79B9_7F4A_7C15
            let lookup = Lookup(slots: UnsafePointer(words.baseAddress!), pilots: UnsafePointer(pilots.baseAddress!),
                                slotShift: UInt64(64 - slotCount.trailingZeroBitCount), mixer: splitMix(seed) | 1)
            found = Self.place(keys.map { (lookup.bucket($0.hash), lookup.baseSlot($0.hash)) }, slotCount: slotCount, bucketCount: bucketCount)
                .map { (lookup, $0) }
        }
        lookup = found!.lookup
        words.initialize(repeating: Slot())
        for (index, slot) in found!.placement.slots.enumerated() {
            words[slot] = Slot(low: keys[index].low, high: keys[index].high, word: short[index].word, count: UInt8(short[index].bytes.count))
        }
        _ = pilots.initialize(from: found!.placement.pilots)
        var longIndices: [[UInt8]: UInt32] = [:]
        for (offset, entry) in long.enumerated() {
            words[slotCount + offset].word = entry.word
            longIndices[entry.bytes] = UInt32(slotCount + offset)
        }
        self.long = longIndices
        longPrefixes = WordTable(packed: Dictionary(long.map { (PackedWord(Array($0.bytes.prefix(PackedWord.maxCount)))!, 0) },
                                                    uniquingKeysWith: { first, _ in first }))
        but = index(Array("but".utf8))
    }

    deinit {
        storage.deallocate()
        pilots.deallocate()
    }

    var unknown: UInt32 { UInt32(truncatingIfNeeded: Lookup.unknown) }

    func word(_ index: UInt32) -> VaderWord { words[Int(index)].word }

    /// The index of the `count` lower-cased bytes at `start`, which must be followed by 16
    /// readable bytes.
    func index(lowercasedPadded start: UnsafePointer<UInt8>, count: Int) -> UInt32 {
        guard count <= PackedWord.maxCount else { return longIndex(UnsafeBufferPointer(start: start, count: count)) }
        return UInt32(truncatingIfNeeded: lookup.index(lookup.key(at: start, count: count)))
    }

    /// `bytes` holds more than 16 bytes.
    @inline(never)
    private func longIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard longPrefixes.value(PackedWord(padded: bytes.baseAddress!, count: PackedWord.maxCount)) != nil else { return unknown }
        return long[Array(bytes)] ?? unknown
    }

    /// The index of lower-cased UTF-8 bytes.
    func index(_ bytes: [UInt8]) -> UInt32 {
        guard !bytes.isEmpty else { return unknown }
        guard let key = PackedWord(bytes) else { return long[bytes] ?? unknown }
        return UInt32(truncatingIfNeeded: lookup.index(key))
    }

    /// Pilots that send every word (given as bucket and base slot) to its own slot other than
    /// the unknown word's, largest buckets first; nil when two words of a bucket share their
    /// base slot.
    private static func place(_ keys: [(bucket: Int, base: Int)], slotCount: Int, bucketCount: Int) -> (slots: [Int], pilots: [UInt16])? {
        var members = [[Int]](repeating: [], count: bucketCount)
        for (index, key) in keys.enumerated() { members[key.bucket].append(index) }
        var taken = [Bool](repeating: false, count: slotCount)
        taken[Lookup.unknown] = true
        var slots = [Int](repeating: 0, count: keys.count)
        var pilots = [UInt16](repeating: 0, count: bucketCount)
        for bucket in members.indices.sorted(by: { members[$0].count > members[$1].count }) where !members[bucket].isEmpty {
            let bases = members[bucket].map { keys[$0].base }
            guard Set(bases).count == bases.count else { return nil }
            guard let pilot = (0..<min(slotCount, 1 << 16)).first(where: { pilot in bases.allSatisfy { !taken[$0 ^ pilot] } }) else {
                return nil
            }
            pilots[bucket] = UInt16(pilot)
            for (index, base) in zip(members[bucket], bases) {
                taken[base ^ pilot] = true
                slots[index] = base ^ pilot
            }
        }
        return (slots, pilots)
    }
}

/// SplitMix64's output function: a well-mixed 64-bit value for each input.
private func splitMix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
