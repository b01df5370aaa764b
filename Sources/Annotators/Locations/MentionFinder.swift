import GlossCore

/// Finds place names (longest match first) and, when asked, demonyms in a document's
/// tokens. Names may span several words ("Rio de Janeiro"), an abbreviation dot
/// ("St. Louis"), and hyphenated words are looked into ("Kyiv-based").
struct MentionFinder {
    let gazetteer: Gazetteer
    let demonyms: Demonyms?
    let stopKeys: Set<UInt64>

    func find(in view: TokenView) -> (places: [Mention], demonyms: [DemonymMention]) {
        var places = [Mention]()
        var demonymMentions = [DemonymMention]()
        var i = 0
        while i < view.tokens.count {
            let capitalized = view.isCapitalized(i)
            if capitalized, let mention = longestPlace(startingAt: i, in: view, after: places.last) {
                places.append(mention)
                i = mention.tokens.upperBound
            } else if capitalized, let demonym = longestDemonym(startingAt: i, in: view) {
                demonymMentions.append(demonym.mention)
                i = demonym.end
            } else {
                // Also in lower-case words: "anti-Russian", "pro-Kyiv".
                let parts = hyphenParts(of: i, in: view)
                places += parts.places
                demonymMentions += parts.demonyms
                i += 1
            }
        }
        return (places, demonymMentions)
    }

    private func longestPlace(startingAt start: Int, in view: TokenView, after previous: Mention?) -> Mention? {
        var key = NameKey()
        var best: Mention?
        var j = start
        for _ in 0..<gazetteer.longestName {
            key.add(view.bytes, view.tokens[j].byteRange)
            if !stopKeys.contains(key.hash), let mention = mention(start..<(j + 1), key: key.hash, in: view, after: previous) {
                best = mention
            }
            var next = j + 1
            // An abbreviation dot inside a name: "St. Louis", "Mt. Kenya".
            if view.isPunctuation(next, UInt8(ascii: ".")) && view.tokens[next].start == view.tokens[j].end { next += 1 }
            guard view.isWord(next) && view.onSameLine(next - 1) else { break }
            key.endWord()
            j = next
        }
        return best
    }

    private func mention(_ tokens: Range<Int>, key: UInt64, in view: TokenView, after previous: Mention?) -> Mention? {
        let entries = gazetteer.places(for: key)
        guard !entries.isEmpty else { return nil }
        let first = tokens.lowerBound
        // Two letters must be capitals: "US", "UK", not "Us".
        if tokens.count == 1 && view.tokens[first].end - view.tokens[first].start == 2 && !view.isAllCaps(first) { return nil }
        // A state abbreviation counts only right after "City,": "Paris, Tex.".
        let followsPlaceAndComma = previous.map { $0.tokens.upperBound == first - 1 && view.isPunctuation(first - 1, UInt8(ascii: ",")) } ?? false
        let kept = entries.filter { !$0.isAbbreviation || followsPlaceAndComma }
        let candidates = kept.map(\.index)
        guard !candidates.isEmpty else { return nil }
        var end = Int(view.tokens[tokens.upperBound - 1].end)
        // An abbreviation keeps its dot: "Ala.", "Calif.".
        if kept.allSatisfy(\.isAbbreviation),
           view.isPunctuation(tokens.upperBound, UInt8(ascii: ".")), Int(view.tokens[tokens.upperBound].start) == end {
            end += 1
        }
        let bytes = Int(view.tokens[first].start)..<end
        return Mention(tokens: tokens, bytes: bytes, key: key, candidates: candidates, isHyphenPart: false)
    }

    private func longestDemonym(startingAt start: Int, in view: TokenView) -> (mention: DemonymMention, end: Int)? {
        guard let demonyms else { return nil }
        var key = NameKey()
        var best: (mention: DemonymMention, end: Int)?
        var j = start
        for _ in 0..<demonyms.longestName {
            key.add(view.bytes, view.tokens[j].byteRange)
            if let code = demonyms.country(for: key.hash) {
                let bytes = Int(view.tokens[start].start)..<Int(view.tokens[j].end)
                best = (DemonymMention(bytes: bytes, countryCode: code), j + 1)
            }
            guard view.isWord(j + 1) && view.onSameLine(j) else { break }
            key.endWord()
            j += 1
        }
        return best
    }

    /// Capitalised parts of a hyphenated word that name a place ("Kyiv-based",
    /// "Russia-Ukraine") or are demonyms ("Russian-backed", "anti-Russian").
    private func hyphenParts(of index: Int, in view: TokenView) -> (places: [Mention], demonyms: [DemonymMention]) {
        let range = view.tokens[index].byteRange
        guard range.contains(where: { view.bytes[$0] == UInt8(ascii: "-") }) else { return ([], []) }
        var parts = [Mention]()
        var demonymParts = [DemonymMention]()
        var partStart = range.lowerBound
        for i in range.lowerBound...range.upperBound where i == range.upperBound || view.bytes[i] == UInt8(ascii: "-") {
            defer { partStart = i + 1 }
            guard i - partStart > 2, UTF8Scanning.isASCIIUpper(view.bytes[partStart]) || view.bytes[partStart] >= 0x80 else { continue }
            var key = NameKey()
            key.add(view.bytes, partStart..<i)
            let candidates = gazetteer.places(for: key.hash).filter { !$0.isAbbreviation }.map(\.index)
            if !candidates.isEmpty && !stopKeys.contains(key.hash) {
                parts.append(Mention(tokens: index..<(index + 1), bytes: partStart..<i, key: key.hash, candidates: candidates, isHyphenPart: true))
            } else if let code = demonyms?.country(for: key.hash) {
                demonymParts.append(DemonymMention(bytes: partStart..<i, countryCode: code))
            }
        }
        return (parts, demonymParts)
    }
}
