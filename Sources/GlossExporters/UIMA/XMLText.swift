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

extension OutputBytes {
    /// Text for an XML 1.0 attribute value, escaped as `XMLText` explains.
    mutating func appendXMLAttribute(_ text: some StringProtocol) {
        text.withUTF8Buffer { appendXMLAttribute($0) }
    }

    mutating func appendXMLAttribute(_ slice: ArraySlice<UInt8>) {
        slice.withUnsafeBufferPointer { appendXMLAttribute($0) }
    }

    mutating func appendXMLAttribute(_ utf8: UnsafeBufferPointer<UInt8>) {
        if appendIfShortAndPlain(utf8, { $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<")
            && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "\"") }) { return }
        var runStart = 0
        var index = 0
        while index < utf8.count {
            index = ByteWords.skipWords(utf8, from: index) { word in
                !ByteWords.anyByte(in: word, below: 0x20) && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "&"))
                    && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "<")) && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: ">"))
                    && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "\"")) && !ByteWords.anyByte(in: word, equalTo: 0xEF)
            }
            guard index < utf8.count else { break }
            let byte = utf8[index]
            let width: Int
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0..<0x20:
                width = 1
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                width = 3 // U+FFFE, U+FFFF
            default:
                index += 1
                continue
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case 0x0D: append("&#13;")
            case 0x0A: append("&#10;")
            case 0x09: append("&#9;")
            default: append("\u{FFFD}")
            }
            index += width
            runStart = index
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
}
