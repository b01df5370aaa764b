/// A speaker as written in the text.
struct Mention: Hashable {
    enum Form: String {
        /// Capitalised words: "Prime Minister Sir Keir Starmer", "the Russian Ministry of Defense".
        case name
        case pronoun
        /// A common noun phrase: "military analysts", "a spokesman".
        case nominal
    }

    let tokens: Range<Int>
    let form: Form
}

/// Finds cue words and the speaker mentions next to them, on token classes and word
/// lists only (no parser): the subject left of a cue, or the phrase right of
/// "said" / "by" / "according to".
struct MentionFinder {
    let text: TokenText

    /// A reporting verb (not used as a noun after a determiner), or "according" before "to".
    func isCue(_ index: Int) -> Bool {
        let classes = text.classes(index)
        guard classes.contains(.cue) else { return false }
        if classes.contains(.according) { return index + 1 < text.count && text.is(index + 1, .to) }
        return !(index > 0 && text.is(index - 1, .cueBlocker))
    }

    /// The tokens of the cue starting at `index` ("according to" is two).
    func cueTokens(at index: Int) -> Range<Int> {
        text.is(index, .according) ? index..<(index + 2) : index..<(index + 1)
    }

    /// Who speaks through the cue at `cue`: the phrase after "according to" or a passive
    /// "by"; otherwise the subject on its left (not before `floor`) or, when `allowAfter`,
    /// the phrase right after it ("…," said the minister).
    func speaker(ofCue cue: Int, floor: Int, ceiling: Int, allowAfter: Bool) -> Mention? {
        if text.is(cue, .according) { return mention(after: cue + 2, ceiling: ceiling) }
        if cue + 1 < ceiling, text.is(cue + 1, .by) { return mention(after: cue + 2, ceiling: ceiling) }
        if isParticipleAfterComma(cue, floor: floor), let subject = firstCandidate(from: floor, to: cue - 1) { return subject }
        if let subject = subject(before: cue, floor: floor) { return subject }
        return allowAfter ? mention(after: cue + 1, ceiling: ceiling) : nil
    }

    /// ", stating …", ", urging …": the cue shares the subject of the main clause.
    private func isParticipleAfterComma(_ cue: Int, floor: Int) -> Bool {
        cue - 1 > floor && text.isPunctuation(cue - 1, ",") && text.hasSuffix(cue, "ing")
    }

    /// The sentence opens with a speaker-like subject of its own ("Analysts fear …"), so a
    /// quotation in it should not inherit the previous sentence's speaker.
    func hasOwnSubject(_ sentence: Range<Int>) -> Bool {
        let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 3)
        return opening.contains { candidate(at: $0, floor: sentence.lowerBound, ceiling: sentence.upperBound) != nil }
    }

    /// The speaker of `X: "…"` with no cue: the name right before the colon, else the
    /// subject of the clause ("Here's Clinton in 1992:", "the board was clear in its findings:").
    func speaker(beforeColon colon: Int, floor: Int) -> Mention? {
        if colon - 1 >= floor, isNameWord(colon - 1), let name = name(around: colon - 1, within: floor..<colon) { return name }
        return firstCandidate(from: floor, to: colon)
    }

    /// The first speaker-like phrase from `floor` on: the subject of a clause.
    private func firstCandidate(from floor: Int, to end: Int) -> Mention? {
        var index = floor
        while index < end {
            if text.isPunctuation(index, ";") || text.isQuoteMark(index) { return nil }
            if let candidate = candidate(at: index, floor: floor, ceiling: end) {
                return candidate
            }
            index += 1
        }
        return nil
    }

    /// The mention a speaker candidate at `index` belongs to, if it is one.
    private func candidate(at index: Int, floor: Int, ceiling: Int) -> Mention? {
        if isPronoun(index, allowingIt: false) { return Mention(tokens: index..<(index + 1), form: .pronoun) }
        // A speaker noun, also capitalised at a sentence start ("Officials said"), unless a name follows.
        if text.speakerEntity(index) != nil, !isFollowedByNoun(index, ceiling: ceiling),
            text.isLowercaseWord(index) || !(index + 1 < ceiling && text.isCapitalized(index + 1))
        {
            return nominal(head: index, floor: floor)
        }
        if isNameWord(index), !isAfterPreposition(index, floor: floor) { return name(around: index, within: floor..<ceiling) }
        return nil
    }

    /// The nearest speaker-like phrase left of a cue, stepping over auxiliaries, adverbs
    /// and an appositive set off by commas ("Zelensky, who took part, emphasized").
    func subject(before cue: Int, floor: Int) -> Mention? {
        var index = cue - 1
        while index >= floor, text.isWord(index), text.is(index, .auxiliary) || isAdverb(index) {
            index -= 1
        }
        if index >= floor, isPronoun(index, allowingIt: true) { return Mention(tokens: index..<(index + 1), form: .pronoun) }
        if index >= floor, text.isPunctuation(index, ","), let opening = appositiveStart(endingAt: index, floor: floor) {
            index = opening - 1
        }
        var steps = 0
        while index >= floor && steps < 25 {
            if text.isPunctuation(index, ";") || text.isPunctuation(index, ":") { return nil }
            if let candidate = candidate(at: index, floor: floor, ceiling: cue) { return candidate }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// The speaker phrase that starts at `start`: a pronoun, a name, or a noun phrase
    /// ending in a speaker noun, possibly followed by a name ("spokesman John Kirby").
    func mention(after start: Int, ceiling: Int) -> Mention? {
        var index = start
        while index < ceiling, text.is(index, .article) { index += 1 }
        guard index < ceiling, text.isWord(index) else { return nil }
        if isPronoun(index, allowingIt: true) { return Mention(tokens: index..<(index + 1), form: .pronoun) }
        var last: Int?
        var endsInName = false
        var probe = index
        while probe < ceiling && probe - index < 8 {
            if text.isCapitalized(probe), !(probe == index && isLeadingFunctionWord(probe)) {
                last = probe
                endsInName = true
            } else if text.isLowercaseWord(probe), text.speakerEntity(probe) != nil {
                last = probe
                endsInName = false
            } else if isAbbreviationStop(probe) || isConnector(probe, ceiling: ceiling) {
                // "Mr." and "Ministry of Defense" continue the phrase.
            } else if !(text.isLowercaseWord(probe) && last == nil && !text.is(probe, .phraseStop)) {
                break
            }
            probe += 1
        }
        guard let last else { return nil }
        return Mention(tokens: index..<(last + 1), form: endsInName ? .name : .nominal)
    }

    /// The capitalised name around `index`, inside `bounds`, without leading function words,
    /// extended left over a role written before it ("Kremlin spokesman Dmitry Peskov").
    func name(around index: Int, within bounds: Range<Int>) -> Mention? {
        var first = index
        while first - 1 >= bounds.lowerBound, !text.lineBreakBetween(first - 1, first) {
            let previous = first - 1
            if text.isCapitalized(previous) {
                first = previous
            } else if previous - 1 >= bounds.lowerBound, isAbbreviationStop(previous) || isConnector(previous, ceiling: bounds.upperBound),
                text.isCapitalized(previous - 1)
            {
                first = previous - 1
            } else {
                break
            }
        }
        var last = index
        while last + 1 < bounds.upperBound, !text.lineBreakBetween(last, last + 1) {
            let next = last + 1
            if text.isCapitalized(next) {
                last = next
            } else if next + 1 < bounds.upperBound, isAbbreviationStop(next) || isConnector(next, ceiling: bounds.upperBound),
                text.isCapitalized(next + 1)
            {
                last = next + 1
            } else {
                break
            }
        }
        while first <= last, !text.isWord(first) || isLeadingFunctionWord(first) { first += 1 }
        guard first <= last else { return nil }
        // A lower-case role right before the name belongs to the mention, with the
        // capitalised words that qualify it: "Kremlin spokesman Dmitry Peskov".
        var roleStart = first
        while roleStart - 1 >= bounds.lowerBound, first - roleStart < 3, isLowercaseRole(roleStart - 1),
            !text.lineBreakBetween(roleStart - 1, roleStart)
        {
            roleStart -= 1
        }
        while roleStart < first, roleStart - 1 >= bounds.lowerBound, first - roleStart < 4, text.isCapitalized(roleStart - 1),
            !isLeadingFunctionWord(roleStart - 1), !text.lineBreakBetween(roleStart - 1, roleStart)
        {
            roleStart -= 1
        }
        return Mention(tokens: roleStart..<(last + 1), form: .name)
    }

    /// A noun phrase ending at a speaker noun: "military analysts", "coalition officials".
    /// At most one lower-case modifier (not a verb form in -ed), any number of capitalised ones.
    private func nominal(head: Int, floor: Int) -> Mention {
        var first = head
        var lowercaseModifiers = 0
        while first - 1 >= floor, head - first < 3 {
            let previous = first - 1
            let isModifier = (text.isWord(previous) && !text.is(previous, [.phraseStop, .auxiliary]) && !isCue(previous)
                && !isPronoun(previous, allowingIt: true))
                || text.tokens[previous].kind == .clitic
            guard isModifier else { break }
            if text.isLowercaseWord(previous) {
                guard lowercaseModifiers == 0, !text.hasSuffix(previous, "ed") else { break }
                lowercaseModifiers += 1
            }
            first = previous
        }
        return Mention(tokens: first..<(head + 1), form: .nominal)
    }

    /// For ", who …," or ", a spokesman for …," ending at the comma `end`, the opening comma.
    private func appositiveStart(endingAt end: Int, floor: Int) -> Int? {
        var index = end - 1
        while index > floor {
            if text.isPunctuation(index, ",") {
                guard index + 1 < end, text.isWord(index + 1) else { return nil }
                let opensAppositive = text.is(index + 1, .appositiveOpener) || text.isLowercaseWord(index + 1)
                return opensAppositive ? index : nil
            }
            if text.isTerminal(index) || text.isQuoteMark(index) { return nil }
            index -= 1
        }
        return nil
    }

    func isPronoun(_ index: Int, allowingIt: Bool) -> Bool {
        let classes = text.classes(index)
        return classes.contains(.pronoun) && (allowingIt || !classes.contains(.it))
    }

    /// "in Ukraine", "with NATO": a name after a preposition is rarely the speaker.
    private func isAfterPreposition(_ index: Int, floor: Int) -> Bool {
        var previous = index - 1
        while previous >= floor, text.isCapitalized(previous) || isConnector(previous, ceiling: index + 1) { previous -= 1 }
        guard previous >= floor, text.isLowercaseWord(previous) else { return false }
        return text.is(previous, .preposition)
    }

    /// A speaker noun used as a modifier: "the president's", "official figures".
    private func isFollowedByNoun(_ index: Int, ceiling: Int) -> Bool {
        index + 1 < ceiling && text.isLowercaseWord(index + 1) && text.speakerEntity(index + 1) != nil
    }

    private func isNameWord(_ index: Int) -> Bool {
        text.isCapitalized(index) && !text.is(index, .notName)
    }

    private func isLeadingFunctionWord(_ index: Int) -> Bool {
        let classes = text.classes(index)
        return classes.contains(.notName) && !classes.contains(.title)
    }

    private func isLowercaseRole(_ index: Int) -> Bool {
        guard text.isLowercaseWord(index) else { return false }
        return text.speakerEntity(index) == .person || text.is(index, .title)
    }

    /// The full stop of "Mr." / "Sen.", written right after the abbreviation.
    private func isAbbreviationStop(_ index: Int) -> Bool {
        index > 0 && text.isPunctuation(index, ".") && text.isWord(index - 1)
            && text.tokens[index - 1].end == text.tokens[index].start && text.is(index - 1, .abbreviation)
    }

    /// "of" / "de" between two capitalised words.
    private func isConnector(_ index: Int, ceiling: Int) -> Bool {
        index + 1 < ceiling && text.isLowercaseWord(index) && text.is(index, .nameConnector)
            && text.isCapitalized(index + 1)
    }

    private func isAdverb(_ index: Int) -> Bool {
        text.isLowercaseWord(index) && text.hasSuffix(index, "ly")
    }
}
