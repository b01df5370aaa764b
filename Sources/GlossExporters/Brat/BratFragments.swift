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

    /// Appends the non-empty pieces of `range` between line breaks (nothing when the span has no text).
    static func split(_ range: Range<Int>, in text: DocumentScalars, into fragments: inout [Range<Int>]) {
        let bytes = text.offsets.bytes(forScalars: range)
        text.utf8.withUnsafeBufferPointer { utf8 in
            var pieceStart: Int?
            var index = bytes.lowerBound
            while index < bytes.upperBound {
                let breakLength = lineBreakLength(in: utf8, at: index)
                if breakLength > 0 {
                    if let start = pieceStart { fragments.append(start..<text.offsets.scalar(atByte: index)) }
                    pieceStart = nil
                    index += breakLength
                } else {
                    // A continuation byte never starts a break, and its scalar's lead byte set pieceStart.
                    if pieceStart == nil { pieceStart = text.offsets.scalar(atByte: index) }
                    index += 1
                }
            }
            if let start = pieceStart { fragments.append(start..<range.upperBound) }
        }
    }

    static func split(_ range: Range<Int>, in text: DocumentScalars) -> [Range<Int>] {
        var fragments = [Range<Int>]()
        split(range, in: text, into: &fragments)
        return fragments
    }

    /// Appends `text` with each line break replaced by a space, for free text on one `.ann` line.
    static func appendSingleLine(_ text: String, to out: inout OutputBytes) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0, index = 0
            while index < utf8.count {
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
}
