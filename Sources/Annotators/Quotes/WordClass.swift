import GlossCore

/// What the word lists of `Lexicon` say about one word, as bits, so that every question the
/// attribution rules ask about a token is one table lookup per document and token.
struct WordClass: OptionSet {
    let rawValue: UInt32

    static let cue = WordClass(rawValue: 1 << 0)
    static let according = WordClass(rawValue: 1 << 1)
    static let to = WordClass(rawValue: 1 << 2)
    static let by = WordClass(rawValue: 1 << 3)
    static let that = WordClass(rawValue: 1 << 4)
    /// the, a, an
    static let article = WordClass(rawValue: 1 << 5)
    /// Determiners that make the next word a noun, not a cue: "the report", "his claims".
    static let cueBlocker = WordClass(rawValue: 1 << 6)
    static let pronoun = WordClass(rawValue: 1 << 7)
    static let it = WordClass(rawValue: 1 << 8)
    static let personNoun = WordClass(rawValue: 1 << 9)
    static let groupNoun = WordClass(rawValue: 1 << 10)
    static let organisationNoun = WordClass(rawValue: 1 << 11)
    static let organisationWord = WordClass(rawValue: 1 << 12)
    static let title = WordClass(rawValue: 1 << 13)
    static let notName = WordClass(rawValue: 1 << 14)
    static let nameConnector = WordClass(rawValue: 1 << 15)
    static let abbreviation = WordClass(rawValue: 1 << 16)
    static let auxiliary = WordClass(rawValue: 1 << 17)
    static let preposition = WordClass(rawValue: 1 << 18)
    static let phraseStop = WordClass(rawValue: 1 << 19)
    /// who, whose, which, a, an, the: what opens ", who took part," after a subject.
    static let appositiveOpener = WordClass(rawValue: 1 << 20)
    /// Small words a title-case quotation may keep in lower case: "State of the Union".
    static let titleCaseMinor = WordClass(rawValue: 1 << 21)
    /// em, til, tis, cause, bout: after an apostrophe that stands for left-out letters.
    static let elidedWord = WordClass(rawValue: 1 << 22)
    /// "n" of rock ’n’ roll.
    static let n = WordClass(rawValue: 1 << 23)
    static let soCalled = WordClass(rawValue: 1 << 24)
    /// said, says, told …: verbs whose clause may follow without "that".
    static let clauseVerb = WordClass(rawValue: 1 << 25)
    static let the = WordClass(rawValue: 1 << 26)

    static let speakerNoun: WordClass = [.personNoun, .groupNoun, .organisationNoun]

    /// The table of the built-in lists plus `extraCues` (lower case, at most 16 bytes each).
    static func table(extraCues: [String]) -> WordTable {
        var values = [String: UInt32]()
        func mark<Words: Sequence<String>>(_ words: Words, _ word: WordClass) {
            for entry in words { values[entry, default: 0] |= word.rawValue }
        }
        mark(Lexicon.cues, .cue)
        mark(extraCues, .cue)
        mark(["according"], .according)
        mark(["to"], .to)
        mark(["by"], .by)
        mark(["that"], .that)
        mark(["the", "a", "an"], .article)
        mark(["the"], .the)
        mark(["the", "a", "an", "his", "her", "their", "its", "these", "those", "such"], .cueBlocker)
        mark(Lexicon.pronouns, .pronoun)
        mark(["it"], .it)
        for (word, entity) in Lexicon.speakerNouns { mark([word], entity.nounClass) }
        mark(Lexicon.organisationWords, .organisationWord)
        mark(Lexicon.titles, .title)
        mark(Lexicon.notNames, .notName)
        mark(Lexicon.nameConnectors, .nameConnector)
        mark(Lexicon.abbreviations, .abbreviation)
        mark(Lexicon.auxiliaries, .auxiliary)
        mark(Lexicon.prepositions, .preposition)
        mark(Lexicon.phraseStops, .phraseStop)
        mark(["who", "whose", "which", "a", "an", "the"], .appositiveOpener)
        mark(["of", "the", "and", "a", "an", "in", "on", "for", "to"], .titleCaseMinor)
        mark(["em", "til", "tis", "cause", "bout"], .elidedWord)
        mark(["n"], .n)
        mark(["so-called"], .soCalled)
        mark(["said", "says", "say", "added", "adds", "stated", "states", "told", "tells"], .clauseVerb)
        return WordTable(values, foldingCase: true)
    }

    static let builtInTable = table(extraCues: [])
}

extension SpeakerEntity {
    var nounClass: WordClass {
        switch self {
        case .person: .personNoun
        case .group: .groupNoun
        case .organisation: .organisationNoun
        }
    }
}

/// The classes of a document's tokens, each looked up the first time a rule asks. A raw
/// buffer: this is asked for every token the rules look at, and an array in a class would
/// pay an exclusivity check on each access.
final class WordClassCache {
    private let table: WordTable
    /// Bit 31 set once looked up.
    private let classes: UnsafeMutableBufferPointer<UInt32>
    private static let known: UInt32 = 1 << 31

    init(table: WordTable, tokenCount: Int) {
        self.table = table
        classes = .allocate(capacity: tokenCount)
        classes.initialize(repeating: 0)
    }

    deinit { classes.deallocate() }

    @inline(__always)
    func classes(of index: Int, token: Token, bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        let cached = classes[index]
        if cached & Self.known != 0 { return WordClass(rawValue: cached & ~Self.known) }
        let found = token.kind == .word ? table.value(in: bytes, Int(token.start)..<Int(token.end)) ?? 0 : 0
        classes[index] = found | Self.known
        return WordClass(rawValue: found)
    }
}
