import GlossCore

/// A document's text as an array of Unicode scalars, so exporters can slice by the
/// scalar offsets every annotation uses in O(1). Built once per document and format.
struct DocumentScalars {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The text of `range`, clipped to the document.
    func text(_ range: Range<Int>) -> String {
        let clipped = range.clamped(to: 0..<scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[clipped])
        return String(view)
    }

    /// Up to `length` scalars before `offset` (W3C TextQuoteSelector prefix).
    func prefix(before offset: Int, length: Int) -> String { text(max(0, offset - length)..<offset) }

    /// Up to `length` scalars from `offset` (W3C TextQuoteSelector suffix).
    func suffix(from offset: Int, length: Int) -> String { text(offset..<min(scalars.count, offset + length)) }
}
