/// What VADER's rules know about one lower-cased word: its lexicon valence, whether it is
/// a booster or dampener, a negation, or a word that a rule compares against.
struct VaderWord: Sendable {
    var valence: Double?
    /// ±0.293 for a booster or dampener, 0 otherwise.
    var boost = 0.0
    var negates = false
    var rule: RuleWord?
}

/// Every word the lexicon or a rule knows, keyed by its lower-cased UTF-8 bytes.
struct VaderWordTable: Sendable {
    private let index: ByteKeyTable
    private let words: [VaderWord]

    init(lexicon: VaderLexicon) {
        var words: [VaderWord] = []
        var positions: [[UInt8]: Int] = [:]
        func update(_ key: [UInt8], _ change: (inout VaderWord) -> Void) {
            let position = positions[key] ?? {
                words.append(VaderWord())
                positions[key] = words.count - 1
                return words.count - 1
            }()
            change(&words[position])
        }
        for entry in lexicon.entries { update(entry.word) { $0.valence = entry.valence } }
        for word in VaderWordLists.boosters { update(Array(word.utf8)) { $0.boost = VaderConstants.boosterIncrement } }
        for word in VaderWordLists.dampeners { update(Array(word.utf8)) { $0.boost = -VaderConstants.boosterIncrement } }
        for word in VaderWordLists.negations { update(Array(word.utf8)) { $0.negates = true } }
        for rule in RuleWord.allCases { update(Array(rule.text.utf8)) { $0.rule = rule } }
        self.words = words
        index = ByteKeyTable(positions.map { (key: $0.key, value: Int32($0.value)) })
    }

    /// The word for `count` lower-cased bytes at `start`, if the lexicon or a rule knows it.
    func word(_ start: UnsafePointer<UInt8>, _ count: Int) -> VaderWord? {
        index.value(start, count).map { words[Int($0)] }
    }
}
