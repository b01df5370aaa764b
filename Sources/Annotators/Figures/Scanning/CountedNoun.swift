/// What a cardinal counts: the short noun phrase after it ("15,000 soldiers",
/// "29 world leaders", "thousands of casualties").
struct CountedNoun {
    let pieces: [Piece]
    let bytes: [UInt8]

    static let maximumWords = 3

    /// Words that end the phrase: function words, pronouns and common verbs.
    static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "than", "as",
        "who", "whom", "whose", "that", "which", "where", "when", "while", "if", "per", "each", "this", "these", "those", "it",
        "its", "their", "his", "her", "our", "we", "they", "he", "she", "you", "i", "them", "us", "there", "here",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did", "will", "would",
        "could", "can", "may", "might", "must", "should", "shall", "said", "says", "say", "told", "died", "killed", "dead",
        "more", "less", "ago", "later", "earlier", "before", "after", "since", "until", "about", "over", "under", "up", "down",
        "out", "off", "away", "back", "again", "also", "only", "just", "not", "no", "so", "too", "very", "all", "both",
        "percent", "times", "s", "st", "nd", "rd", "th", "million", "billion", "thousand", "hundred",
    ]

    /// Modifiers skipped at the start: "15,000 more troops" counts troops.
    static let leadingModifiers: Set<String> = ["more", "additional", "extra", "other", "further", "fewer", "new"]

    func after(_ index: Int) -> String? {
        var at = index
        if at < pieces.count, pieces[at].key == "of" { at += 1 }
        while at < pieces.count, Self.leadingModifiers.contains(pieces[at].key), !pieces[at].attached { at += 1 }
        var end = at
        while end < pieces.count, end - at < Self.maximumWords {
            let piece = pieces[end]
            guard piece.isWord, !piece.key.isEmpty || end == at, !Self.stopWords.contains(piece.key) else { break }
            if end > at, piece.key.hasSuffix("ly") || (piece.key.hasSuffix("ed") && !piece.hyphenJoined) || piece.key.hasSuffix("ing") {
                break
            }
            if end > at && !piece.hyphenJoined && pieces[end - 1].end == piece.start { break }
            end += 1
        }
        guard end > at else { return nil }
        return String(decoding: bytes[pieces[at].start..<pieces[end - 1].end], as: UTF8.self)
    }
}
