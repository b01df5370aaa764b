/// vaderSentiment 3.3.2's per-token valence (`sentiment_valence` and the checks it calls),
/// with its quirks kept so that scores match the Python package exactly.
struct VaderValenceRules {
    let tokens: UnsafeBufferPointer<VaderToken>
    /// The `VaderWordTable`'s words, which tokens index.
    let words: UnsafePointer<VaderWordTable.Slot>
    /// The text the tokens index, whose bytes tell the case of most of them.
    let prepared: PreparedText
    let ruleSet: VaderRuleSet
    /// How many tokens before a word the rules look at: three (boosters, negations, idioms),
    /// or the negation reach when negations reach to the end of their clause.
    let lookback: Int

    init(tokens: UnsafeBufferPointer<VaderToken>, prepared: PreparedText, table: VaderWordTable, ruleSet: VaderRuleSet) {
        self.tokens = tokens
        self.prepared = prepared
        words = UnsafePointer(table.words.baseAddress!)
        self.ruleSet = ruleSet
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
        let word = word(i)
        let mayContainNT = mayContainNT(before: i)
        // Most words: not a rule word, and no modifier before them, so that every check
        // below leaves the lexicon valence as it is.
        if word.rule == nil && !hasModifier(before: i, mayContainNT: mayContainNT) { return capsEmphasized(word.valence, i) }
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
        valence = capsEmphasized(valence, i)
        // The three preceding words, nearest first; a sentiment word there is not a modifier.
        for distance in 0..<3 where i > distance && !isInLexicon(i - distance - 1) {
            var scalar = boosterScalar(i - distance - 1, valence)
            if distance == 1 && scalar != 0 { scalar *= 0.95 }
            if distance == 2 && scalar != 0 { scalar *= 0.9 }
            valence = valence + scalar
            if !ruleSet.clauseScopedNegation { valence = negationChecked(valence, distance, i, rules, mayContainNT: mayContainNT) }
            if distance == 2 { valence = idiomChecked(valence, rules) }
        }
        if ruleSet.clauseScopedNegation { valence = clauseNegationChecked(valence, i, mayContainNT: mayContainNT) }
        return leastChecked(valence, i, rules)
    }

    /// Whether one of the `lookback` tokens before `i` may change its valence.
    @inline(__always)
    private func hasModifier(before i: Int, mayContainNT: Bool) -> Bool {
        var index = i - 1
        while index >= 0 && i - index <= lookback {
            if word(index).isModifier || mayContainNT && tokens[index].containsNT(in: prepared) { return true }
            index -= 1
        }
        return false
    }

    /// Whether one of the `lookback` tokens before `i` may contain "n't": not when the
    /// bytes from the first of them to token `i`, read at once when both are tokens of
    /// printable ASCII at most 57 bytes apart, hold no apostrophe (most texts), which spares
    /// each token's own test.
    @inline(__always)
    private func mayContainNT(before i: Int) -> Bool {
        let first = Int(tokens[max(0, i - lookback)].start)
        let span = Int(tokens[i].start) &- first
        guard first >= 0 && UInt(bitPattern: span) <= 57 else { return true }
        return prepared.hasApostrophe(at: first, count: span)
    }

    private func isUpper(_ i: Int) -> Bool { tokens[i].isUpper(in: prepared) }

    /// A negation word, or a token containing "n't" (which only tokens that `mayContainNT` can).
    private func negates(_ i: Int, mayContainNT: Bool) -> Bool {
        word(i).negates || mayContainNT && tokens[i].containsNT(in: prepared)
    }

    /// Some but not all tokens are ALL CAPS, so capitals signal emphasis. Asked only along
    /// with whether a token is ALL CAPS, so this only tells whether some token is not: a
    /// search that usually stops at the first token, made only for the rare capitals.
    private var isCapDifferential: Bool { tokens.indices.contains { !isUpper($0) } }

    @inline(__always)  // asked for every sentiment word; the call would cost as much as the test
    private func capsEmphasized(_ valence: Double, _ i: Int) -> Double {
        guard isUpper(i) && isCapDifferential else { return valence }
        return valence + (valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement)
    }

    private func boosterScalar(_ modifier: Int, _ valence: Double) -> Double {
        let boost = word(modifier).boost
        guard boost != 0 else { return 0 }
        var scalar = valence < 0 ? -boost : boost
        if isUpper(modifier) && isCapDifferential {
            scalar += valence > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        return scalar
    }

    /// `_negation_check`: a negation `distance + 1` words back flips and shrinks the valence;
    /// "never so/this" intensifies instead and "without doubt" leaves it. At distance 2 the
    /// package also intensifies whenever the previous word is "so" or "this" (kept).
    private func negationChecked(_ valence: Double, _ distance: Int, _ i: Int, _ rules: Window, mayContainNT: Bool) -> Double {
        switch distance {
        case 0:
            return negates(i - 1, mayContainNT: mayContainNT) ? valence * VaderConstants.negationScalar : valence
        case 1:
            if rules.before2 == .never && isSoOrThis(rules.before1) { return valence * 1.25 }
            if rules.before2 == .without && rules.before1 == .doubt { return valence }
            return negates(i - 2, mayContainNT: mayContainNT) ? valence * VaderConstants.negationScalar : valence
        default:
            if (rules.before3 == .never && isSoOrThis(rules.before2)) || isSoOrThis(rules.before1) { return valence * 1.25 }
            if rules.before3 == .without && (rules.before2 == .doubt || rules.before1 == .doubt) { return valence }
            return negates(i - 3, mayContainNT: mayContainNT) ? valence * VaderConstants.negationScalar : valence
        }
    }

    /// News rule: the nearest negation before the word counts if no clause boundary lies
    /// between them and it is at most `negationReach` words back; "never so/this" and
    /// "without doubt" keep their meaning.
    private func clauseNegationChecked(_ valence: Double, _ i: Int, mayContainNT: Bool) -> Double {
        var index = i - 1
        while index >= 0 && i - index <= ruleSet.negationReach {
            if tokens[index].endsClause(in: prepared) || rule(index) == .but { return valence }
            if negates(index, mayContainNT: mayContainNT) {
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
