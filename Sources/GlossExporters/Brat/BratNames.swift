import GlossCore

/// brat type, relation and attribute names allow only `[A-Za-z0-9_-]`; Gloss names
/// usually fit already and are kept as they are, so reading back gives the Gloss type.
enum BratNames {
    static func type(_ name: String) -> String {
        let safe = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.isASCII && isAllowed(UInt8($0.value)) ? $0 : "_" }))
        return safe.isEmpty ? "_" : safe
    }

    /// A quote's `speaker` reference becomes the relation `has_speaker`.
    static func relation(forAttribute attribute: String) -> String { "has_" + type(attribute) }

    /// Attributes are named per annotation type (`quote_kind`), so each type declares
    /// only its own values and no attribute name can clash with a type name.
    static func attribute(_ attribute: String, ofType annotationType: String) -> String {
        type(annotationType) + "_" + type(attribute)
    }

    /// `type(name)` appended to `out`, in one pass over names that fit the short-text builder (nearly all).
    static func appendType(_ name: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        let appended = !name.isEmpty && out.appendEscapingShort(name, isPlain: isAllowed) { out, utf8, index in
            out.append(byte: UInt8(ascii: "_"))  // one for the whole scalar
            return UTF8Scanning.scalarLength(lead: utf8[index])
        }
        if !appended { out.append(string: type(String(decoding: name, as: UTF8.self))) }
    }

    static func appendRelation(forAttribute attribute: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append("has_")
        appendType(attribute, to: &out)
    }

    static func appendAttribute(_ attribute: UnsafeBufferPointer<UInt8>, ofType annotationType: UnsafeBufferPointer<UInt8>,
                                to out: inout OutputBytes) {
        appendType(annotationType, to: &out)
        out.append("_")
        appendType(attribute, to: &out)
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
