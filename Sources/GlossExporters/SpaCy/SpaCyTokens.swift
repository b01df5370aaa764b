import GlossCore

/// Tokens for a spaCy `Doc` that `Doc.from_json` accepts and on whose boundaries every
/// annotation starts and ends: words split at whitespace, punctuation and every
/// annotation boundary. spaCy rebuilds the text from token texts plus at most one
/// trailing U+0020 per token, so a single space after a word belongs to that word and
/// every other whitespace run (`\r\n`, tabs, a second space) is a token of its own.
enum SpaCyTokens {
    static func make(_ text: DocumentScalars, boundaries: [Range<Int>]) -> [Range<Int>] {
        let count = text.count
        var startsHere = [Bool](repeating: false, count: count + 1)
        var endsHere = [Bool](repeating: false, count: count + 1)
        for range in boundaries {
            startsHere[range.lowerBound] = true
            endsHere[range.upperBound] = true
        }
        var tokens = [Range<Int>]()
        tokens.reserveCapacity(count / 4)
        var pieceStart = 0
        var previousWasWord = false
        func close(at end: Int) {
            defer { pieceStart = end }
            guard end > pieceStart else { return }
            var start = pieceStart
            // A word owns one following space unless an annotation needs a boundary there.
            if previousWasWord, text.scalars[start] == " ", !startsHere[start], !endsHere[start + 1] {
                start += 1
            }
            previousWasWord = false
            guard end > start else { return }
            tokens.append(start..<end)
            previousWasWord = !isWhitespace(text.scalars[start])
        }
        for offset in stride(from: 1, to: count, by: 1) {
            let previous = text.scalars[offset - 1], current = text.scalars[offset]
            if startsHere[offset] || endsHere[offset] || splits(previous, current) { close(at: offset) }
        }
        close(at: count)
        return tokens
    }

    private static func splits(_ previous: Unicode.Scalar, _ current: Unicode.Scalar) -> Bool {
        let previousSpace = isWhitespace(previous), currentSpace = isWhitespace(current)
        if previousSpace != currentSpace { return true }
        if previousSpace { return false }
        if isMark(current) { return false }
        return isPunctuation(previous) || isPunctuation(current)
    }

    // ASCII answers without Unicode property tables (most of a news text is ASCII).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? UTF8Scanning.isASCIIWhitespace(UInt8(scalar.value)) : scalar.properties.isWhitespace
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        return switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: true
        default: false
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            return value < 0x7F && value > 0x20 && !UTF8Scanning.isASCIILetter(value)
                && !UTF8Scanning.isASCIIDigit(value) && !"$+<=>^`|~_".utf8.contains(value)
        }
        switch scalar.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .dashPunctuation:
            return true
        default:
            return false
        }
    }
}
