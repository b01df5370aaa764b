/// Spelled-out numbers: cardinals, ordinals, scale words and fraction denominators.
enum NumberWords {
    /// zero … nineteen and the tens.
    static let cardinals: [String: Double] = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["twenty": 20.0, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
        var table = [String: Double]()
        for (value, word) in units.enumerated() { table[word] = Double(value) }
        table.merge(tens) { $1 }
        table["nought"] = 0
        table["naught"] = 0
        table["fourty"] = 40
        return table
    }()

    /// Words that multiply what precedes them. "hundred" multiplies the current group only.
    static let scales: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "crore": 1e7,
        "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
    ]

    /// Single-letter magnitude suffixes, only when written against the digits ("15k", "10M", "1.2b").
    static let attachedScales: [String: Double] = ["k": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "g": 1e9, "t": 1e12]

    /// Attached magnitudes that are also unit symbols (metre, millimetre, gram, tonne).
    static let unitLetters: Set<String> = ["m", "mm", "g", "t"]

    /// Plural scale words used as vague amounts ("thousands of") and the lower bound they give.
    static let vagueAmounts: [String: Double] = [
        "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9, "trillions": 2e12,
    ]

    static let ordinals: [String: Double] = {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                     "eighteenth", "nineteenth"]
        var table = [String: Double]()
        for (index, word) in words.enumerated() { table[word] = Double(index + 1) }
        let tens = ["twentieth": 20.0, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
                    "billionth": 1e9, "trillionth": 1e12]
        table.merge(tens) { $1 }
        table["nineth"] = 9
        return table
    }()

    /// Denominators: "half", "third(s)", "quarter(s)", plural ordinals ("fifths").
    static func denominator(_ key: String) -> (value: Double, plural: Bool)? {
        switch key {
        case "half": return (2, false)
        case "halves": return (2, true)
        case "quarter": return (4, false)
        case "quarters": return (4, true)
        default: break
        }
        if let value = ordinals[key], value > 2 { return (value, false) }
        if key.hasSuffix("s"), let value = ordinals[String(key.dropLast())], value > 2 { return (value, true) }
        return nil
    }

    /// Ordinal suffixes written against digits: 1st, 2nd, 3rd, 4th.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Multipliers written as one word.
    static let multipliers: [String: Double] = [
        "twice": 2, "thrice": 3, "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4,
        "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
        "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
    ]

    /// Vulgar-fraction characters.
    static let fractionCharacters: [String: Double] = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]
}
