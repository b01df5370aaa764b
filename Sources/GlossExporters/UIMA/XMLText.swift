/// Text for XML 1.0 attribute values. CR, LF and TAB must be character references (a
/// parser turns literal ones into spaces, shifting every offset after them); characters
/// XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) become U+FFFD, which
/// has the same UTF-16 length, so offsets stay right.
enum XMLText {
    static func attribute(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out.append(contentsOf: "&amp;".unicodeScalars)
            case 0x3C: out.append(contentsOf: "&lt;".unicodeScalars)
            case 0x3E: out.append(contentsOf: "&gt;".unicodeScalars)
            case 0x22: out.append(contentsOf: "&quot;".unicodeScalars)
            case 0x0D: out.append(contentsOf: "&#13;".unicodeScalars)
            case 0x0A: out.append(contentsOf: "&#10;".unicodeScalars)
            case 0x09: out.append(contentsOf: "&#9;".unicodeScalars)
            case 0..<0x20, 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
