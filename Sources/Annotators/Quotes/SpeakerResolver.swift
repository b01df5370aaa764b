import GlossCore

/// Who a mention is, resolved inside one document.
struct ResolvedSpeaker {
    /// Canonical name ("Keir Starmer"); nil for a pronoun with no antecedent.
    let name: String?
    /// Titles and roles stripped from a name ("Prime Minister Sir").
    let title: String?
    let entity: SpeakerEntity
}

/// Resolves speaker mentions to canonical names without a coreference model: titles are
/// stripped, short forms ("Zelensky", "Sir Keir") go back to the first full mention in the
/// document, and pronouns to the most recent compatible speaker.
struct SpeakerResolver {
    let text: TokenText
    let finder: MentionFinder
    /// Speakers resolved so far, in text order, with the title in lower case (to find "the
    /// minister" again); a person's name is searched word by word for "Zelensky".
    private var history: [(name: String, entity: SpeakerEntity, loweredTitle: String)] = []
    private var fullNames: [String: String] = [:]

    init(text: TokenText, finder: MentionFinder) {
        self.text = text
        self.finder = finder
    }

    mutating func resolve(_ mention: Mention) -> ResolvedSpeaker {
        let resolved: ResolvedSpeaker
        switch mention.form {
        case .pronoun: resolved = resolvePronoun(mention)
        case .nominal: resolved = resolveNominal(mention)
        case .name: resolved = resolveName(mention)
        }
        if let name = resolved.name, mention.form != .pronoun {
            history.append((name, resolved.entity, resolved.title?.lowercased() ?? ""))
        }
        return resolved
    }

    /// Whether `word` is one of the space-separated words of `phrase`, compared on bytes
    /// (splitting into Strings would cost an allocation per word), so a name written once
    /// precomposed ("Müller") and once decomposed counts as two names.
    private static func hasWord(_ word: String, in phrase: String) -> Bool {
        let phrase = phrase.utf8, word = word.utf8
        guard !word.isEmpty else { return false }
        var start = phrase.startIndex
        while start < phrase.endIndex {
            let end = phrase[start...].firstIndex(of: UInt8(ascii: " ")) ?? phrase.endIndex
            if phrase[start..<end].elementsEqual(word) { return true }
            start = end == phrase.endIndex ? end : phrase.index(after: end)
        }
        return false
    }

    /// He/she: the last person who spoke; it: the last organisation; they: the last group or
    /// organisation. With no such speaker yet, the nearest name of that kind written before.
    private mutating func resolvePronoun(_ mention: Mention) -> ResolvedSpeaker {
        let pronoun = text.lowercased(mention.tokens.lowerBound)
        let wanted: Set<SpeakerEntity>
        switch pronoun {
        case "he", "she": wanted = [.person]
        case "it": wanted = [.organisation]
        case "they": wanted = [.group, .organisation]
        default: return ResolvedSpeaker(name: nil, title: nil, entity: .group)
        }
        if let antecedent = history.last(where: { wanted.contains($0.entity) }) {
            return ResolvedSpeaker(name: antecedent.name, title: nil, entity: antecedent.entity)
        }
        let fallback: SpeakerEntity = pronoun == "they" ? .group : wanted.first ?? .person
        guard let antecedent = nearestName(before: mention.tokens.lowerBound, kinds: wanted) else {
            return ResolvedSpeaker(name: nil, title: nil, entity: fallback)
        }
        return ResolvedSpeaker(name: antecedent.name, title: nil, entity: antecedent.entity)
    }

    /// The closest earlier name (within a few paragraphs) of one of the wanted kinds, with a
    /// title or two words.
    private mutating func nearestName(before end: Int, kinds: Set<SpeakerEntity>) -> ResolvedSpeaker? {
        let window = max(0, end - 300)..<end
        var index = end - 1
        while index >= window.lowerBound {
            if text.isCapitalized(index), !text.is(index, .notName),
                let chunk = finder.name(around: index, within: window)
            {
                // One bare word ("Brooklyn") is no antecedent, and resolving it would search the document.
                let words = chunk.tokens.filter { text.isWord($0) }
                if words.count >= 2 || words.contains(where: { text.is($0, .title) }) {
                    let resolved = resolveName(chunk)
                    if resolved.name != nil, kinds.contains(resolved.entity) { return resolved }
                }
                index = chunk.tokens.lowerBound - 1
                continue
            }
            index -= 1
        }
        return nil
    }

    /// "military analysts" names a group as it is; "the minister" is the last speaker with that title.
    private func resolveNominal(_ mention: Mention) -> ResolvedSpeaker {
        let head = mention.tokens.upperBound - 1
        let entity = text.speakerEntity(head) ?? .group
        if entity == .person, case let headWord = text.lowercased(head),
            let holder = history.last(where: { $0.entity == .person && Self.hasWord(headWord, in: $0.loweredTitle) })
        {
            return ResolvedSpeaker(name: holder.name, title: span(mention.tokens), entity: .person)
        }
        return ResolvedSpeaker(name: span(mention.tokens), title: nil, entity: entity)
    }

    private mutating func resolveName(_ mention: Mention) -> ResolvedSpeaker {
        let words = mention.tokens.filter { text.isWord($0) }
        let (titleTokens, nameWords) = splitTitle(words)
        // "Foreign Ministry", "Russian Ministry of Defense"; but not "Kremlin spokesman Dmitry Peskov".
        if namesOrganisation(nameWords) || (nameWords.isEmpty && namesOrganisation(words[...])) {
            return ResolvedSpeaker(name: span(mention.tokens), title: nil, entity: .organisation)
        }
        let title = titleTokens.map { span(mention.tokens.lowerBound..<($0 + 1)) }
        guard let firstNameWord = nameWords.first, let lastNameWord = nameWords.last else {
            // Only a title: "the President" is the last speaker who carried it.
            let titleWords = words.map { text.lowercased($0) }
            let holder = history.last { earlier in
                earlier.entity == .person && titleWords.contains { Self.hasWord($0, in: earlier.loweredTitle) }
            }
            return ResolvedSpeaker(name: holder?.name, title: title, entity: .person)
        }
        if nameWords.count >= 2 {
            return ResolvedSpeaker(name: span(firstNameWord..<(lastNameWord + 1)), title: title, entity: .person)
        }
        return ResolvedSpeaker(name: fullName(of: lastNameWord), title: title, entity: .person)
    }

    private func namesOrganisation(_ words: ArraySlice<Int>) -> Bool {
        words.contains { text.is($0, .organisationWord) }
    }

    /// Splits a name's words after its last title word: "Ukrainian President | Volodymyr Zelensky".
    /// Returns the last title token (if any) and the name words.
    private func splitTitle(_ words: [Int]) -> (lastTitleToken: Int?, name: ArraySlice<Int>) {
        guard let lastTitle = words.lastIndex(where: { text.is($0, .title) || text.speakerEntity($0) == .person }) else {
            return (nil, words[...])
        }
        return (words[lastTitle], words[(lastTitle + 1)...])
    }

    /// The first full mention in the document that contains this one-word name:
    /// "Zelensky" → "Volodymyr Zelensky", "Sir Keir" → "Keir Starmer".
    private mutating func fullName(of word: Int) -> String {
        let key = text.text(word)
        if let known = fullNames[key] { return known }
        if let earlier = history.last(where: { $0.entity == .person && Self.hasWord(key, in: $0.name) && $0.name != key }) {
            fullNames[key] = earlier.name
            return earlier.name
        }
        var result = key
        let target = text.tokens[word]
        for index in 0..<text.count where index != word && sameBytes(index, target) {
            guard let chunk = finder.name(around: index, within: 0..<text.count) else { continue }
            let chunkWords = chunk.tokens.filter { text.isWord($0) }
            if chunkWords.contains(where: { text.is($0, .organisationWord) }) { continue }
            let nameWords = splitTitle(chunkWords).name
            if nameWords.count >= 2, nameWords.count <= 4, let first = nameWords.first, let last = nameWords.last {
                result = span(first..<(last + 1))
                break
            }
        }
        fullNames[key] = result
        return result
    }

    private func sameBytes(_ index: Int, _ target: Token) -> Bool {
        let token = text.tokens[index]
        guard token.end - token.start == target.end - target.start, token.kind == .word else { return false }
        return text.bytes[Int(token.start)..<Int(token.end)].elementsEqual(text.bytes[Int(target.start)..<Int(target.end)])
    }

    /// The text from the first token's start to the last token's end.
    func span(_ tokens: Range<Int>) -> String {
        let start = Int(text.tokens[tokens.lowerBound].start)
        let end = Int(text.tokens[tokens.upperBound - 1].end)
        return String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<end]), as: UTF8.self)
    }
}
