/// The word lists and constants of vaderSentiment 3.3.2, which its rules compare tokens
/// against (always lower-cased).
enum VaderConstants {
    /// Mean rating increase for a booster word; dampeners use its negative.
    static let boosterIncrement = 0.293
    /// Mean rating increase for a word in ALL CAPS among mixed-case text.
    static let capsIncrement = 0.733
    /// Scale applied to a negated valence.
    static let negationScalar = -0.74
    /// Normalisation constant of the compound score, "approximates the max expected value".
    static let alpha = 15.0
}

/// Words the rules test by identity. Each gets a code so that the scorer compares small
/// integers instead of strings.
enum RuleWord: UInt8, CaseIterable, Sendable {
    case no, kind, of, never, so, this, without, doubt, least, at, very, or, nor, but
    // Words of the special-case idioms and booster bigrams.
    case the, shit, bomb, bad, ass, bus, stop, yeah, right, kiss, death, to, die, `for`, beating, heart
    case just, enough, sort

    var text: String { self == .for ? "for" : "\(self)" }

    /// Whether the word, from up to three words back, can change the valence of a word that
    /// is not itself a rule word: "no" and "least" negate, "this" right before raises it by a
    /// quarter (a quirk of `_negation_check`), and one word of each idiom and dampening
    /// bigram, without which the others do nothing ("or", "at", "very" count only with "no"
    /// or "least"; "never", "without" and "so" are negations or boosters).
    var modifiesWordsAfter: Bool {
        switch self {
        case .no, .least, .this: true
        case .shit, .bomb, .ass, .bus, .yeah, .heart, .death, .die, .enough, .kind, .sort: true
        case .of, .never, .so, .without, .doubt, .at, .very, .or, .nor, .but, .the, .bad, .stop, .right, .kiss, .to, .for,
             .beating, .just: false
        }
    }
}

enum VaderWordLists {
    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// Single-word degree adverbs: boosters raise the magnitude of the next sentiment word,
    /// dampeners lower it.
    static let boosters: [String] = [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
        "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
        "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
        "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin",
        "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible",
        "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
        "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
        "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
    ]
    static let dampeners: [String] = [
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal",
        "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
        "slightly", "somewhat", "sorta", "sortof", "sort-of",
    ]
}

/// The two- and three-word phrases of the rules, as switches over rule words so that the
/// hot path allocates nothing.
enum VaderPhrases {
    /// `SPECIAL_CASES`: phrases whose valence replaces that of the lexicon word inside them.
    /// (Its one-word entry "badass" can never match a phrase and is left out.)
    static func specialCase(_ first: RuleWord?, _ second: RuleWord?) -> Double? {
        switch (first, second) {
        case (.the, .shit), (.the, .bomb): 3
        case (.bad, .ass): 1.5
        case (.bus, .stop): 0
        case (.yeah, .right): -2
        case (.beating, .heart): 3.5
        default: nil
        }
    }

    static func specialCase(_ first: RuleWord?, _ second: RuleWord?, _ third: RuleWord?) -> Double? {
        switch (first, second, third) {
        case (.kiss, .of, .death): -1.5
        case (.to, .die, .for): 3
        default: nil
        }
    }

    /// Two-word dampeners of `BOOSTER_DICT`, found only by the idiom check.
    static func isDampenerBigram(_ first: RuleWord?, _ second: RuleWord?) -> Bool {
        switch (first, second) {
        case (.just, .enough), (.kind, .of), (.sort, .of): true
        default: false
        }
    }
}
