/// vaderSentiment 3.3.2's per-token valence (`sentiment_valence` and the checks it calls),
/// with its quirks kept so that scores match the Python package exactly.
struct VaderValenceRules {
    let tokens: UnsafeBufferPointer<VaderToken>
    /// The `VaderWordTable`'s words, which tokens index.
    let words: UnsafePointer<VaderWordTable.Slot>
    let ruleSet: VaderRuleSet
    /// Some but not all tokens are ALL CAPS, so capitals signal emphasis. Asked only along
    /// with whether a token is ALL CAPS, so this only tells whether some token is not: a
    /// search that usually stops at the first token, instead of a count per token in the
    /// tokenizer.
    let isCapDifferential: Bool
    /// How many tokens before a word the rules look at: three (boosters, negations, idioms),
    /// or the negation reach when negations reach to the end of their clause.
    let lookback: Int

    @inline(__always)  // else called since it has a search, which retains `table`: 80 instructions a text
    init(tokens: UnsafeBufferPointer<VaderToken>, table: VaderWordTable, ruleSet: VaderRuleSet) {
        self.tokens = tokens
        words = UnsafePointer(table.words.baseAddress!)
        self.ruleSet = ruleSet
        isCapDifferential = tokens.contains { !$0.isUpper }
        lookback = ruleSet.clauseScopedNegation ? max(3, ruleSet.negationReach) : 3
    }

    /// The valence of each token at `scored` (lexicon words that are not boosters; the
    /// other tokens only modify the words after them), written to `valences`.
    func computeValences(of scored: UnsafeBufferPointer<Int32>, into valences: UnsafeMutablePointer<Double>) {
        for (position, index) in scored.enumerated() {
            (valences + position).initialize(to: valence(at: Int(index)))
        }
    }

    private func word(_ index: Int) -> VaderWord { words[Int(tokens[index].word)].word }
    private func rule(_ index: Int) -> RuleWord? { word(index).rule }
    private func isInLexicon(_ index: Int) -> Bool { word(index).isInLexicon }

    /// The rule words from three tokens before the scored one to two after it, read once;
    /// nil past either end of the text.
    private struct Window {
        var before3, before2, before1, word, after1, after2: RuleWord?
    }

    /// The valence of a lexicon word that is not a booster.
    private func valence(at i: Int) -> Double {
        let token = tokens[i]
        let word = word(i)
        // Most words: not a rule word, and no modifier before them, so that every check
        // below leaves the lexicon valence as it is.
        if word.rule == nil && !hasModifier(before: i) { return capsEmphasized(word.valence, token) }
        let rules = Window(before3: i > 2 ? rule(i - 3) : nil, before2: i > 1 ? rule(i - 2) : nil, before1: i > 0 ? rule(i - 1) : nil,
                           word: word.rule, after1: i + 1 < tokens.count ? rule(i + 1) : nil,
                           after2: i + 2 < tokens.count ? rule(i + 2) : nil)
        // The "kind" of "kind of" only modifies the words after it.
        if rules.word == .kind && rules.after1 == .of { return 0 }

        let lexiconValence = word.valence
        var valence = lexiconValence
        // "no" before a lexicon word negates that word instead of counting itself.
        if rules.word == .no && i != tokens.count - 1 && isInLexicon(i + 1) { valence = 0 }
        if rules.before1 == .no || rules.before2 == .no || (rules.before3 == .no && (rules.before1 == .or || rules.before1 == .nor)) {
            valence = lexiconValence * VaderConstants.negationScalar
        }
        valence = capsEmphasized(valence, token)
        // The three preceding words, nearest first; a sentiment word there is not a modifier.
        for distance in 0..<3 where i > distance && !isInLexicon(i - distance - 1) {
            var scalar = boosterScalar(i - distance - 1, valence)
            if distance == 1 && scalar != 0 { scalar *= 0.95 }
            if distance == 2 && scalar != 0 { scalar *= 0.9 }
            valence = valence + scalar
            if !ruleSet.clauseScopedNegation { valence = negationChecked(valence, distance, i, rules) }
            if distance == 2 { valence = idiomChecked(valence, rules) }
        }
        if ruleSet.clauseScopedNegation { valence = clauseNegationChecked(valence, i) }
        return leastChecked(valence, i, rules)
    }

    /// Whether one of the `lookback` tokens before `i` may change its valence.
    @inline(__always)
    private func hasModifier(before i: Int) -> Bool {
        var index = i - 1
        while index >= 0 && i - index <= lookback {
            if tokens[index].negates || word(index).isModifier { return true }
            index -= 1
        }
        return false
    }

    private func capsEmphasized(_ valence: Double, _ token: VaderToken) -> Double {
        guard token.isUpper && isCapDifferential else { return valence }
        return valence + (valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement)
    }

    private func boosterScalar(_ modifier: Int, _ valence: Double) -> Double {
        let boost = word(modifier).boost
        guard boost != 0 else { return 0 }
        var scalar = valence < 0 ? -boost : boost
        if tokens[modifier].isUpper && isCapDifferential {
            scalar += valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        return scalar
    }

    /// `_negation_check`: a negation `distance + 1` words back flips and shrinks the valence;
    /// "never so/this" intensifies instead and "without doubt" leaves it. At distance 2 the
    /// package also intensifies whenever the previous word is "so" or "this" (kept).
    private func negationChecked(_ valence: Double, _ distance: Int, _ i: Int, _ rules: Window) -> Double {
        switch distance {
        case 0:
            return tokens[i - 1].negates ? valence * VaderConstants.negationScalar : valence
        case 1:
            if rules.before2 == .never && isSoOrThis(rules.before1) { return valence * 1.25 }
            if rules.before2 == .without && rules.before1 == .doubt { return valence }
            return tokens[i - 2].negates ? valence * VaderConstants.negationScalar : valence
        default:
            if (rules.before3 == .never && isSoOrThis(rules.before2)) || isSoOrThis(rules.before1) { return valence * 1.25 }
            if rules.before3 == .without && (rules.before2 == .doubt || rules.before1 == .doubt) { return valence }
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
            if token.endsClause || rule(index) == .but { return valence }
            if token.negates {
                if rule(index) == .never && index + 1 < i && isSoOrThis(rule(index + 1)) { return valence * 1.25 }
                if rule(index) == .without && index + 1 < i && rule(index + 1) == .doubt { return valence }
                return valence * VaderConstants.negationScalar
            }
            index -= 1
        }
        return valence
    }

    private func isSoOrThis(_ rule: RuleWord?) -> Bool { rule == .so || rule == .this }

    /// `_special_idioms_check` (only reached when i ≥ 3): phrases such as "the shit" or
    /// "kiss of death" around the word replace its valence; of those ending at or before
    /// it the first in the package's order wins, then those starting at it override. The
    /// dampening bigrams "kind of", "sort of", "just enough" two or three words back add
    /// −0.293 whatever the sign.
    private func idiomChecked(_ valence: Double, _ rules: Window) -> Double {
        var valence = valence
        let (r3, r2, r1, r0) = (rules.before3, rules.before2, rules.before1, rules.word)
        if let idiom = VaderPhrases.specialCase(r1, r0) ?? VaderPhrases.specialCase(r2, r1, r0)
            ?? VaderPhrases.specialCase(r2, r1) ?? VaderPhrases.specialCase(r3, r2, r1) ?? VaderPhrases.specialCase(r3, r2) {
            valence = idiom
        }
        // Past the end the rule is nil, which no phrase has.
        if let idiom = VaderPhrases.specialCase(r0, rules.after1) { valence = idiom }
        if let idiom = VaderPhrases.specialCase(r0, rules.after1, rules.after2) { valence = idiom }
        if VaderPhrases.isDampenerBigram(r3, r2) { valence = valence - VaderConstants.boosterIncrement }
        if VaderPhrases.isDampenerBigram(r2, r1) { valence = valence - VaderConstants.boosterIncrement }
        return valence
    }

    /// `_least_check`: "least X" negates X, except in "at least" and "very least".
    private func leastChecked(_ valence: Double, _ i: Int, _ rules: Window) -> Double {
        guard rules.before1 == .least, !isInLexicon(i - 1) else { return valence }
        if rules.before2 == .at || rules.before2 == .very { return valence }
        return valence * VaderConstants.negationScalar
    }
}
