import GlossCore

/// A token of the shared layer, or one part of a hyphenated word token ("30-day" → "30",
/// "day"), with what the figure grammar needs to know about it.
struct Piece: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol, punctuation, quote }

    let start: Int
    let end: Int
    let kind: Kind
    /// Text with ASCII letters lowercased for words up to `maxKeyLength` bytes, the text itself for
    /// numbers and symbols; empty for longer words (never looked up).
    let key: String
    /// Joined to the previous piece by a hyphen inside one token ("day" in "30-day").
    let hyphenJoined: Bool
    /// Follows the previous piece with no whitespace between them ("bn" in "1.2bn").
    let attached: Bool
    /// Starts with an upper-case ASCII letter.
    let capitalized: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
}

enum PieceBuilder {
    static let maxKeyLength = 24

    /// Splits the document's tokens into pieces; hyphenated words become one piece per part.
    static func pieces(of text: TextLayer) -> [Piece] {
        let bytes = text.utf8
        var pieces = [Piece]()
        pieces.reserveCapacity(text.tokens.count + 16)
        var previousEnd = -1
        for token in text.tokens {
            let range = token.byteRange
            let attached = previousEnd == range.lowerBound
            previousEnd = range.upperBound
            switch token.kind {
            case .word:
                appendWordParts(bytes, range, attached: attached, into: &pieces)
            case .number:
                pieces.append(Piece(start: range.lowerBound, end: range.upperBound, kind: .number,
                                    key: text.string(range), hyphenJoined: false, attached: attached, capitalized: false))
            case .symbol, .clitic:
                pieces.append(Piece(start: range.lowerBound, end: range.upperBound, kind: .symbol,
                                    key: text.string(range), hyphenJoined: false, attached: attached, capitalized: false))
            case .punctuation:
                pieces.append(Piece(start: range.lowerBound, end: range.upperBound, kind: .punctuation,
                                    key: text.string(range), hyphenJoined: false, attached: attached, capitalized: false))
            case .quote:
                pieces.append(Piece(start: range.lowerBound, end: range.upperBound, kind: .quote,
                                    key: text.string(range), hyphenJoined: false, attached: attached, capitalized: false))
            }
        }
        return pieces
    }

    /// A word token split at its joining hyphens; each part is a word or, when all digits
    /// (with separators), a number.
    private static func appendWordParts(_ bytes: [UInt8], _ range: Range<Int>, attached: Bool, into pieces: inout [Piece]) {
        var partStart = range.lowerBound
        var first = true
        var i = range.lowerBound
        while i <= range.upperBound {
            let atEnd = i == range.upperBound
            let hyphenLength = atEnd ? 0 : joiningHyphenLength(bytes, at: i)
            if atEnd || hyphenLength > 0 {
                if i > partStart {
                    let hyphenJoined = !first
                    let attachedPart = first ? attached : true
                    if let split = currencyCodeSplit(bytes, partStart..<i) ?? digitsThenLetters(bytes, partStart..<i, first: first) {
                        pieces.append(part(bytes, partStart..<split, hyphenJoined: hyphenJoined, attached: attachedPart))
                        pieces.append(part(bytes, split..<i, hyphenJoined: false, attached: true))
                    } else {
                        pieces.append(part(bytes, partStart..<i, hyphenJoined: hyphenJoined, attached: attachedPart))
                    }
                    first = false
                }
                i += max(hyphenLength, 1)
                partStart = i
            } else {
                i += 1
            }
        }
    }

    /// "USD115": an upper-case ISO 4217 code glued to digits is a code and an amount; other
    /// letter-digit words (G7, A4) stay whole. Returns where the digits start.
    private static func currencyCodeSplit(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        let split = range.lowerBound + 3
        guard range.count > 3, bytes[range.lowerBound..<split].allSatisfy(UTF8Scanning.isASCIIUpper),
            bytes[split..<range.upperBound].allSatisfy(UTF8Scanning.isASCIIDigit),
            currencyCodes.contains(String(decoding: bytes[range.lowerBound..<split].map { $0 | 0x20 }, as: UTF8.self))
        else { return nil }
        return split
    }

    private static let currencyCodes = Set(CurrencyTable.codes)

    /// A later part of a hyphenated word written as digits then letters ("20k" in "5k-20k",
    /// "1990s" in "mid-1990s") is a number and its suffix, as the tokenizer splits "20k" alone.
    private static func digitsThenLetters(_ bytes: [UInt8], _ range: Range<Int>, first: Bool) -> Int? {
        guard !first, UTF8Scanning.isASCIIDigit(bytes[range.lowerBound]) else { return nil }
        guard let split = range.first(where: { !UTF8Scanning.isASCIIDigit(bytes[$0]) }),
            bytes[split..<range.upperBound].allSatisfy(UTF8Scanning.isASCIILetter)
        else { return nil }
        return split
    }

    /// Length of "-", U+2010 or U+2011 at `index`, else 0.
    private static func joiningHyphenLength(_ bytes: [UInt8], at index: Int) -> Int {
        if bytes[index] == UInt8(ascii: "-") { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91 {
            return 3
        }
        return 0
    }

    private static func part(_ bytes: [UInt8], _ range: Range<Int>, hyphenJoined: Bool, attached: Bool) -> Piece {
        var isNumber = true
        for j in range {
            let b = bytes[j]
            if !(UTF8Scanning.isASCIIDigit(b) || ((b == UInt8(ascii: ",") || b == UInt8(ascii: ".")) && j > range.lowerBound)) { isNumber = false }
        }
        let capitalized = UTF8Scanning.isASCIIUpper(bytes[range.lowerBound])
        let key: String
        if isNumber {
            key = String(decoding: bytes[range], as: UTF8.self)
        } else if range.count <= maxKeyLength {
            key = String(decoding: bytes[range].lazy.map { UTF8Scanning.isASCIIUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        } else {
            key = ""
        }
        return Piece(start: range.lowerBound, end: range.upperBound, kind: isNumber ? .number : .word, key: key,
                     hyphenJoined: hyphenJoined, attached: attached, capitalized: capitalized)
    }
}
