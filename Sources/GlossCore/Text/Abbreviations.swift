/// A short ASCII word packed into two integers, so that the splitter can look words up
/// straight from the document's bytes without building a String.
struct WordKey: Equatable, Sendable {
    static let maxLength = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of `bytes[range]`, or nil when it is longer than `maxLength` or holds a byte
    /// other than an ASCII letter. `foldingCase` lowercases it.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool) {
        guard range.count <= Self.maxLength else { return nil }
        for (position, index) in range.enumerated() {
            let byte = bytes[index]
            guard UTF8Scanning.isASCIILetter(byte) else { return nil }
            let value = UInt64(foldingCase ? byte | 0x20 : byte)
            if position < 8 {
                low |= value << (8 * UInt64(position))
            } else {
                high |= value << (8 * UInt64(position - 8))
            }
        }
    }

    init(_ word: String, foldingCase: Bool) {
        var utf8 = Array(word.utf8)
        self = utf8.withUnsafeMutableBufferPointer { buffer in
            WordKey(UnsafeBufferPointer(buffer), 0..<buffer.count, foldingCase: foldingCase)!
        }
    }

    /// The top bits of a multiplicative hash, as a slot index of a table of 2^(64 - shift) slots.
    func hashValue(shift: UInt64) -> Int {
        let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> shift)
    }
}

/// A fixed word list in an open-addressing hash table with a multiplicative hash: one or two
/// probes per lookup, far cheaper than the standard library's seeded hashing.
struct WordTable<Value: Sendable>: Sendable {
    private let keys: [WordKey]
    private let values: [Value]
    /// Indices into `keys`, or -1 for an empty slot; the count is a power of two.
    private let slots: [Int32]
    private let shift: UInt64

    init(_ entries: [(WordKey, Value)]) {
        keys = entries.map(\.0)
        values = entries.map(\.1)
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        shift = 64 - bits
        var slots = [Int32](repeating: -1, count: 1 << bits)
        for (index, key) in keys.enumerated() {
            var slot = key.hashValue(shift: shift)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    subscript(key: WordKey) -> Value? {
        var slot = key.hashValue(shift: shift)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index] == key { return values[index] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }
}

extension WordTable where Value == Void {
    init(_ words: [String], foldingCase: Bool) {
        self.init(words.map { (WordKey($0, foldingCase: foldingCase), ()) })
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }
}

/// The words whose trailing period the sentence splitter must weigh.
enum Abbreviations {
    enum Kind: Sendable {
        /// Titles and prepositive abbreviations (Mr., Sen., Mt.): a name follows, never a new sentence.
        case title
        /// May end a sentence (Inc., Co., etc., Jan.): a new sentence only before a common
        /// sentence-starting word; never before a number (No. 5, Jan. 20, p. 55).
        case ambiguous
        /// Abbreviates only before a number (No. 5, Fig. 3, p. 55); otherwise an ordinary word
        /// ("He said no. Biden …").
        case numberPrefix
    }

    private struct Entry: Sendable {
        let kind: Kind
        /// Only the capitalised spelling is the abbreviation: "Sat." is a day, "sat." a verb.
        let requiresCapital: Bool
    }

    static func kind(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
        guard let key = WordKey(bytes, range, foldingCase: true), let entry = entries[key] else { return nil }
        if entry.requiresCapital && !UTF8Scanning.isASCIIUpper(bytes[range.lowerBound]) { return nil }
        return entry.kind
    }

    /// Capitalised words that commonly open a sentence: after an ambiguous abbreviation
    /// ("in the U.S. The …") they mark a new sentence, other capitalised words ("the U.S.
    /// Senate") continue the current one.
    static func isSentenceStarter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(bytes, range, foldingCase: false) else { return false }
        return sentenceStarters.contains(key)
    }

    /// Lowercase words that cannot end a sentence: a line ending in one continues on the next line.
    static func isFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(bytes, range, foldingCase: false) else { return false }
        return functionWords.contains(key)
    }

    /// Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith went …"), after
    /// which a.m./p.m. does not end the sentence.
    static func isTimePhrasePreposition(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(bytes, range, foldingCase: true) else { return false }
        return timePhrasePrepositions.contains(key)
    }

    /// Time zones written after a.m./p.m. ("9:30 a.m. ET"), which continue the sentence.
    static func isTimeZone(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(bytes, range, foldingCase: false) else { return false }
        return timeZones.contains(key)
    }

    private static let titles = [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Revd",
        "Hon", "Rt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Gens", "Lt", "Col", "Maj", "Capt",
        "Cpt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Insp", "Det", "Supt", "Pres", "Amb",
        "Atty", "Fr", "Msgr", "Mt", "Ft",
    ]

    /// Ambiguous abbreviations recognised in any case (co., Co., CO.).
    private static let ambiguousAnyCase = [
        "inc", "co", "corp", "ltd", "plc", "jr", "sr", "bros", "st", "ave", "blvd", "rd", "hwy", "etc", "vs",
        "approx", "dept", "esp", "al", "cf", "govt", "intl", "natl", "univ", "assn", "assoc", "mfg", "viz",
    ]

    private static let numberPrefixes = [
        "no", "nos", "nr", "art", "fig", "figs", "vol", "vols", "pp", "para", "ch", "chap", "sec", "ref",
        "tel", "ext", "rs", "ca",
    ]

    /// Ambiguous abbreviations that are only abbreviations when capitalised: months, days, US states.
    private static let ambiguousCapitalised = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    private static let entries: WordTable<Entry> = {
        func entries(_ words: [String], _ kind: Kind, requiresCapital: Bool) -> [(WordKey, Entry)] {
            words.map { (WordKey($0, foldingCase: true), Entry(kind: kind, requiresCapital: requiresCapital)) }
        }
        return WordTable(
            entries(ambiguousAnyCase, .ambiguous, requiresCapital: false)
                + entries(numberPrefixes, .numberPrefix, requiresCapital: false)
                + entries(ambiguousCapitalised, .ambiguous, requiresCapital: true)
                + entries(titles, .title, requiresCapital: true))
    }()

    private static let sentenceStarters = WordTable(
        [
            "A", "About", "According", "After", "Again", "Against", "All", "Also", "Although", "Among", "An",
            "And", "Another", "Any", "Are", "As", "At", "Before", "Being", "Both", "But", "By", "Can", "Could",
            "Despite", "Did", "Do", "Does", "During", "Each", "Earlier", "Even", "Every", "Few", "For", "From",
            "Further", "Had", "Has", "Have", "He", "Her", "Here", "His", "How", "However", "I", "If", "In",
            "Indeed", "Instead", "Is", "It", "Its", "Last", "Later", "Let", "Many", "Meanwhile", "Millions",
            "Moreover", "Most", "Much", "My", "Nevertheless", "No", "None", "Nor", "Not", "Now", "Of", "On",
            "One", "Only", "Or", "Other", "Others", "Our", "Over", "Several", "She", "Should", "Since", "So",
            "Some", "Still", "Such", "That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
            "Though", "Thousands", "Hundreds", "Dozens", "Thus", "To", "Today", "Two", "Under", "Unlike",
            "Until", "We", "Were", "Was", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why",
            "Will", "With", "Without", "Would", "Yesterday", "Yet", "You", "Your",
        ], foldingCase: false)

    private static let functionWords = WordTable(
        [
            "the", "a", "an", "of", "to", "and", "or", "but", "nor", "for", "in", "on", "at", "by", "with",
            "from", "as", "into", "onto", "than", "that", "which", "who", "whom", "whose", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may",
            "might", "must", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
            "about", "after", "before", "over", "under", "between", "against", "during", "without", "within",
            "not", "very",
        ], foldingCase: false)

    private static let timePhrasePrepositions = WordTable(
        ["at", "by", "around", "about", "until", "till", "before", "after", "from", "since", "shortly"], foldingCase: true)

    private static let timeZones = WordTable(
        [
            "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "GMT",
            "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "SGT", "HKT",
        ], foldingCase: false)
}
