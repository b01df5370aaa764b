/// The words whose trailing period the sentence splitter must weigh.
enum Abbreviations {
    enum Kind: UInt32, Sendable {
        /// Titles and prepositive abbreviations (Mr., Sen., Mt.): a name follows, never a new sentence.
        case title
        /// May end a sentence (Inc., Co., etc., Jan.): a new sentence only before a common
        /// sentence-starting word; never before a number (No. 5, Jan. 20, p. 55).
        case ambiguous
        /// Abbreviates only before a number (No. 5, Fig. 3, p. 55); otherwise an ordinary word
        /// ("He said no. Biden …").
        case numberPrefix
    }

    /// Set in an entry's value when only the capitalised spelling is the abbreviation: "Sat."
    /// is a day, "sat." a verb. The low bits hold the kind.
    private static let requiresCapital: UInt32 = 1 << 8

    static func kind(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
        guard let entry = entries.value(in: bytes, range) else { return nil }
        if entry & requiresCapital != 0 && !UTF8Scanning.isASCIIUpper(bytes[range.lowerBound]) { return nil }
        return Kind(rawValue: entry & ~requiresCapital)
    }

    /// Capitalised words that commonly open a sentence: after an ambiguous abbreviation
    /// ("in the U.S. The …") they mark a new sentence, other capitalised words ("the U.S.
    /// Senate") continue the current one.
    static func isSentenceStarter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        sentenceStarters.contains(bytes, range)
    }

    /// Lowercase words that cannot end a sentence: a line ending in one continues on the next line.
    static func isFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        functionWords.contains(bytes, range)
    }

    /// Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith went …"), after
    /// which a.m./p.m. does not end the sentence.
    static func isTimePhrasePreposition(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        timePhrasePrepositions.contains(bytes, range)
    }

    /// Time zones written after a.m./p.m. ("9:30 a.m. ET"), which continue the sentence.
    static func isTimeZone(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        timeZones.contains(bytes, range)
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

    private static let entries: WordTable = {
        var values = [String: UInt32]()
        func add(_ words: [String], _ kind: Kind, requiresCapital: Bool) {
            // The first list that names a word decides its kind.
            for word in words where values[word.lowercased()] == nil {
                values[word.lowercased()] = kind.rawValue | (requiresCapital ? Self.requiresCapital : 0)
            }
        }
        add(ambiguousAnyCase, .ambiguous, requiresCapital: false)
        add(numberPrefixes, .numberPrefix, requiresCapital: false)
        add(ambiguousCapitalised, .ambiguous, requiresCapital: true)
        add(titles, .title, requiresCapital: true)
        return WordTable(values, foldingCase: true)
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
