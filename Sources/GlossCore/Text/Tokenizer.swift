/// Splits text into `Token`s on UTF-8 bytes. Whitespace is dropped; every other scalar
/// belongs to exactly one token. ASCII takes a table-driven fast path; other scalars are
/// decoded and classified by their Unicode properties.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    private enum ASCIIClass: UInt8 {
        case space, letter, digit, period, quote, punctuation, symbol
    }

    private static let asciiClasses: [ASCIIClass] = (0..<128).map { value in
        let byte = UInt8(value)
        if UTF8Scanning.isASCIIWhitespace(byte) { return .space }
        if UTF8Scanning.isASCIILetter(byte) { return .letter }
        if UTF8Scanning.isASCIIDigit(byte) { return .digit }
        switch byte {
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return .quote
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
            UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "@"):
            return .symbol
        default: return byte < 0x20 || byte == 0x7F ? .symbol : .punctuation
        }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch asciiClasses[Int(b)] {
                case .space:
                    i += 1
                case .letter, .digit:
                    i = scanWord(bytes, from: i, into: &tokens)
                case .period:
                    var end = i + 1
                    while end < n && bytes[end] == UInt8(ascii: ".") { end += 1 }
                    tokens.append(Token(start: i, end: end, kind: .punctuation))
                    i = end
                case .quote:
                    tokens.append(Token(start: i, end: i + 1, kind: .quote))
                    i += 1
                case .punctuation:
                    tokens.append(Token(start: i, end: i + 1, kind: .punctuation))
                    i += 1
                case .symbol:
                    tokens.append(Token(start: i, end: i + 1, kind: .symbol))
                    i += 1
                }
                continue
            }
            let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
            if UTF8Scanning.isWhitespace(scalar) {
                i += length
            } else if UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar) {
                i = scanWord(bytes, from: i, into: &tokens)
            } else {
                let kind: Token.Kind = UTF8Scanning.isQuotationMark(scalar) ? .quote : isPunctuation(scalar) ? .punctuation : .symbol
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

    /// The end of a run of letters (with digits and marks) or of digits (with thousands
    /// separators and a decimal part) starting at `start`, and whether it was digits.
    @inline(__always)
    private static func scanRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, isDigits: Bool) {
        let n = bytes.count
        var i = start
        let isDigits = bytes[start] < 0x80
            ? UTF8Scanning.isASCIIDigit(bytes[start])
            : UTF8Scanning.isDigit(UTF8Scanning.scalar(in: bytes, at: start).0)
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if UTF8Scanning.isASCIIDigit(b) || (!isDigits && UTF8Scanning.isASCIILetter(b)) {
                    i += 1
                } else if isDigits, b == UInt8(ascii: "."), i + 1 < n, UTF8Scanning.isASCIIDigit(bytes[i + 1]) {
                    i += 1
                } else if isDigits, b == UInt8(ascii: ","), isThousandsGroup(bytes, at: i + 1) {
                    i += 1
                } else {
                    break
                }
            } else {
                let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
                let continues = isDigits ? UTF8Scanning.isDigit(scalar) : UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar)
                guard continues else { break }
                i += length
            }
        }
        return (i, isDigits)
    }

    /// Scans a word or number starting at `start`, appending one or two tokens (a word and
    /// its clitic ending). Returns the index after them.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token]) -> Int {
        let n = bytes.count
        var (i, runIsDigits) = scanRun(bytes, from: start)
        var sawLetter = !runIsDigits
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
            let b = bytes[i]
            // Only hyphens and apostrophes can join more to the token.
            guard b == UInt8(ascii: "-") || b == UInt8(ascii: "'") || b == 0xE2 else { break }
            let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
            guard i + length < n else { break }
            let (next, _) = UTF8Scanning.scalar(in: bytes, at: i + length)
            let nextIsLetter = UTF8Scanning.isWordScalar(next)
            if UTF8Scanning.isJoiningHyphen(scalar), nextIsLetter || UTF8Scanning.isDigit(next), sawLetter || nextIsLetter {
                // Hyphenated compounds (30-day, state-of-the-art, COVID-19); not digit-digit ranges.
                let run = scanRun(bytes, from: i + length)
                i = run.end
                runIsDigits = run.isDigits
                if !runIsDigits { sawLetter = true }
            } else if UTF8Scanning.isApostrophe(scalar), sawLetter, nextIsLetter {
                if let cliticLength = cliticLength(bytes, apostropheAt: i, length: length) {
                    tokens.append(Token(start: start, end: i, kind: .word))
                    tokens.append(Token(start: i, end: i + cliticLength, kind: .clitic))
                    return i + cliticLength
                }
                i = scanRun(bytes, from: i + length).end  // O’Brien, rock’n’roll
            } else {
                break
            }
        }
        tokens.append(Token(start: start, end: i, kind: sawLetter ? .word : .number))
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
        let letters = index + length
        var end = letters
        while end < n && UTF8Scanning.isASCIILetter(bytes[end]) && end - letters < 2 { end += 1 }
        if end < n {
            let (after, _) = UTF8Scanning.scalar(in: bytes, at: end)
            if UTF8Scanning.isWordScalar(after) || UTF8Scanning.isDigit(after) { return nil }
        }
        let first = bytes[letters] | 0x20
        switch end - letters {
        case 1 where first == UInt8(ascii: "s") || first == UInt8(ascii: "d") || first == UInt8(ascii: "m"):
            return end - index
        case 2:
            let second = bytes[letters + 1] | 0x20
            let isClitic = (first == UInt8(ascii: "r") && second == UInt8(ascii: "e")) || (first == UInt8(ascii: "l") && second == UInt8(ascii: "l"))
                || (first == UInt8(ascii: "v") && second == UInt8(ascii: "e"))
            return isClitic ? end - index : nil
        default:
            return nil
        }
    }
}
