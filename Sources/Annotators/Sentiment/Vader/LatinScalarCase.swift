/// The case of the non-ASCII scalars that news text is full of (curly quotes, dashes,
/// ellipses, accented Latin letters), told from their UTF-8 bytes, so that a token holding
/// them stays on the byte path instead of going through `String.lowercased()`.
enum LatinScalarCase: Equatable {
    /// No case (punctuation, symbols): `lower()` keeps it and `isupper()` ignores it.
    case uncased
    /// An upper-case Latin-1 letter, U+00C0–U+00DE; its lower-case form is 0x20 further, in
    /// the second byte.
    case upper
    /// A lower-case Latin-1 letter, U+00DF–U+00FF; `lower()` keeps it.
    case lower

    /// The case of the scalar whose (non-ASCII) lead byte is at `bytes`, or nil when it lies
    /// outside Latin-1 U+00A1–U+00FF and General Punctuation U+2000–U+206F or is one of
    /// the cased symbols ª µ º (those need the Unicode tables). Whitespace (U+00A0,
    /// U+2000–U+200A, …) ends a token and must be ruled out before.
    @inline(__always)
    init?(lead bytes: UnsafePointer<UInt8>) {
        switch (bytes[0], bytes[1]) {
        case (0xC2, 0xA1...0xBF):
            if bytes[1] == 0xAA || bytes[1] == 0xB5 || bytes[1] == 0xBA { return nil }
            self = .uncased
        case (0xC3, 0x97), (0xC3, 0xB7):  // × ÷
            self = .uncased
        case (0xC3, 0x80...0x9E):
            self = .upper
        case (0xC3, 0x9F...0xBF):
            self = .lower
        case (0xE2, 0x80...0x81):  // U+2000–U+207F, of which U+2000–U+206F have no case
            if bytes[1] == 0x81 && bytes[2] >= 0xB0 { return nil }
            self = .uncased
        default:
            return nil
        }
    }
}
