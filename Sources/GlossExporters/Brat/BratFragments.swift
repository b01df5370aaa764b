import GlossCore

/// brat reads `.ann` files with Python's `str.splitlines()`, so a span's text may not
/// contain any character that ends a line there. A span that crosses line breaks is
/// written as a discontinuous annotation: one fragment per piece between breaks, and
/// the text field is the pieces joined with one space (what brat compares it with).
enum BratFragments {
    /// The UTF-8 length of the line break starting at `index`, or 0. These are the
    /// characters `str.splitlines()` breaks at: U+000A–U+000D, U+001C–U+001E, U+0085,
    /// U+2028, U+2029.
    @inline(__always)
    static func lineBreakLength(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch utf8[index] {
        case 0x0A...0x0D, 0x1C...0x1E: return 1
        case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
            return 3
        default: return 0
        }
    }

    /// Skips 8-byte words in which no line break can start: every break starts with a byte
    /// below 0x20, 0xC2 or 0xE2.
    @inline(__always)
    static func skipWordsWithoutBreaks(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteWords.skipWords(utf8, from: start, while: hasNoBreak(word:))
    }

    @inline(__always)
    static func hasNoBreak(word: UInt64) -> Bool {
        if word & ByteWords.highBits == 0 { return !ByteWords.anyByte(in: word, below: 0x20) }  // ASCII: most words
        return !ByteWords.anyByte(in: word, below: 0x20) && !ByteWords.anyByte(in: word, equalTo: 0xC2) && !ByteWords.anyByte(in: word, equalTo: 0xE2)
    }

    /// Where a document's line breaks are, as scalar offsets in order (each break is one
    /// scalar), found once per document so that splitting a span looks only at the breaks inside it.
    struct LineBreaks {
        private let offsets: [Int]

        init(_ text: DocumentScalars) {
            var offsets = [Int]()
            text.utf8.withUnsafeBufferPointer { utf8 in
                guard let base = utf8.baseAddress.map(UnsafeRawPointer.init) else { return }
                var index = 0, scalar = 0
                while index < utf8.count {
                    if index + 8 <= utf8.count {
                        // The bytes before the first that may start a break, their scalars counted from the word's bits.
                        let word = ByteWords.load(base + index)
                        if hasNoBreak(word: word) {  // most words, at less cost than finding where the first is
                            scalar += 8 - Self.continuationByteCount(in: word)
                            index += 8
                            continue
                        }
                        let starts = Self.breakStarts(in: word)
                        let plain = starts.trailingZeroBitCount / 8
                        if plain > 0 {
                            scalar += plain - Self.continuationByteCount(in: word & ByteWords.lowBytes(plain))
                            index += plain
                            continue
                        }
                    }
                    let length = lineBreakLength(in: utf8, at: index)
                    if length > 0 { offsets.append(scalar) }
                    if utf8[index] & 0xC0 != 0x80 { scalar += 1 }
                    index += max(length, 1)
                }
            }
            self.offsets = offsets
        }

        /// The high bit of each byte of `word` that may start a break: below 0x20, 0xC2 or 0xE2.
        @inline(__always)
        private static func breakStarts(in word: UInt64) -> UInt64 {
            ByteWords.bytes(of: word, in: 0, 0x1F) | ByteWords.bytes(of: word, equalTo: 0xC2) | ByteWords.bytes(of: word, equalTo: 0xE2)
        }

        /// How many bytes of `word` continue a scalar (`10xxxxxx`).
        @inline(__always)
        private static func continuationByteCount(in word: UInt64) -> Int {
            (word & ~(word &<< 1) & ByteWords.highBits).nonzeroBitCount
        }

        /// Appends the non-empty pieces of `range` between line breaks (nothing when the span has no text).
        func split(_ range: Range<Int>, into fragments: inout [Range<Int>]) {
            var pieceStart = range.lowerBound
            var next = offsets.partitionIndex { $0 >= range.lowerBound }  // the first break at or after the span's start
            while next < offsets.count, offsets[next] < range.upperBound {
                if offsets[next] > pieceStart { fragments.append(pieceStart..<offsets[next]) }
                pieceStart = offsets[next] + 1
                next += 1
            }
            if pieceStart < range.upperBound { fragments.append(pieceStart..<range.upperBound) }
        }
    }

    static func split(_ range: Range<Int>, in text: DocumentScalars) -> [Range<Int>] {
        var fragments = [Range<Int>]()
        LineBreaks(text).split(range, into: &fragments)
        return fragments
    }

    /// Appends `text` with each line break replaced by a space, for free text on one `.ann` line.
    static func appendSingleLine(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        if out.appendIfPlainWords(utf8, hasNoBreak(word:)) { return }  // most note parts: names, ids, numbers
        // Short values (`0`, `neg`), whose bytes cannot start a break.
        if utf8.count < 4, utf8.allSatisfy({ $0 >= 0x20 && $0 != 0xC2 && $0 != 0xE2 }) { out.append(utf8); return }
        var runStart = 0, index = 0
        while index < utf8.count {
            index = skipWordsWithoutBreaks(utf8, from: index)
            guard index < utf8.count else { break }
            let breakLength = lineBreakLength(in: utf8, at: index)
            guard breakLength > 0 else { index += 1; continue }
            out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            out.append(" ")
            index += breakLength
            runStart = index
        }
        out.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
}
