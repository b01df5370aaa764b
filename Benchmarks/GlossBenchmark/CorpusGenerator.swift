/// Generates news-like English text deterministically from a seed: varied sentences with
/// people, places, organisations, quotations, figures and dates, in paragraphs, so the
/// benchmark does not measure one article repeated.
struct CorpusGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    private mutating func next() -> UInt64 {
        // SplitMix64: small, fast and the same on every platform.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    static let people = ["Prime Minister Sir Keir Starmer", "President Volodymyr Zelensky", "Emmanuel Macron", "Dr. Maria Gonzalez",
                         "Senator John O’Brien", "Chancellor Olaf Scholz", "Ms. Aiko Tanaka", "Gen. Mark Milley", "Ursula von der Leyen",
                         "Mr. Putin", "Prof. Chidi Okafor", "Secretary Antony Blinken", "Mayor Anne Hidalgo", "José Álvarez"]
    static let pronouns = ["He", "She", "They", "The minister", "A spokesperson", "Officials", "Military analysts"]
    static let places = ["Ukraine", "Kyiv", "Moscow", "Brussels", "Paris", "the United States", "the U.S.", "London", "Berlin", "Poland",
                         "the Baltic states", "Crimea", "Donbas", "Washington", "Tokyo", "Nairobi", "São Paulo", "Zürich", "the Middle East",
                         "Kharkiv", "Odesa", "Warsaw", "Georgia", "Jordan", "Canada", "Sydney", "Mumbai", "Cairo", "Istanbul"]
    static let organisations = ["NATO", "the European Union", "the United Nations", "the Russian Ministry of Defense", "Ria Novosti",
                                "Reuters", "the World Bank", "the IMF", "the Coalition of the Willing", "Gazprom", "the Red Cross"]
    static let cues = ["said", "told reporters", "stated", "warned", "added", "argued", "insisted", "wrote in a statement", "declared"]
    static let subjects = ["the ceasefire", "troop deployments", "energy prices", "the peace plan", "sanctions", "the budget",
                           "grain exports", "the elections", "air defence", "reconstruction", "inflation", "the talks"]
    static let verbs = ["threatens", "supports", "undermines", "delays", "accelerates", "complicates", "reshapes", "secures"]
    static let adjectives = ["fragile", "robust", "unprecedented", "controversial", "urgent", "long-awaited", "disastrous", "hopeful",
                             "remarkable", "tense", "successful", "bitter", "cautious", "decisive"]
    static let units = ["troops", "soldiers", "tonnes of grain", "barrels a day", "km", "people", "world leaders", "drones", "homes"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let emoji = ["👍", "🇺🇦", "🔥", "😢", "🙏🏽"]

    private mutating func figure() -> String {
        switch number(0...8) {
        case 0: return "\(number(2...95)),\(threeDigits(number(0...999))) \(pick(Self.units))"
        case 1: return "$\(number(1...9)).\(number(1...9))bn"
        case 2: return "\(number(1...99)).\(number(0...9))%"
        case 3: return "£\(number(10...900)) million"
        case 4: return "about \(number(2...40)) \(pick(Self.units))"
        case 5: return "\(pick(["twenty-nine", "three", "a dozen", "two-thirds of the", "hundreds of", "half a million"])) \(pick(Self.units))"
        case 6: return "\(number(1...28)) \(pick(Self.months)) \(number(1990...2025))"
        case 7: return "a \(number(3...90))-day \(pick(["truce", "pause", "deadline"]))"
        default: return "between \(number(2...9)) and \(number(10...30)) \(pick(Self.units))"
        }
    }

    private mutating func sentence() -> String {
        switch number(0...9) {
        case 0, 1:
            return "“\(capitalised(pick(Self.subjects))) \(pick(Self.verbs)) everything we have built,” \(pick(Self.people)) \(pick(Self.cues))."
        case 2:
            return "\(pick(Self.people)) \(pick(Self.cues)) that \(pick(Self.subjects)) in \(pick(Self.places)) would be \(pick(Self.adjectives))."
        case 3:
            return "\(pick(Self.pronouns)) \(pick(Self.cues)): \"We will not accept \(pick(Self.subjects)) on these terms, and we never will.\""
        case 4:
            return "According to \(pick(Self.organisations)), \(figure()) were reported near \(pick(Self.places)) on \(pick(Self.months)) \(number(1...28))."
        case 5:
            return "Analysts warn of a “\(pick(Self.adjectives)) \(pick(["conflict", "peace", "winter", "stalemate"]))” as \(pick(Self.organisations)) weighs \(figure())."
        case 6:
            return "The \(pick(Self.adjectives)) plan, backed by \(pick(Self.organisations)) and \(pick(Self.places)), involves \(figure()) and \(figure())."
        case 7:
            return "Prices in \(pick(Self.places)) rose \(figure()) after \(pick(Self.subjects)) stalled \(pick(Self.emoji))!"
        case 8:
            return "Is \(pick(Self.subjects)) \(pick(Self.adjectives)) or merely \(pick(Self.adjectives))? Mr. Smith, 54, wasn't sure."
        default:
            return "\(capitalised(pick(Self.subjects))) \(pick(Self.verbs)) talks between \(pick(Self.places)) and \(pick(Self.places)) (\(pick(Self.organisations)) said so in Jan. \(number(1990...2025)))."
        }
    }

    private func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// One article: a headline line without final punctuation, then paragraphs, one per line.
    mutating func article() -> String {
        var lines = ["\(capitalised(pick(Self.subjects))) \(pick(Self.verbs)) \(pick(Self.subjects)) in \(pick(Self.places))"]
        for _ in 0..<number(4...12) {
            lines.append((0..<number(1...4)).map { _ in sentence() }.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Articles until `bytes` UTF-8 bytes are reached.
    mutating func articles(totalBytes bytes: Int) -> [String] {
        var result = [String]()
        var size = 0
        while size < bytes {
            let text = article()
            size += text.utf8.count
            result.append(text)
        }
        return result
    }
}

/// Three digits with leading zeros, for the groups of 15,042.
private func threeDigits(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}
