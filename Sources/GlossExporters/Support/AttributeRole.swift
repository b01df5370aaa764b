import GlossCore

/// How an exporter should render one attribute, decided by the value's kind (and, for
/// identifiers, by a known name), so every exporter treats unknown annotators alike:
/// references become the format's relation, identifiers its normalisation or link,
/// short code-like strings and booleans categorical labels, everything else a note.
enum AttributeRole: Equatable {
    /// Ids of other annotations in the same document (`.reference`, or a list of them).
    case references([AnnotationID])
    /// An entry of an external knowledge base.
    case identifier(KnowledgeBase, entry: String)
    /// A value from a small closed vocabulary (`direct`, `positive`, `PPLC`, `true`).
    case category(String)
    /// Anything else: numbers, free text, lists, objects.
    case other

    /// The role without the strings and ids it carries: copying it retains nothing.
    enum Kind: Equatable { case references, identifier(KnowledgeBase), category, other }

    var kind: Kind {
        switch self {
        case .references: .references
        case .identifier(let base, _): .identifier(base)
        case .category: .category
        case .other: .other
        }
    }

    /// The role of a value whose attribute's name points into `knowledgeBase`
    /// (`KnowledgeBase.forAttribute(name)`, nil for most names).
    static func of(_ value: AttributeValue, knowledgeBase: KnowledgeBase?) -> AttributeRole {
        if let base = knowledgeBase, let entry = base.entry(from: value) {
            return .identifier(base, entry: entry)
        }
        switch value {
        case .reference(let id):
            return .references([id])
        case .list(let items) where !items.isEmpty && items.allSatisfy({ $0.referenceValue != nil }):
            return .references(items.compactMap(\.referenceValue))
        case .bool(let flag):
            return .category(flag ? "true" : "false")
        case .string(let text) where isCategoryLike(text):
            return .category(text)
        default:
            return .other
        }
    }

    /// Lower-case words and upper-case codes up to 32 characters: `direct`, `said`,
    /// `money`, `US`, `PPLC`. Capitalised words (names) and anything with spaces are free
    /// text. The character set is also what brat allows in attribute values.
    static func isCategoryLike(_ text: String) -> Bool {
        text.withUTF8Buffer { isCategoryLike($0) }
    }

    static func isCategoryLike(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...32).contains(utf8.count) else { return false }
        var sawLower = false, sawUpper = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): sawLower = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): sawUpper = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): continue
            default: return false
            }
        }
        return !(sawLower && sawUpper)
    }
}

/// External knowledge bases that Gloss attributes point into, by attribute name.
enum KnowledgeBase: String, CaseIterable {
    case geoNames = "GeoNames"

    static func forAttribute(_ name: String) -> KnowledgeBase? {
        name == "geonames_id" ? .geoNames : nil
    }

    /// The entry id as text, from a string or integer value.
    func entry(from value: AttributeValue) -> String? {
        switch value {
        case .integer(let number): return String(number)
        case .string(let text) where !text.isEmpty && isNumber(text): return text
        default: return nil
        }
    }

    /// The entry's canonical IRI (GeoNames' semantic web form): the entry between these.
    var iriAround: (prefix: StaticString, suffix: StaticString) {
        switch self {
        case .geoNames: ("https://sws.geonames.org/", "/")
        }
    }

    /// Digits, checked on bytes unless the text has other than ASCII (Character's test is slow).
    private func isNumber(_ text: String) -> Bool {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        return ascii ? text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } : text.allSatisfy(\.isNumber)
    }

    func iri(for entry: String) -> String { "\(iriAround.prefix)\(entry)\(iriAround.suffix)" }
}
