/// What the XMI of a document writes for each of its types and annotators, worked out
/// once per document rather than per annotation: each type's span layout, and for each pair
/// of an annotator and a type the escaped ` annotator="…"` and (for types written as
/// `gloss.Annotation`) ` label="…"`, rendered when first met.
struct XMISymbolFragments: ~Copyable {
    /// The span type of each symbol (`DocumentSymbol.number`) as a Gloss type.
    let layouts: [XMISpanLayout]
    private let prepared: PreparedDocument
    private var bytes = OutputBytes(reservingCapacity: 256)
    /// Where each pair's fragment is in `bytes`, at annotator × symbol count + type.
    private var pairs: [Range<Int>?]

    init(_ prepared: PreparedDocument) {
        self.prepared = prepared
        layouts = (0..<prepared.symbolCount).map { UIMATypeSystem.layout(forGlossType: prepared.string(DocumentSymbol(number: $0))) }
        pairs = Array(repeating: nil, count: layouts.count * layouts.count)
    }

    /// ` annotator="…"`, then ` label="…"` when the type is written as `gloss.Annotation`.
    mutating func appendAnnotatorAndLabel(annotator: DocumentSymbol, type: DocumentSymbol, to out: inout OutputBytes) {
        let pair = annotator.number &* layouts.count &+ type.number
        if pairs[pair] == nil {
            let first = bytes.byteCount
            appendFeature(" annotator=\"", prepared.utf8(annotator))
            if layouts[type.number].isGeneric { appendFeature(" label=\"", prepared.utf8(type)) }
            pairs[pair] = first..<bytes.byteCount
        }
        out.append(bytes.written(pairs[pair]!))
    }

    private mutating func appendFeature(_ start: StaticString, _ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(start)
        bytes.appendXMLAttribute(value)
        bytes.append(byte: UInt8(ascii: "\""))
    }
}
