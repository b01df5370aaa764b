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
            index = ByteWords.skipWords(utf8, from: index, while: isPlain(word:))
            guard index < utf8.count else { break }
            let byte = utf8[index]
            index += 1
            guard !isPlain(byte: byte) else { continue }
            copy(UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
            withEscape(of: byte, escape)
            runStart = index
        }
        copy(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Whether `byte` is copied as it is.
    @inlinable @inline(__always)
    public static func isPlain(byte: UInt8) -> Bool { byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") }

    /// Whether none of the eight bytes of `word` needs an escape.
    @inlinable @inline(__always)
    public static func isPlain(word: UInt64) -> Bool {
        !ByteWords.anyByte(in: word, below: 0x20) && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "\""))
            && !ByteWords.anyByte(in: word, equalTo: UInt8(ascii: "\\"))
    }

    /// Calls `body` with the escape sequence of `byte`, one that needs an escape.
    @inlinable
    public static func withEscape<Result>(of byte: UInt8, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        sequences[Int(byte)].withUnsafeBufferPointer(body)
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
