/// News-grade sentence boundaries on UTF-8 bytes.
public enum SentenceSplitter {
    /// Sentence byte ranges, in order, without surrounding whitespace. A sentence never
    /// crosses a paragraph break.
    public static func sentences(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Range<Int>] {
        // Placeholder boundary rule until the full splitter lands: . ! ? then a space.
        var result = [Range<Int>]()
        var sentenceStart: Int? = nil
        for (index, token) in tokens.enumerated() {
            if sentenceStart == nil { sentenceStart = Int(token.start) }
            let isEnd = token.kind == .punctuation && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[Int(token.start)])
            let nextStartsLine = index + 1 < tokens.count && bytes[Int(token.end)..<Int(tokens[index + 1].start)].contains(0x0A)
            if isEnd || nextStartsLine || index + 1 == tokens.count {
                result.append(sentenceStart!..<Int(token.end))
                sentenceStart = nil
            }
        }
        return result
    }
}
