/// A run of tokens whose words name one or more gazetteer places.
struct Mention {
    /// Token indices; for a part of a hyphenated word ("Kyiv-based") the one token.
    let tokens: Range<Int>
    /// UTF-8 byte range of the name in the document.
    let bytes: Range<Int>
    let key: UInt64
    /// Indices into the gazetteer's places, best first once resolved.
    var candidates: [Int]
    /// Set for a part of a hyphenated word.
    let isHyphenPart: Bool
}

/// A demonym found in the text ("Ukrainian").
struct DemonymMention {
    let bytes: Range<Int>
    let countryCode: String
}
