/// vaderSentiment 3.3.2's per-token valence (`sentiment_valence` and the checks it calls),
/// with its quirks kept so that scores match the Python package exactly.
struct VaderValenceRules {
    let tokens: UnsafeBufferPointer<VaderToken>
    let ruleSet: VaderRuleSet
    /// Some but not all tokens are ALL CAPS, so capitals signal emphasis.
    let isCapDifferential: Bool

    /// `upperCount`: how many of the tokens are ALL CAPS, which the tokenizer counts.
    init(tokens: UnsafeBufferPointer<VaderToken>, upperCount: Int, ruleSet: VaderRuleSet) {
        self.tokens = tokens
        self.ruleSet = ruleSet
        isCapDifferential = upperCount > 0 && upperCount < tokens.count
    }

    /// One valence per token, written to `valences`; modifiers and unknown words get 0.
    func computeValences(into valences: UnsafeMutablePointer<Double>) {
        for index in tokens.indices {
            let token = tokens[index]
            // Boosters and words outside the lexicon (most tokens) only modify the words after them.
            let counts = token.isInLexicon && token.word.boostSign == 0
            (valences + index).initialize(to: counts ? valence(at: index) : 0)
        }
    }

    private func rule(_ index: Int) -> RuleWord? { tokens[index].rule }

    /// The valence of a lexicon word that is not a booster.
    private func valence(at i: Int) -> Double {
        let token = tokens[i]
        // The "kind" of "kind of" only modifies the words after it.
        if i < tokens.count - 1 && token.rule == .kind && rule(i + 1) == .of { return 0 }

        let lexiconValence = token.word.valence
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
            if !ruleSet.clauseScopedNegation { valence = negationChecked(valence, distance, i) }
            if distance == 2 { valence = idiomChecked(valence, i) }
        }
        if ruleSet.clauseScopedNegation { valence = clauseNegationChecked(valence, i) }
        return leastChecked(valence, i)
    }

    private func boosterScalar(_ modifier: VaderToken, _ valence: Double) -> Double {
        let boost = modifier.word.boost
        guard boost != 0 else { return 0 }
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
        switch distance {
        case 0:
            return tokens[i - 1].negates ? valence * VaderConstants.negationScalar : valence
        case 1:
            if rule(i - 2) == .never && isSoOrThis(i - 1) { return valence * 1.25 }
            if rule(i - 2) == .without && rule(i - 1) == .doubt { return valence }
            return tokens[i - 2].negates ? valence * VaderConstants.negationScalar : valence
        default:
            if (rule(i - 3) == .never && isSoOrThis(i - 2)) || isSoOrThis(i - 1) { return valence * 1.25 }
            if rule(i - 3) == .without && (rule(i - 2) == .doubt || rule(i - 1) == .doubt) { return valence }
            return tokens[i - 3].negates ? valence * VaderConstants.negationScalar : valence
        }
    }

    /// News rule: the nearest negation before the word counts if no clause boundary lies
    /// between them and it is at most `negationReach` words back; "never so/this" and
    /// "without doubt" keep their meaning.
    private func clauseNegationChecked(_ valence: Double, _ i: Int) -> Double {
        var index = i - 1
        while index >= 0 && i - index <= ruleSet.negationReach {
            let token = tokens[index]
            if token.endsClause || token.rule == .but { return valence }
            if token.negates {
                if token.rule == .never && index + 1 < i && isSoOrThis(index + 1) { return valence * 1.25 }
                if token.rule == .without && index + 1 < i && rule(index + 1) == .doubt { return valence }
                return valence * VaderConstants.negationScalar
            }
            index -= 1
        }
        return valence
    }

    private func isSoOrThis(_ index: Int) -> Bool { rule(index) == .so || rule(index) == .this }

    /// `_special_idioms_check` (only reached when i ≥ 3): phrases such as "the shit" or
    /// "kiss of death" around the word replace its valence; of those ending at or before
    /// it the first in the package's order wins, then those starting at it override. The
    /// dampening bigrams "kind of", "sort of", "just enough" two or three words back add
    /// −0.293 whatever the sign.
    private func idiomChecked(_ valence: Double, _ i: Int) -> Double {
        var valence = valence
        let (r3, r2, r1, r0) = (rule(i - 3), rule(i - 2), rule(i - 1), rule(i))
        if let idiom = VaderPhrases.specialCase(r1, r0) ?? VaderPhrases.specialCase(r2, r1, r0)
            ?? VaderPhrases.specialCase(r2, r1) ?? VaderPhrases.specialCase(r3, r2, r1) ?? VaderPhrases.specialCase(r3, r2) {
            valence = idiom
        }
        if tokens.count - 1 > i, let idiom = VaderPhrases.specialCase(r0, rule(i + 1)) { valence = idiom }
        if tokens.count - 1 > i + 1, let idiom = VaderPhrases.specialCase(r0, rule(i + 1), rule(i + 2)) { valence = idiom }
        if VaderPhrases.isDampenerBigram(r3, r2) { valence = valence - VaderConstants.boosterIncrement }
        if VaderPhrases.isDampenerBigram(r2, r1) { valence = valence - VaderConstants.boosterIncrement }
        return valence
    }

    /// `_least_check`: "least X" negates X, except in "at least" and "very least".
    private func leastChecked(_ valence: Double, _ i: Int) -> Double {
        guard i > 0, !tokens[i - 1].isInLexicon, rule(i - 1) == .least else { return valence }
        if i > 1 && (rule(i - 2) == .at || rule(i - 2) == .very) { return valence }
        return valence * VaderConstants.negationScalar
    }
}
