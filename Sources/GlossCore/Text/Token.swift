/// A token of the shared text layer, as a UTF-8 byte range of the document.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, with internal hyphens, apostrophes and digits (state-of-the-art, O’Brien, COVID-19, U.S.).
        case word
        /// Digits with thousands separators and a decimal part (15,000 · 1.2 · 2022); also 30-day style compounds start here.
        case number
        /// A possessive or contraction ending split off a word: ’s, 's, n't.
        case clitic
        /// A quotation mark or an apostrophe used as one: " “ ” ‘ ’ « » „ '.
        case quote
        case punctuation
        /// Currency signs, %, and other symbols, emoji.
        case symbol
    }

    public let start: Int32
    public let end: Int32
    public let kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
    }

    public var byteRange: Range<Int> { Int(start)..<Int(end) }
}
