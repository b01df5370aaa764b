/// brat type, relation and attribute names allow only `[A-Za-z0-9_-]`; Gloss names
/// usually fit already and are kept as they are, so reading back gives the Gloss type.
enum BratNames {
    static func type(_ name: String) -> String {
        let safe = String(String.UnicodeScalarView(name.unicodeScalars.map { isAllowed($0) ? $0 : "_" }))
        return safe.isEmpty ? "_" : safe
    }

    /// A quote's `speaker` reference becomes the relation `has_speaker`.
    static func relation(forAttribute attribute: String) -> String { "has_" + type(attribute) }

    /// Attributes are named per annotation type (`quote_kind`), so each type declares
    /// only its own values and no attribute name can clash with a type name.
    static func attribute(_ attribute: String, ofType annotationType: String) -> String {
        type(annotationType) + "_" + type(attribute)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
        default: return false
        }
    }
}
