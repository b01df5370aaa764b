/// vaderSentiment 3.3.2's per-token valence (`sentiment_valence` and the checks it calls),
/// with its quirks kept so that scores match the Python package exactly.
struct VaderValenceRules {
    let tokens: [VaderToken]
    /// Some but not all tokens are ALL CAPS, so capitals signal emphasis.
    let isCapDifferential: Bool

    init(tokens: [VaderToken]) {
        self.tokens = tokens
        let upper = tokens.reduce(0) { $0 + ($1.isUpper ? 1 : 0) }
        isCapDifferential = upper > 0 && upper < tokens.count
    }

    /// One valence per token; modifiers and unknown words get 0.
    func valences() -> [Double] {
        tokens.indices.map(valence)
    }

    private func rule(_ index: Int) -> RuleWord? { tokens[index].rule }

    private func valence(at i: Int) -> Double {
        let token = tokens[i]
        // Boosters and the "kind" of "kind of" only modify the words after them.
        if token.word?.boost ?? 0 != 0 { return 0 }
        if i < tokens.count - 1 && token.rule == .kind && rule(i + 1) == .of { return 0 }
        guard let lexiconValence = token.valence else { return 0 }

        var valence = lexiconValence
        // "no" before a lexicon word negates that word instead of counting itself.
        if token.rule == .no && i != tokens.count - 1 && tokens[i + 1].isInLexicon { valence = 0 }
        if (i > 0 && rule(i - 1) == .no) || (i > 1 && rule(i - 2) == .no)
            || (i > 2 && rule(i - 3) == .no && (rule(i - 1) == .or || rule(i - 1) == .nor)) {
            valence = lexiconValence * VaderConstants.negationScalar
        }
        if token.isUpper && isCapDifferential {
            valence += valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        // The three preceding words, nearest first; a sentiment word there is not a modifier.
        for distance in 0..<3 where i > distance && !tokens[i - distance - 1].isInLexicon {
            var scalar = boosterScalar(tokens[i - distance - 1], valence)
            if distance == 1 && scalar != 0 { scalar *= 0.95 }
            if distance == 2 && scalar != 0 { scalar *= 0.9 }
            valence = valence + scalar
            valence = negationChecked(valence, distance, i)
            if distance == 2 { valence = idiomChecked(valence, i) }
        }
        return leastChecked(valence, i)
    }

    private func boosterScalar(_ modifier: VaderToken, _ valence: Double) -> Double {
        guard let boost = modifier.word?.boost, boost != 0 else { return 0 }
        var scalar = valence < 0 ? -boost : boost
        if modifier.isUpper && isCapDifferential {
            scalar += valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        return scalar
    }

    /// `_negation_check`: a negation `distance + 1` words back flips and shrinks the valence;
    /// "never so/this" intensifies instead and "without doubt" leaves it. At distance 2 the
    /// package also intensifies whenever the previous word is "so" or "this" (kept).
    private func negationChecked(_ valence: Double, _ distance: Int, _ i: Int) -> Double {
        let soOrThis: (Int) -> Bool = { self.rule($0) == .so || self.rule($0) == .this }
        switch distance {
        case 0:
            return tokens[i - 1].negates ? valence * VaderConstants.negationScalar : valence
        case 1:
            if rule(i - 2) == .never && soOrThis(i - 1) { return valence * 1.25 }
            if rule(i - 2) == .without && rule(i - 1) == .doubt { return valence }
            return tokens[i - 2].negates ? valence * VaderConstants.negationScalar : valence
        default:
            if (rule(i - 3) == .never && soOrThis(i - 2)) || soOrThis(i - 1) { return valence * 1.25 }
            if rule(i - 3) == .without && (rule(i - 2) == .doubt || rule(i - 1) == .doubt) { return valence }
            return tokens[i - 3].negates ? valence * VaderConstants.negationScalar : valence
        }
    }

    /// `_special_idioms_check`: phrases such as "the shit" or "kiss of death" around the word
    /// replace its valence, and the dampening bigrams "kind of", "sort of", "just enough"
    /// two or three words back add −0.293 whatever the sign.
    private func idiomChecked(_ valence: Double, _ i: Int) -> Double {
        var valence = valence
        let before: [ClosedRange<Int>] = [(i - 1)...i, (i - 2)...i, (i - 2)...(i - 1), (i - 3)...(i - 1), (i - 3)...(i - 2)]
        if let idiom = before.lazy.compactMap(specialCaseValence).first { valence = idiom }
        if tokens.count - 1 > i, let idiom = specialCaseValence(i...(i + 1)) { valence = idiom }
        if tokens.count - 1 > i + 1, let idiom = specialCaseValence(i...(i + 2)) { valence = idiom }
        for bigram in [(i - 3)...(i - 2), (i - 2)...(i - 1)] where matches(bigram, VaderWordLists.dampenerBigrams) {
            valence = valence - VaderConstants.boosterIncrement
        }
        return valence
    }

    private func specialCaseValence(_ range: ClosedRange<Int>) -> Double? {
        VaderWordLists.specialCases.first { phrase in matches(range, [phrase.words]) }?.valence
    }

    private func matches(_ range: ClosedRange<Int>, _ phrases: [[RuleWord]]) -> Bool {
        guard let first = rule(range.lowerBound) else { return false }
        return phrases.contains { phrase in
            phrase.count == range.count && phrase[0] == first
                && zip(phrase.dropFirst(), range.dropFirst()).allSatisfy { rule($0.1) == $0.0 }
        }
    }

    /// `_least_check`: "least X" negates X, except in "at least" and "very least".
    private func leastChecked(_ valence: Double, _ i: Int) -> Double {
        guard i > 0, !tokens[i - 1].isInLexicon, rule(i - 1) == .least else { return valence }
        if i > 1 && (rule(i - 2) == .at || rule(i - 2) == .very) { return valence }
        return valence * VaderConstants.negationScalar
    }
}
