#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GlossCore

/// Word-level questions about the shared tokens of one document, answered from the bytes:
/// word lists through `WordClass` bits (one lookup per token, cached), case from the first
/// byte when it is ASCII. Strings are only built for what is emitted. Raw buffers: the
/// scans read every token, and an array would pay a bounds check and retains per read.
struct TokenText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    private let classCache: WordClassCache

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, wordTable: WordTable) {
        self.bytes = bytes
        self.tokens = tokens
        classCache = WordClassCache(table: wordTable, tokenCount: tokens.count)
    }

    var count: Int { tokens.count }

    /// What the word lists say about the token (empty for anything but a word).
    @inline(__always)
    func classes(_ index: Int) -> WordClass { classCache.classes(of: index, token: tokens[index], bytes: bytes) }

    /// Whether the token is a word in any of the lists of `word`.
    @inline(__always)
    func `is`(_ index: Int, _ word: WordClass) -> Bool { !classes(index).isDisjoint(with: word) }

    /// The kind of speaker a common noun names ("officials", "a 43-year-old"), if it names one.
    func speakerEntity(_ index: Int) -> SpeakerEntity? {
        let classes = classes(index)
        if classes.contains(.personNoun) { return .person }
        if classes.contains(.groupNoun) { return .group }
        if classes.contains(.organisationNoun) { return .organisation }
        return isWord(index) && hasSuffix(index, "-year-old") ? .person : nil
    }

    /// Whether the token ends with `suffix` (lower-case ASCII), in any case.
    func hasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        let token = tokens[index]
        let count = suffix.utf8CodeUnitCount
        guard Int(token.end - token.start) >= count else { return false }
        let start = Int(token.end) - count
        for offset in 0..<count {
            let byte = bytes[start + offset]
            let folded = UTF8Scanning.isASCIIUpper(byte) ? byte | 0x20 : byte
            if folded != suffix.utf8Start[offset] { return false }
        }
        return true
    }

    /// Whether the token is the word `word` (lower-case ASCII), in any case.
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        let token = tokens[index]
        return token.kind == .word && Int(token.end - token.start) == word.utf8CodeUnitCount && hasSuffix(index, word)
    }

    /// The first word token other than `word`, from byte `start` on, spelled exactly like it,
    /// and its end, where a search for the next one may go on. libc's vectorised `memchr`
    /// finds each occurrence of the first byte: comparing every token of the document cost
    /// several times more, and a search eight bytes at a time in Swift five times more.
    func nextWord(spelledLike word: Int, fromByte start: Int) -> (index: Int, end: Int)? {
        let target = tokens[word]
        let targetStart = Int(target.start)
        let length = Int(target.end) - targetStart
        guard let base = bytes.baseAddress else { return nil }
        let lastStart = bytes.count - length  // the last position where the word fits
        var position = start
        while position <= lastStart {
            guard let found = memchr(base + position, Int32(base[targetStart]), lastStart + 1 - position) else { return nil }
            position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if position != targetStart, memcmp(base + position, base + targetStart, length) == 0 {
                let index = tokens.partitionIndex { Int($0.start) >= position }
                if index < count, Int(tokens[index].start) == position,
                    Int(tokens[index].end) == position + length, tokens[index].kind == .word
                {
                    return (index, position + length)
                }
            }
            position += 1
        }
        return nil
    }

    func text(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    /// The token in lower case (ASCII folding, which is all the word lists need).
    func lowercased(_ index: Int) -> String {
        let start = Int(tokens[index].start)
        let count = Int(tokens[index].end) - start
        // Written in place: words of up to 15 bytes stay small strings, with no allocation.
        return String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count {
                let byte = bytes[start + offset]
                buffer[offset] = UTF8Scanning.isASCIIUpper(byte) ? byte | 0x20 : byte
            }
            return count
        }
    }

    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

    func isQuoteMark(_ index: Int) -> Bool { tokens[index].kind == .quote }

    /// A word that begins with a capital letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let first = bytes[Int(tokens[index].start)]
        if first < 0x80 { return UTF8Scanning.isASCIIUpper(first) }
        let (scalar, _) = UTF8Scanning.scalar(in: bytes, at: Int(tokens[index].start))
        return scalar.properties.isUppercase
    }

    func isLowercaseWord(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let first = bytes[Int(tokens[index].start)]
        if first < 0x80 { return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") }
        let (scalar, _) = UTF8Scanning.scalar(in: bytes, at: Int(tokens[index].start))
        return scalar.properties.isLowercase
    }

    /// A one-scalar ASCII punctuation token such as "," or ":".
    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        let token = tokens[index]
        return token.kind == .punctuation && token.end - token.start == 1 && bytes[Int(token.start)] == UInt8(mark.value)
    }

    /// Full stop, "!", "?", an ellipsis: what can end a sentence. Inlined up to the kind
    /// test: sentence splitting asks it of every token.
    @inline(__always)
    func isTerminal(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .punctuation && isTerminalPunctuation(token)
    }

    private func isTerminalPunctuation(_ token: Token) -> Bool {
        let first = bytes[Int(token.start)]
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
        let (scalar, _) = UTF8Scanning.scalar(in: bytes, at: Int(token.start))
        return scalar == "\u{2026}"
    }

    /// Dashes that set off an attribution: — – and a free-standing hyphen.
    func isDash(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        let (scalar, _) = UTF8Scanning.scalar(in: bytes, at: Int(tokens[index].start))
        return scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "-"
    }

    /// Whether a line break lies between two tokens.
    func lineBreakBetween(_ left: Int, _ right: Int) -> Bool {
        bytes[Int(tokens[left].end)..<Int(tokens[right].start)].contains(0x0A)
    }
}
