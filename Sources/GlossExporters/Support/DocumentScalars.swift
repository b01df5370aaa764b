import GlossCore

/// A document's text as UTF-8 bytes addressed by the scalar offsets every annotation
/// uses: GlossCore's `ScalarOffsets` finds a slice's bytes in O(1), so exporters copy text
/// in bulk instead of re-encoding it scalar by scalar. Built once per document and format.
struct DocumentScalars {
    let utf8: [UInt8]
    let offsets: ScalarOffsets

    init(_ text: String) {
        utf8 = Array(text.utf8)
        offsets = ScalarOffsets(utf8: utf8)
    }

    var count: Int { offsets.scalarCount }

    /// The UTF-8 bytes of the scalar range `range`, clipped to the document.
    func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> {
        utf8[offsets.bytes(forScalars: range.clamped(to: 0..<count))]
    }

    /// The text of `range`, clipped to the document.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes(range), as: UTF8.self) }

    /// Up to `length` scalars before `offset` (W3C TextQuoteSelector prefix).
    func prefix(before offset: Int, length: Int) -> ArraySlice<UInt8> { bytes(max(0, offset - length)..<offset) }

    /// Up to `length` scalars from `offset` (W3C TextQuoteSelector suffix).
    func suffix(from offset: Int, length: Int) -> ArraySlice<UInt8> { bytes(offset..<min(count, offset + length)) }
}
