/// Splits text into `Token`s on UTF-8 bytes. Whitespace is dropped; every other scalar
/// belongs to exactly one token. ASCII takes a fast path (runs of word letters eight
/// bytes at a time); other scalars are decoded and classified by their Unicode properties,
/// looked up once for the common ones.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    /// What a scalar is to the tokenizer.
    private enum ScalarClass: UInt8 {
        case space, letter, digit, period, quote, punctuation, symbol
    }

    /// A switch of constants rather than a stored table, which would be read through its lazy
    /// initialiser on every use.
    @inline(__always)
    private static func asciiClass(_ byte: UInt8) -> ScalarClass {
        switch byte {
        case 0x09...0x0D, 0x20: return .space
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return .quote
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
            UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "@"),
            0x00..<0x20, 0x7F:
            return .symbol
        default: return .punctuation
        }
    }

    /// The classes of the non-ASCII scalars news text is mostly made of, computed once: all
    /// two-byte scalars (Latin, Greek, Cyrillic …) and General Punctuation (curly quotes,
    /// dashes, …). A Unicode property lookup costs hundreds of instructions.
    private static let twoByteClasses = (0x80..<0x800).map { classByProperties(Unicode.Scalar(UInt32($0))!) }
    private static let generalPunctuation: ClosedRange<UInt32> = 0x2000...0x206F
    private static let generalPunctuationClasses = generalPunctuation.map { classByProperties(Unicode.Scalar($0)!) }

    /// Never inlined: Unicode properties are resilient types of the standard library, and a
    /// function that inlines their use sets up their metadata on every call, even for ASCII.
    @inline(never)
    private static func nonASCIIClass(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x800 { return twoByteClasses[Int(value) - 0x80] }
        if generalPunctuation.contains(value) { return generalPunctuationClasses[Int(value - generalPunctuation.lowerBound)] }
        return classByProperties(scalar)
    }

    /// Whitespace, letters and digits never overlap, so the order of the tests does not matter.
    private static func classByProperties(_ scalar: Unicode.Scalar) -> ScalarClass {
        if UTF8Scanning.isWhitespace(scalar) { return .space }
        if UTF8Scanning.isWordScalar(scalar) { return .letter }
        if UTF8Scanning.isDigit(scalar) { return .digit }
        if UTF8Scanning.isQuotationMark(scalar) { return .quote }
        return isPunctuation(scalar) ? .punctuation : .symbol
    }

    /// The class and byte length of the scalar at `index`.
    @inline(__always)
    private static func scalarClass(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (ScalarClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (asciiClass(byte), 1) }
        let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: index)
        return (nonASCIIClass(scalar), length)
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = TokenSink(capacity: bytes.count / 5)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch asciiClass(b) {
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
            let (scalarClass, length) = scalarClass(bytes, at: i)
            switch scalarClass {
            case .space:
                i += length
            case .letter, .digit:
                i = scanWord(bytes, from: i, into: &tokens)
            case .quote:
                tokens.append(Token(start: i, end: i + length, kind: .quote))
                i += length
            case .period, .punctuation:
                tokens.append(Token(start: i, end: i + length, kind: .punctuation))
                i += length
            case .symbol:
                tokens.append(Token(start: i, end: i + length, kind: .symbol))
                i += length
            }
        }
        return tokens.tokens
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
        let isDigits = scalarClass(bytes, at: start).0 == .digit
        while i < n {
            if !isDigits {
                i = asciiLettersAndDigitsEnd(bytes, from: i)
                guard i < n else { break }
            }
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
                let (scalarClass, length) = scalarClass(bytes, at: i)
                guard scalarClass == .digit || (!isDigits && scalarClass == .letter) else { break }
                i += length
            }
        }
        return (i, isDigits)
    }

    /// The end of the run of ASCII letters and digits from `start`, found eight bytes at a
    /// time (most of a text is such runs); the last seven bytes of the text are left to the
    /// caller.
    @inline(__always)
    private static func asciiLettersAndDigitsEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var i = start
        while i + 8 <= bytes.count {
            let word = ByteWords.load(base + i)
            // Setting bit 5 turns A–Z into a–z and no other byte into a letter.
            let letters = ByteWords.bytes(of: word | ByteWords.ones &* 0x20, in: UInt8(ascii: "a"), UInt8(ascii: "z"))
            let digits = ByteWords.bytes(of: word, in: UInt8(ascii: "0"), UInt8(ascii: "9"))
            let run = (~(letters | digits) & ByteWords.highBits).trailingZeroBitCount >> 3
            i += run
            if run < 8 { break }
        }
        return i
    }

    /// Scans a word or number starting at `start`, appending one or two tokens (a word and
    /// its clitic ending). Returns the index after them.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout TokenSink) -> Int {
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
            let (nextClass, _) = scalarClass(bytes, at: i + length)
            let nextIsLetter = nextClass == .letter
            if UTF8Scanning.isJoiningHyphen(scalar), nextIsLetter || nextClass == .digit, sawLetter || nextIsLetter {
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
            let (afterClass, _) = scalarClass(bytes, at: end)
            if afterClass == .letter || afterClass == .digit { return nil }
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
