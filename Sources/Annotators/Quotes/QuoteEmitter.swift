import GlossCore

/// Writes the found quotations and their speakers into the context: one `speaker`
/// annotation per distinct mention, quotes referring to it, and the parts of one
/// quotation linked by `continues` / `continuation_of`.
struct QuoteEmitter {
    let context: AnnotationContext
    let text: TokenText
    var resolver: SpeakerResolver
    let withSpeakers: Bool
    /// The speakers added so far, found again by their mention's first token: per token, the
    /// last speaker whose mention starts there (-1: none), and per speaker the one before it
    /// at the same start. Arrays: a dictionary keyed by token range cost a hash per quotation.
    private var speakers: [(tokens: Range<Int>, id: AnnotationID, name: String?, previousAtStart: Int32)] = []
    private var speakerByStart: [Int32] = []

    init(context: AnnotationContext, text: TokenText, resolver: SpeakerResolver, withSpeakers: Bool) {
        self.context = context
        self.text = text
        self.resolver = resolver
        self.withSpeakers = withSpeakers
    }

    /// Emits in text order; `continuationOf` and `group` index into `found`.
    mutating func emit(_ found: [FoundQuote], kinds: QuoteKinds, minimumWords: Int) {
        guard !found.isEmpty else { return }
        var wordsByGroup = [Int](repeating: 0, count: found.count)
        for quote in found { wordsByGroup[quote.group] += quote.words }
        // Each emitted part's id and position in the context, to link the next part to it.
        var added = [(id: AnnotationID, position: Int)?](repeating: nil, count: found.count)
        if withSpeakers {
            speakers.reserveCapacity(found.count)  // one speaker per quotation at most
            speakerByStart = Array(repeating: -1, count: text.count)
            resolver.reserveCapacity(speakers: found.count)
        }
        // Found in text order but for indirect quotations, which come after the others.
        let inTextOrder = zip(found, found.dropFirst()).allSatisfy { $0.tokens.lowerBound <= $1.tokens.lowerBound }
        let order = inTextOrder ? Array(found.indices) : found.indices.sorted { found[$0].tokens.lowerBound < found[$1].tokens.lowerBound }
        for index in order {
            let quote = found[index]
            guard kinds.contains(found[quote.group].kind), wordsByGroup[quote.group] >= minimumWords else { continue }
            let attribution = withSpeakers ? quote.attribution : nil
            // Added before the quote, which refers to it.
            var speaker: (id: AnnotationID, name: String?)?
            if let attribution { speaker = self.speaker(for: attribution.mention) }
            let previous = quote.continuationOf.flatMap { added[$0] }
            // Set in the order of their names, so that each is appended.
            var attributes = Attributes(minimumCapacity: 8)
            if let attribution { attributes["attribution"] = .string(attribution.method.rawValue) }
            if let previous { attributes["continuation_of"] = .reference(previous.id) }
            if let cue = attribution?.cue { attributes["cue"] = .string(string(cue.lowerBound...(cue.upperBound - 1))) }
            attributes["kind"] = .string(quote.kind.rawValue)
            if let speaker {
                attributes["speaker"] = .reference(speaker.id)
                if let name = speaker.name { attributes["speaker_name"] = .string(name) }
            }
            let position = context.annotationCount
            let id = context.add("quote", bytes: bytes(quote.tokens), attributes: attributes)
            added[index] = (id, position)
            if let previous { context.setAttribute("continues", .reference(id), onAnnotationAt: previous.position) }
        }
    }

    /// The speaker annotation of a mention, added the first time it is used.
    private mutating func speaker(for mention: Mention) -> (id: AnnotationID, name: String?) {
        let start = mention.tokens.lowerBound
        var known = speakerByStart[start]
        while known >= 0 {
            let speaker = speakers[Int(known)]
            if speaker.tokens == mention.tokens { return (speaker.id, speaker.name) }
            known = speaker.previousAtStart
        }
        let resolved = resolver.resolve(mention)
        var attributes = Attributes(minimumCapacity: 4)
        attributes["entity"] = .string(resolved.entity.rawValue)
        attributes["mention"] = .string(mention.form.rawValue)
        if let name = resolved.name { attributes["name"] = .string(name) }
        if let title = resolved.title { attributes["title"] = .string(title) }
        let tokens = start...(mention.tokens.upperBound - 1)
        let id = context.add("speaker", bytes: bytes(tokens), attributes: attributes)
        speakers.append((mention.tokens, id, resolved.name, speakerByStart[start]))
        speakerByStart[start] = Int32(speakers.count - 1)
        return (id, resolved.name)
    }

    private func bytes(_ tokens: ClosedRange<Int>) -> Range<Int> {
        Int(text.tokens[tokens.lowerBound].start)..<Int(text.tokens[tokens.upperBound].end)
    }

    private func string(_ tokens: ClosedRange<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text.bytes[bytes(tokens)]), as: UTF8.self)
    }
}
