/// Splits text into `Token`s on UTF-8 bytes. Whitespace is dropped; every other scalar
/// belongs to exactly one token.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 && UTF8Scanning.isASCIIWhitespace(b) {
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
            if b >= 0x80 && UTF8Scanning.isWhitespace(scalar) {
                i += length
                continue
            }
            if UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar) {
                i = scanWord(bytes, from: i, into: &tokens)
            } else if scalar == "." {
                var end = i + 1
                while end < n && bytes[end] == UInt8(ascii: ".") { end += 1 }
                tokens.append(Token(start: i, end: end, kind: .punctuation))
                i = end
            } else if UTF8Scanning.isQuotationMark(scalar) {
                tokens.append(Token(start: i, end: i + length, kind: .quote))
                i += length
            } else {
                let kind: Token.Kind = isPunctuation(scalar) ? .punctuation : .symbol
                tokens.append(Token(start: i, end: i + length, kind: kind))
                i += length
            }
        }
        return tokens
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Scans a word or number starting at `start`, appending one or two tokens (a word and
    /// its clitic ending). Returns the index after them.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token]) -> Int {
        let n = bytes.count
        var i = start
        var sawLetter = false
        var runIsDigits = false
        // A run of letters or digits; numbers take thousands separators and decimals.
        func scanRun() {
            let (first, _) = UTF8Scanning.scalar(in: bytes, at: i)
            runIsDigits = UTF8Scanning.isDigit(first)
            while i < n {
                let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
                if runIsDigits {
                    if UTF8Scanning.isDigit(scalar) {
                        i += length
                    } else if (scalar == "," || scalar == "."), i + 1 < n, UTF8Scanning.isASCIIDigit(bytes[i + 1]),
                        scalar == "." || isThousandsGroup(bytes, at: i + 1)
                    {
                        i += 1
                    } else {
                        break
                    }
                } else if UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar) {
                    sawLetter = true
                    i += length
                } else {
                    break
                }
            }
        }
        scanRun()
        // Abbreviations written with dots between single letters: U.S., e.g., a.m.
        if sawLetter, i - start == 1, i + 2 < n, bytes[i] == UInt8(ascii: "."), UTF8Scanning.isASCIILetter(bytes[i + 1]),
            bytes[i + 2] == UInt8(ascii: ".")
        {
            var end = i
            while end + 1 < n, bytes[end] == UInt8(ascii: "."), UTF8Scanning.isASCIILetter(bytes[end + 1]),
                end + 2 >= n || !UTF8Scanning.isASCIILetter(bytes[end + 2])
            {
                end += 2
            }
            if end < n && bytes[end] == UInt8(ascii: ".") { end += 1 }
            tokens.append(Token(start: start, end: end, kind: .word))
            return end
        }
        while i < n {
            let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
            guard i + length < n else { break }
            let (next, _) = UTF8Scanning.scalar(in: bytes, at: i + length)
            let nextIsWordish = UTF8Scanning.isWordScalar(next) || UTF8Scanning.isDigit(next)
            if UTF8Scanning.isJoiningHyphen(scalar), nextIsWordish,
                sawLetter || UTF8Scanning.isWordScalar(next) || !runIsDigits
            {
                // Hyphenated compounds (30-day, state-of-the-art, COVID-19); not digit-digit ranges.
                i += length
                scanRun()
                if !runIsDigits { sawLetter = true }
            } else if UTF8Scanning.isApostrophe(scalar), sawLetter, UTF8Scanning.isWordScalar(next) {
                if let cliticLength = cliticLength(bytes, apostropheAt: i, length: length) {
                    tokens.append(Token(start: start, end: i, kind: .word))
                    tokens.append(Token(start: i, end: i + cliticLength, kind: .clitic))
                    return i + cliticLength
                }
                i += length  // O’Brien, rock’n’roll
                scanRun()
            } else {
                break
            }
        }
        let kind: Token.Kind = sawLetter ? .word : .number
        tokens.append(Token(start: start, end: i, kind: kind))
        return i
    }

    private static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 3 <= bytes.count else { return false }
        for j in index..<(index + 3) where !UTF8Scanning.isASCIIDigit(bytes[j]) { return false }
        return index + 3 == bytes.count || !UTF8Scanning.isASCIIDigit(bytes[index + 3])
    }

    /// The length of a clitic ending (’s, 's, ’re, ’ll, ’ve, ’d, ’m) starting at the apostrophe,
    /// when the word ends right after it.
    private static func cliticLength(_ bytes: UnsafeBufferPointer<UInt8>, apostropheAt index: Int, length: Int) -> Int? {
        let n = bytes.count
        var end = index + length
        while end < n && UTF8Scanning.isASCIILetter(bytes[end]) { end += 1 }
        if end < n {
            let (after, _) = UTF8Scanning.scalar(in: bytes, at: end)
            if UTF8Scanning.isWordScalar(after) || UTF8Scanning.isDigit(after) { return nil }
        }
        var ending = [UInt8]()
        for j in (index + length)..<end { ending.append(bytes[j] | 0x20) }
        switch String(decoding: ending, as: UTF8.self) {
        case "s", "re", "ll", "ve", "d", "m": return end - index
        default: return nil
        }
    }
}
