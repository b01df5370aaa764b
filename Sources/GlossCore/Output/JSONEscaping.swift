/// The one definition of how Gloss writes text inside a JSON string: `"`, `\` and control
/// characters are escaped (`\n`, `\r`, `\t`, else `\u00XX`); every other byte, non-ASCII
/// included, is copied as is. `JSONWriter` and the exporters' byte builders both use it, so
/// every JSON Gloss writes escapes the same way.
public enum JSONEscaping {
    /// Walks `utf8` in order, calling `copy` with each run of bytes that need no escape and
    /// `escape` with the escape sequence of each byte that does. Plain text is skipped
    /// eight bytes at a time.
    @inlinable
    public static func walk(
        _ utf8: UnsafeBufferPointer<UInt8>, copy: (UnsafeBufferPointer<UInt8>) -> Void, escape: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            index = ByteWords.skipWords(utf8, from: index) { word in
                !ByteWords.anyByte(in: word, below: 0x20) && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "\""))
                    && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "\\"))
            }
            guard index < utf8.count else { break }
            let byte = utf8[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            copy(UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
            sequences[Int(byte)].withUnsafeBufferPointer { escape($0) }
            runStart = index
        }
        copy(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// The escape sequence of each byte below 0x60 that needs one (empty for the others).
    @usableFromInline
    static let sequences: [[UInt8]] = (0..<0x60).map { (value: Int) -> [UInt8] in
        switch value {
        case 0x22: return Array("\\\"".utf8)
        case 0x5C: return Array("\\\\".utf8)
        case 0x0A: return Array("\\n".utf8)
        case 0x0D: return Array("\\r".utf8)
        case 0x09: return Array("\\t".utf8)
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            return Array("\\u00".utf8) + [hex[value >> 4], hex[value & 0xF]]
        default: return []
        }
    }
}

/// Tests on eight bytes at once (SWAR), for scanners that skip plain text quickly.
public enum ByteWords {
    /// Whether any of the 8 bytes in `word` is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func anyByte(in word: UInt64, below limit: UInt8) -> Bool {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any of the 8 bytes in `word` equals `byte`.
    @inlinable @inline(__always)
    public static func anyByte(in word: UInt64, equalTo byte: UInt8) -> Bool {
        anyByte(in: word ^ (0x0101_0101_0101_0101 &* UInt64(byte)), below: 1)
    }

    /// The index of the first 8-byte word at or after `start` for which `isPlain` is false
    /// (or of the last, partial word); the caller checks byte by byte from there.
    @inlinable @inline(__always)
    public static func skipWords(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, while isPlain: (UInt64) -> Bool) -> Int {
        var index = start
        guard let base = utf8.baseAddress else { return index }
        while index + 8 <= utf8.count {
            guard isPlain(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) else { break }
            index += 8
        }
        return index
    }
}
