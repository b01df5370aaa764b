#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paragraphs on UTF-8 bytes. A blank line always ends a paragraph. A single line break
/// ends one too (news feeds put one paragraph per line) unless the text is hard-wrapped
/// there: the line ends without final punctuation and the next begins in lower case.
public enum ParagraphSplitter {
    public static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var paragraphs = [Range<Int>]()
        paragraphs.reserveCapacity(bytes.count / 128 + 1)  // news paragraphs run to a few hundred bytes
        var previousLine: Range<Int>?
        var blankSincePrevious = false
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            let lineEnd = lineFeed(in: bytes, from: lineStart)
            var first = lineStart
            var last = lineEnd
            while first < last && isSpace(bytes[first]) { first += 1 }
            while last > first && isSpace(bytes[last - 1]) { last -= 1 }
            if first == last {
                blankSincePrevious = true
            } else {
                if let previous = previousLine, !blankSincePrevious, isHardWrapped(bytes, previous: previous, nextStart: first) {
                    paragraphs[paragraphs.count - 1] = paragraphs[paragraphs.count - 1].lowerBound..<last
                } else {
                    paragraphs.append(first..<last)
                }
                previousLine = first..<last
                blankSincePrevious = false
            }
            lineStart = lineEnd + 1
        }
        return paragraphs
    }

    /// The index of the first line feed at or after `start`, or `bytes.count`. libc's
    /// vectorised `memchr`: eight bytes at a time in Swift cost half the splitter's time.
    private static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, 0x0A, bytes.count - start)
        else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func isHardWrapped(_ bytes: UnsafeBufferPointer<UInt8>, previous: Range<Int>, nextStart: Int) -> Bool {
        let end = bytes[previous.upperBound - 1]
        let endsOpen = UTF8Scanning.isASCIILetter(end) || UTF8Scanning.isASCIIDigit(end) || end == UInt8(ascii: ",")
            || end == UInt8(ascii: "-") || end == UInt8(ascii: ";")
        let next = bytes[nextStart]
        return endsOpen && next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }
}
