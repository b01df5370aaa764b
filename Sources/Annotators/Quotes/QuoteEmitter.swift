import GlossCore

/// Writes the found quotations and their speakers into the context: one `speaker`
/// annotation per distinct mention, quotes referring to it, and the parts of one
/// quotation linked by `continues` / `continuation_of`.
struct QuoteEmitter {
    let context: AnnotationContext
    let text: TokenText
    var resolver: SpeakerResolver
    let withSpeakers: Bool
    private var speakers: [Range<Int>: (id: AnnotationID, speaker: ResolvedSpeaker)] = [:]

    init(context: AnnotationContext, text: TokenText, resolver: SpeakerResolver, withSpeakers: Bool) {
        self.context = context
        self.text = text
        self.resolver = resolver
        self.withSpeakers = withSpeakers
    }

    /// Emits in text order; `continuationOf` and `group` index into `found`.
    mutating func emit(_ found: [FoundQuote], kinds: Set<QuoteKind>, minimumWords: Int) {
        var wordsByGroup = [Int](repeating: 0, count: found.count)
        for quote in found { wordsByGroup[quote.group] += quote.words }
        var ids = [AnnotationID?](repeating: nil, count: found.count)
        speakers.reserveCapacity(found.count)  // one speaker per quotation at most; growing rehashes
        for index in found.indices.sorted(by: { found[$0].tokens.lowerBound < found[$1].tokens.lowerBound }) {
            let quote = found[index]
            guard kinds.contains(found[quote.group].kind), wordsByGroup[quote.group] >= minimumWords else { continue }
            var attributes = Attributes(minimumCapacity: 8)
            attributes["kind"] = .string(quote.kind.rawValue)
            if withSpeakers, let attribution = quote.attribution {
                if let cue = attribution.cue { attributes["cue"] = .string(string(cue.lowerBound...(cue.upperBound - 1))) }
                attributes["attribution"] = .string(attribution.method)
                let speaker = speaker(for: attribution.mention)
                attributes["speaker"] = .reference(speaker.id)
                if let name = speaker.speaker.name { attributes["speaker_name"] = .string(name) }
            }
            let previousID = quote.continuationOf.flatMap { ids[$0] }
            if let previousID { attributes["continuation_of"] = .reference(previousID) }
            let id = context.add("quote", bytes: bytes(quote.tokens), attributes: attributes)
            ids[index] = id
            if let previousID { context.setAttribute("continues", .reference(id), on: previousID) }
        }
    }

    /// The speaker annotation of a mention, added the first time it is used.
    private mutating func speaker(for mention: Mention) -> (id: AnnotationID, speaker: ResolvedSpeaker) {
        if let known = speakers[mention.tokens] { return known }
        let resolved = resolver.resolve(mention)
        var attributes = Attributes(minimumCapacity: 4)
        attributes["entity"] = .string(resolved.entity.rawValue)
        attributes["mention"] = .string(mention.form.rawValue)
        if let name = resolved.name { attributes["name"] = .string(name) }
        if let title = resolved.title { attributes["title"] = .string(title) }
        let tokens = mention.tokens.lowerBound...(mention.tokens.upperBound - 1)
        let id = context.add("speaker", bytes: bytes(tokens), attributes: attributes)
        speakers[mention.tokens] = (id, resolved)
        return (id, resolved)
    }

    private func bytes(_ tokens: ClosedRange<Int>) -> Range<Int> {
        Int(text.tokens[tokens.lowerBound].start)..<Int(text.tokens[tokens.upperBound].end)
    }

    private func string(_ tokens: ClosedRange<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text.bytes[bytes(tokens)]), as: UTF8.self)
    }
}
