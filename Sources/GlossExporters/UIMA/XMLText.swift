import GlossCore

/// Text for XML 1.0 attribute values. CR, LF and TAB must be character references (a
/// parser turns literal ones into spaces, shifting every offset after them); characters
/// XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) become U+FFFD, which
/// has the same UTF-16 length, so offsets stay right.
enum XMLText {
    static func attribute(_ text: String) -> String {
        var out = OutputBytes(reservingCapacity: text.utf8.count + 16)
        out.appendXMLAttribute(text)
        return String(decoding: out.finish(), as: UTF8.self)
    }
}

/// The XML attribute escaping of `XMLText`, as runs to copy and replacements.
enum XMLAttributeEscaping: TextEscaping {
    /// Walks `utf8` in order, calling `copy` with each run of bytes that need no escape and
    /// `escape` with each replacement and the number of bytes it replaces. Plain text is
    /// skipped eight bytes at a time.
    @inline(__always)
    static func walk(_ utf8: UnsafeBufferPointer<UInt8>, copy: (UnsafeBufferPointer<UInt8>) -> Void,
                     escape: (UnsafeBufferPointer<UInt8>, _ replacedBytes: Int) -> Void) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            index = ByteWords.skipWords(utf8, from: index, while: isPlain(word:))
            guard index < utf8.count else { break }
            guard let (replacement, width) = replacement(in: utf8, at: index) else {
                index += 1
                continue
            }
            copy(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            replacement.withUTF8Buffer { escape($0, width) }
            index += width
            runStart = index
        }
        copy(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Whether the byte needs no escape: not a control character, `"`, `&`, `<`, `>` (one
    /// bit each of a mask of the bytes below 64), nor 0xEF, which may start U+FFFE or U+FFFF.
    @inline(__always)
    static func isPlain(byte: UInt8) -> Bool {
        let escapedBelow64: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        return (byte >= 64 || escapedBelow64 &>> UInt64(byte) & 1 == 0) && byte != 0xEF
    }

    /// Whether `utf8` reads the same in a JSON string inside an XML attribute: it needs
    /// neither escape (attribute names, mostly).
    static func isPlainInJSON(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.allSatisfy { isPlain(byte: $0) && $0 != UInt8(ascii: "\\") }
    }

    /// Whether none of the eight bytes of `word` may need an escape (0xEF may start U+FFFE or U+FFFF).
    @inline(__always)
    static func isPlain(word: UInt64) -> Bool {
        !ByteWords.anyByte(in: word, below: 0x20) && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "&"))
            && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "<")) && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: ">"))
            && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "\"")) && !ByteWords.anyByte(in: word, equalTo: 0xEF)
    }

    /// The replacement of the text at `index` and how many bytes it replaces, or nil when
    /// it needs none.
    @inline(__always)
    static func replacement(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (StaticString, Int)? {
        switch utf8[index] {
        case UInt8(ascii: "&"): ("&amp;", 1)
        case UInt8(ascii: "<"): ("&lt;", 1)
        case UInt8(ascii: ">"): ("&gt;", 1)
        case UInt8(ascii: "\""): ("&quot;", 1)
        case 0x0D: ("&#13;", 1)
        case 0x0A: ("&#10;", 1)
        case 0x09: ("&#9;", 1)
        case 0..<0x20: ("\u{FFFD}", 1)
        // U+FFFE, U+FFFF
        case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE: ("\u{FFFD}", 3)
        default: nil
        }
    }
}

extension OutputBytes {
    /// Text for an XML 1.0 attribute value, escaped as `XMLText` explains.
    mutating func appendXMLAttribute(_ text: some StringProtocol) {
        text.withUTF8Buffer { appendXMLAttribute($0) }
    }

    mutating func appendXMLAttribute(_ slice: ArraySlice<UInt8>) {
        slice.withUnsafeBufferPointer { appendXMLAttribute($0) }
    }

    mutating func appendXMLAttribute(_ utf8: UnsafeBufferPointer<UInt8>) {
        if appendIfPlainWords(utf8, XMLAttributeEscaping.isPlain(word:)) { return }
        // Plain words are copied whole; the rest goes byte by byte in pieces of up to 64 bytes,
        // which costs far less than the walk's calls where escapes are dense (JSON lists and
        // objects: a quote every few bytes).
        var rest = utf8
        while !rest.isEmpty {
            let plain = ByteWords.skipWords(rest, from: 0, while: XMLAttributeEscaping.isPlain(word:))
            append(UnsafeBufferPointer(rebasing: rest[..<plain]))
            rest = UnsafeBufferPointer(rebasing: rest[plain...])
            // A piece must not end within U+FFFE or U+FFFF (0xEF and two bytes after it).
            var end = min(rest.count, 64)
            while end < rest.count, end > 2, rest[end - 1] == 0xEF || rest[end - 2] == 0xEF { end -= 1 }
            guard end == rest.count || end > 2 else { break }
            appendXMLAttributeShort(UnsafeBufferPointer(rebasing: rest[..<end]))
            rest = UnsafeBufferPointer(rebasing: rest[end...])
        }
        if !rest.isEmpty { XMLAttributeEscaping.walk(rest, copy: { append($0) }, escape: { replacement, _ in append(replacement) }) }
    }

    /// Up to 64 bytes, escaped byte by byte.
    @inline(__always)
    private mutating func appendXMLAttributeShort(_ utf8: UnsafeBufferPointer<UInt8>) {
        _ = appendEscapingShort(utf8, isPlain: XMLAttributeEscaping.isPlain(byte:)) { out, utf8, index in
            guard let (replacement, width) = XMLAttributeEscaping.replacement(in: utf8, at: index) else { return 0 }
            out.append(replacement)
            return width
        }
    }
}
