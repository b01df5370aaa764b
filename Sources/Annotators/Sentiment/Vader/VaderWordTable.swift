import GlossCore

/// What VADER's rules know about one lower-cased word: its lexicon valence, whether it is
/// a booster or dampener, a negation, or a word that a rule compares against. 12 bytes,
/// so that a token stays at 16.
struct VaderWord: Sendable {
    /// The lexicon valence; 0 when not in the lexicon.
    var valence = 0.0
    var isInLexicon = false
    var negates = false
    /// +1 for a booster, −1 for a dampener, 0 otherwise.
    var boostSign: Int8 = 0
    var rule: RuleWord?

    /// Computed, not stored: a stored static is read through a lazy initialiser, on every
    /// token that misses the table.
    static var unknown: VaderWord { VaderWord() }

    /// ±0.293 for a booster or dampener, 0 otherwise.
    var boost: Double { Double(boostSign) * VaderConstants.boosterIncrement }
}

/// Every word the lexicon or a rule knows, keyed by its lower-cased UTF-8 bytes. Words of
/// up to 16 bytes (all but 25 of the lexicon's) sit in a packed table; longer ones in a
/// dictionary that only long tokens consult.
struct VaderWordTable: Sendable {
    /// Index into `words` of each short word.
    private let short: WordTable
    private let words: [VaderWord]
    private let long: [[UInt8]: VaderWord]
    /// The first 16 bytes of each long word: most long tokens (links, long compounds) miss
    /// here, before a key is built and hashed for `long`.
    private let longPrefixes: WordTable

    init(lexicon: VaderLexicon) {
        var words: [[UInt8]: VaderWord] = [:]
        // Later lexicon entries win, as in vaderSentiment's dict.
        for entry in lexicon.entries {
            words[entry.word, default: VaderWord()].isInLexicon = true
            words[entry.word, default: VaderWord()].valence = entry.valence
        }
        for word in VaderWordLists.boosters { words[Array(word.utf8), default: VaderWord()].boostSign = 1 }
        for word in VaderWordLists.dampeners { words[Array(word.utf8), default: VaderWord()].boostSign = -1 }
        for word in VaderWordLists.negations { words[Array(word.utf8), default: VaderWord()].negates = true }
        for rule in RuleWord.allCases { words[Array(rule.text.utf8), default: VaderWord()].rule = rule }
        var short: [PackedWord: UInt32] = [:]
        var shortWords: [VaderWord] = []
        var long: [[UInt8]: VaderWord] = [:]
        for (bytes, word) in words {
            if let key = PackedWord(bytes) {
                short[key] = UInt32(shortWords.count)
                shortWords.append(word)
            } else {
                long[bytes] = word
            }
        }
        self.short = WordTable(packed: short)
        self.words = shortWords
        self.long = long
        longPrefixes = WordTable(packed: Dictionary(long.keys.map { (PackedWord(Array($0.prefix(PackedWord.maxCount)))!, 0) },
                                                    uniquingKeysWith: { first, _ in first }))
    }

    /// The word for the `count` lower-cased bytes at `start`, which must be followed by 16
    /// readable bytes (see `PackedWord.init(padded:count:)`).
    @inline(__always)
    func word(lowercasedPadded start: UnsafePointer<UInt8>, count: Int) -> VaderWord {
        if count <= PackedWord.maxCount { return shortWord(PackedWord(padded: start, count: count)) }
        return longWord(UnsafeBufferPointer(start: start, count: count))
    }

    @inline(__always)
    private func shortWord(_ key: PackedWord) -> VaderWord {
        guard let index = short.value(key) else { return .unknown }
        return words[Int(index)]
    }

    /// `bytes` holds more than 16 bytes.
    @inline(never)
    private func longWord(_ bytes: UnsafeBufferPointer<UInt8>) -> VaderWord {
        guard longPrefixes.value(PackedWord(padded: bytes.baseAddress!, count: PackedWord.maxCount)) != nil else { return .unknown }
        return long[Array(bytes)] ?? .unknown
    }

    /// The word for lower-cased UTF-8 bytes.
    func word(_ bytes: [UInt8]) -> VaderWord {
        if let key = PackedWord(bytes) { return shortWord(key) }
        return long[bytes] ?? .unknown
    }
}
