import GlossCore
/// Emoji → text description, from `emoji_utf8_lexicon.txt`. vaderSentiment replaces each
/// emoji by its description before scoring, character by character, so only the entries
/// whose emoji is a single Unicode scalar can ever match; multi-scalar sequences (flags,
/// skin tones, ZWJ sequences) are kept only as their scalars.
struct EmojiDescriptions: Sendable {
    private var descriptions: [UInt32: [UInt8]] = [:]
    /// One bit per scalar below `bitsetLimit`, so that ordinary non-ASCII letters and
    /// punctuation skip the dictionary.
    private var bitset = [UInt64](repeating: 0, count: Int(bitsetLimit) / 64)
    private static let bitsetLimit: UInt32 = 0x20000

    static let bundled = EmojiDescriptions(tsv: BundledResource.bytes("emoji_utf8_lexicon"))

    init(tsv bytes: [UInt8]) {
        for rawLine in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = rawLine.trimmingASCIIWhitespace().split(separator: UInt8(ascii: "\t"), maxSplits: 2)
            guard fields.count >= 2 else { continue }
            let emoji = String(decoding: fields[0], as: UTF8.self).unicodeScalars
            guard emoji.count == 1, let scalar = emoji.first?.value, scalar < Self.bitsetLimit else { continue }
            descriptions[scalar] = Array(fields[1])
            bitset[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63)
        }
    }

    /// The text with every known emoji replaced by its description (preceded by a space
    /// unless the previous character was a space, and followed directly by the next
    /// character, as vaderSentiment does), or nil when the text has no known emoji.
    func substituting(in text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let firstEmoji = firstEmojiOffset(in: text) else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(text.count + 64)
        output.append(contentsOf: text[0..<firstEmoji])
        var previousWasSpace = firstEmoji == 0 || text[firstEmoji - 1] == 0x20
        var offset = firstEmoji
        while offset < text.count {
            let (scalar, length) = decodeScalar(text, at: offset)
            if let description = description(of: scalar) {
                if !previousWasSpace { output.append(0x20) }
                output.append(contentsOf: description)
                previousWasSpace = false
            } else {
                output.append(contentsOf: text[offset..<offset + length])
                previousWasSpace = scalar == 0x20
            }
            offset += length
        }
        return output
    }

    private func firstEmojiOffset(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        while offset < text.count {
            if offset + 8 <= text.count && ByteWords.load(text.baseAddress! + offset) & ByteWords.highBits == 0 {
                offset += 8  // eight ASCII bytes: no emoji
                continue
            }
            if text[offset] < 0x80 {
                offset += 1
                continue
            }
            let (scalar, length) = decodeScalar(text, at: offset)
            if description(of: scalar) != nil { return offset }
            offset += length
        }
        return nil
    }

    private func description(of scalar: UInt32) -> [UInt8]? {
        guard scalar >= 0x80, scalar < Self.bitsetLimit,
              bitset[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
        else { return nil }
        return descriptions[scalar]
    }
}

/// Decodes the scalar starting at `offset` of valid UTF-8 and returns it with its length.
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: UInt32, length: Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
    }
    return ((lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
        | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F), 4)
}
