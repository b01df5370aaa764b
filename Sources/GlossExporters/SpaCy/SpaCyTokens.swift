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
        // The piece being built: where it starts and what its first scalar is. A piece is all
        // whitespace or all not, since whitespace-ness changing always splits.
        var pieceStart = 0
        var pieceIsWhitespace = false, pieceStartsWithSpace = false
        var previousWasWord = false
        func close(at end: Int) {
            defer { pieceStart = end }
            guard end > pieceStart else { return }
            var start = pieceStart
            // A word owns one following space unless an annotation needs a boundary there.
            if previousWasWord, pieceStartsWithSpace, !startsHere[start], !endsHere[start + 1] {
                start += 1
            }
            previousWasWord = false
            guard end > start else { return }
            tokens.append(start..<end)
            previousWasWord = !pieceIsWhitespace
        }
        let asciiClasses = Self.asciiClasses
        text.utf8.withUnsafeBufferPointer { utf8 in
            var index = 0, offset = 0
            var previous = ScalarClass()
            while index < utf8.count {
                let byte = utf8[index]
                let current: ScalarClass, length: Int
                if byte < 0x80 {
                    (current, length) = (asciiClasses[Int(byte)], 1)
                } else {
                    (current, length) = classify(utf8, at: index)
                }
                if offset == 0 || startsHere[offset] || endsHere[offset] || splits(previous, current) {
                    close(at: offset)
                    pieceIsWhitespace = current.isWhitespace
                    pieceStartsWithSpace = byte == 0x20
                }
                previous = current
                index += length
                offset += 1
            }
        }
        close(at: count)
        return tokens
    }

    private struct ScalarClass {
        var isWhitespace = false, isPunctuation = false, isMark = false
    }

    private static func splits(_ previous: ScalarClass, _ current: ScalarClass) -> Bool {
        if previous.isWhitespace != current.isWhitespace { return true }
        if previous.isWhitespace { return false }
        if current.isMark { return false }
        return previous.isPunctuation || current.isPunctuation
    }

    // ASCII answers from a table, without Unicode property lookups (most of a news text is ASCII).
    private static let asciiClasses: [ScalarClass] = (0..<128).map { value in
        let byte = UInt8(value)
        let isPunctuation = byte < 0x7F && byte > 0x20 && !UTF8Scanning.isASCIILetter(byte)
            && !UTF8Scanning.isASCIIDigit(byte) && !"$+<=>^`|~_".utf8.contains(byte)
        return ScalarClass(isWhitespace: UTF8Scanning.isASCIIWhitespace(byte), isPunctuation: isPunctuation, isMark: false)
    }

    /// The class and UTF-8 length of the non-ASCII scalar starting at `index`.
    private static func classify(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (ScalarClass, Int) {
        let lead = UInt32(utf8[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> length)
        for continuation in 1..<length { value = value << 6 | UInt32(utf8[index + continuation] & 0x3F) }
        let scalar = Unicode.Scalar(value)!
        var result = ScalarClass(isWhitespace: UTF8Scanning.isWhitespace(scalar))
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            result.isMark = true
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .dashPunctuation:
            result.isPunctuation = true
        default:
            break
        }
        return (result, length)
    }
}
