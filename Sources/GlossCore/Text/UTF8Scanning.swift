/// Byte-level helpers shared by the tokenizer, the sentence splitter and annotators that
/// scan text on UTF-8 bytes.
public enum UTF8Scanning {
    /// Decodes the scalar starting at `index` of valid UTF-8. Returns it and its byte length.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        if b0 < 0xE0 {
            let value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0 {
            let value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        let value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
    }

    /// The byte length of the scalar whose first byte is `lead` (valid UTF-8).
    @inlinable @inline(__always)
    public static func scalarLength(lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// The start of the scalar that ends just before `index`.
    @inlinable @inline(__always)
    public static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var i = index - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    @inlinable @inline(__always)
    public static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inlinable @inline(__always)
    public static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inlinable @inline(__always)
    public static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inlinable @inline(__always)
    public static func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inlinable @inline(__always)
    public static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Whitespace, including the Unicode spaces news text carries (NBSP, thin space …).
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isASCIIWhitespace(UInt8(scalar.value)) : scalar.properties.isWhitespace
    }

    /// Letters and combining marks: what continues a word.
    @inlinable
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIILetter(UInt8(scalar.value)) }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inlinable
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isASCIIDigit(UInt8(scalar.value)) : scalar.properties.numericType == .decimal
    }

    /// Quotation marks, and the apostrophes that may serve as one.
    @inlinable
    public static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "`", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}",
            "\u{201E}", "\u{201A}", "\u{2039}", "\u{203A}", "\u{201F}", "\u{201B}":
            return true
        default:
            return false
        }
    }

    @inlinable
    public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// Hyphen-like marks that join compounds (not dashes, which separate).
    @inlinable
    public static func isJoiningHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
