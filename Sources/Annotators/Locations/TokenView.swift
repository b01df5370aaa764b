import GlossCore

/// Read-only helpers over a document's bytes and tokens for the finder and the cue rules.
struct TokenView {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]

    func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
    }

    /// Whether the token starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let start = Int(tokens[index].start)
        let b = bytes[start]
        if b < 0x80 { return UTF8Scanning.isASCIIUpper(b) }
        return UTF8Scanning.scalar(in: bytes, at: start).0.properties.isUppercase
    }

    /// Whether the token is written in capitals only (a headline or a dateline), with at
    /// least two letters.
    func isAllCaps(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        var letters = 0
        for i in tokens[index].byteRange {
            let b = bytes[i]
            if b >= 0x80 || (UTF8Scanning.isASCIILetter(b) && !UTF8Scanning.isASCIIUpper(b)) { return false }
            if UTF8Scanning.isASCIILetter(b) { letters += 1 }
        }
        return letters >= 2
    }

    /// The token's text lower-cased, for comparing with short cue words.
    func lowercased(_ index: Int) -> String {
        guard index >= 0 && index < tokens.count else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].byteRange]), as: UTF8.self).lowercased()
    }

    /// Whether the token is the single punctuation mark `mark`.
    func isPunctuation(_ index: Int, _ mark: UInt8) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        let token = tokens[index]
        return token.kind == .punctuation && token.end - token.start == 1 && bytes[Int(token.start)] == mark
    }

    /// Whether only spaces or tabs (not a line break) separate tokens `a` and `a + 1`.
    func onSameLine(_ a: Int) -> Bool {
        guard a >= 0 && a + 1 < tokens.count else { return false }
        for i in Int(tokens[a].end)..<Int(tokens[a + 1].start) where bytes[i] == 0x0A || bytes[i] == 0x0D { return false }
        return true
    }
}
