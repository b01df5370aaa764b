import GlossCore

/// Kinds of speaker a pronoun may stand for.
struct EntitySet: OptionSet {
    let rawValue: UInt8
    static let person = EntitySet(rawValue: 1)
    static let group = EntitySet(rawValue: 2)
    static let organisation = EntitySet(rawValue: 4)

    func includes(_ entity: SpeakerEntity) -> Bool {
        switch entity {
        case .person: contains(.person)
        case .group: contains(.group)
        case .organisation: contains(.organisation)
        }
    }
}

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
    /// One-word names resolved so far: a document has a few, and a dictionary cost a hash
    /// and an allocation per document.
    private var fullNames: [(word: String, name: String)] = []

    init(text: TokenText, finder: MentionFinder) {
        self.text = text
        self.finder = finder
    }

    mutating func reserveCapacity(speakers: Int) { history.reserveCapacity(speakers) }

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
    /// On raw buffers: the String views' generic index steps cost over a thousand
    /// instructions per call.
    private static func hasWord(_ word: String, in phrase: String) -> Bool {
        var word = word, phrase = phrase
        return word.withUTF8 { word in
            phrase.withUTF8 { phrase in
                guard !word.isEmpty else { return false }
                var start = 0
                while start < phrase.count {
                    var end = start
                    while end < phrase.count && phrase[end] != UInt8(ascii: " ") { end += 1 }
                    if end - start == word.count && UnsafeBufferPointer(rebasing: phrase[start..<end]).elementsEqual(word) { return true }
                    start = end + 1
                }
                return false
            }
        }
    }

    /// He/she: the last person who spoke; it: the last organisation; they: the last group or
    /// organisation. With no such speaker yet, the nearest name of that kind written before.
    private mutating func resolvePronoun(_ mention: Mention) -> ResolvedSpeaker {
        let pronoun = mention.tokens.lowerBound
        let wanted: EntitySet
        let fallback: SpeakerEntity
        if text.isWord(pronoun, "he") || text.isWord(pronoun, "she") {
            (wanted, fallback) = ([.person], .person)
        } else if text.isWord(pronoun, "it") {
            (wanted, fallback) = ([.organisation], .organisation)
        } else if text.isWord(pronoun, "they") {
            (wanted, fallback) = ([.group, .organisation], .group)
        } else {
            return ResolvedSpeaker(name: nil, title: nil, entity: .group)
        }
        if let antecedent = history.last(where: { wanted.includes($0.entity) }) {
            return ResolvedSpeaker(name: antecedent.name, title: nil, entity: antecedent.entity)
        }
        guard let antecedent = nearestName(before: pronoun, kinds: wanted) else {
            return ResolvedSpeaker(name: nil, title: nil, entity: fallback)
        }
        return ResolvedSpeaker(name: antecedent.name, title: nil, entity: antecedent.entity)
    }

    /// The closest earlier name (within a few paragraphs) of one of the wanted kinds, with a
    /// title or two words.
    private mutating func nearestName(before end: Int, kinds: EntitySet) -> ResolvedSpeaker? {
        let window = max(0, end - 300)..<end
        var index = end - 1
        while index >= window.lowerBound {
            if text.isCapitalized(index), !text.is(index, .notName),
                let chunk = finder.name(around: index, within: window)
            {
                // One bare word ("Brooklyn") is no antecedent, and resolving it would search the document.
                var words = 0
                var hasTitle = false
                for token in chunk.tokens where text.isWord(token) {
                    words += 1
                    if text.is(token, .title) { hasTitle = true }
                }
                if words >= 2 || hasTitle {
                    let resolved = resolveName(chunk)
                    if resolved.name != nil, kinds.includes(resolved.entity) { return resolved }
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
        let split = splitTitle(mention.tokens)
        // "Foreign Ministry", "Russian Ministry of Defense"; but not "Kremlin spokesman Dmitry Peskov".
        if split.nameHasOrganisationWord || (split.nameWords == 0 && namesOrganisation(mention.tokens)) {
            return ResolvedSpeaker(name: span(mention.tokens), title: nil, entity: .organisation)
        }
        let title = split.lastTitleToken.map { span(mention.tokens.lowerBound..<($0 + 1)) }
        guard let firstNameWord = split.firstNameWord, let lastNameWord = split.lastNameWord else {
            // Only a title: "the President" is the last speaker who carried it.
            let titleWords = mention.tokens.filter { text.isWord($0) }.map { text.lowercased($0) }
            let holder = history.last { earlier in
                earlier.entity == .person && titleWords.contains { Self.hasWord($0, in: earlier.loweredTitle) }
            }
            return ResolvedSpeaker(name: holder?.name, title: title, entity: .person)
        }
        if split.nameWords >= 2 {
            return ResolvedSpeaker(name: span(firstNameWord..<(lastNameWord + 1)), title: title, entity: .person)
        }
        return ResolvedSpeaker(name: fullName(of: lastNameWord), title: title, entity: .person)
    }

    /// Whether any word of the tokens is an organisation word.
    private func namesOrganisation(_ tokens: Range<Int>) -> Bool {
        tokens.contains { text.is($0, .organisationWord) }
    }

    /// A name's words split after its last title word: "Ukrainian President | Volodymyr Zelensky".
    private struct TitleSplit {
        var lastTitleToken: Int?
        var firstNameWord: Int?
        var lastNameWord: Int?
        var nameWords = 0
        var nameHasOrganisationWord = false
    }

    /// Counted on the tokens in place: an array of the words per mention cost an allocation.
    private func splitTitle(_ tokens: Range<Int>) -> TitleSplit {
        var split = TitleSplit()
        for index in tokens.reversed() where text.isWord(index) {
            if text.is(index, .title) || text.speakerEntity(index) == .person {
                split.lastTitleToken = index
                break
            }
            split.nameWords += 1
            split.firstNameWord = index
            if split.lastNameWord == nil { split.lastNameWord = index }
            if text.is(index, .organisationWord) { split.nameHasOrganisationWord = true }
        }
        return split
    }

    /// The first full mention in the document that contains this one-word name:
    /// "Zelensky" → "Volodymyr Zelensky", "Sir Keir" → "Keir Starmer".
    private mutating func fullName(of word: Int) -> String {
        let key = text.text(word)
        if let known = fullNames.first(where: { $0.word == key }) { return known.name }
        if let earlier = history.last(where: { $0.entity == .person && Self.hasWord(key, in: $0.name) && $0.name != key }) {
            fullNames.append((key, earlier.name))
            return earlier.name
        }
        var result = key
        var searchFrom = 0
        while let other = text.nextWord(spelledLike: word, fromByte: searchFrom) {
            if let name = fullName(around: other.index) {
                result = name
                break
            }
            searchFrom = other.end
        }
        fullNames.append((key, result))
        return result
    }

    /// The name around another occurrence of a one-word name, if it is a person's full name.
    private func fullName(around index: Int) -> String? {
        guard let chunk = finder.name(around: index, within: 0..<text.count), !namesOrganisation(chunk.tokens) else { return nil }
        let split = splitTitle(chunk.tokens)
        guard split.nameWords >= 2, split.nameWords <= 4, let first = split.firstNameWord, let last = split.lastNameWord else { return nil }
        return span(first..<(last + 1))
    }

    /// The text from the first token's start to the last token's end.
    func span(_ tokens: Range<Int>) -> String {
        let start = Int(text.tokens[tokens.lowerBound].start)
        let end = Int(text.tokens[tokens.upperBound - 1].end)
        return String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<end]), as: UTF8.self)
    }
}
