/// brat reads `.ann` files with Python's `str.splitlines()`, so a span's text may not
/// contain any character that ends a line there. A span that crosses line breaks is
/// written as a discontinuous annotation: one fragment per piece between breaks, and
/// the text field is the pieces joined with one space (what brat compares it with).
enum BratFragments {
    /// The characters `str.splitlines()` breaks at.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Non-empty pieces of `range` between line breaks; empty when the span has no text.
    static func split(_ range: Range<Int>, in text: DocumentScalars) -> [Range<Int>] {
        var fragments = [Range<Int>]()
        var pieceStart: Int?
        for offset in range {
            if isLineBreak(text.scalars[offset]) {
                if let start = pieceStart { fragments.append(start..<offset) }
                pieceStart = nil
            } else if pieceStart == nil {
                pieceStart = offset
            }
        }
        if let start = pieceStart { fragments.append(start..<range.upperBound) }
        return fragments
    }

    /// Replaces line breaks with spaces, for free text on one `.ann` line.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isLineBreak) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isLineBreak($0) ? " " : $0 }))
    }
}
