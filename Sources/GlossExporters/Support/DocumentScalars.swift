import GlossCore

/// A document's text as UTF-8 bytes addressed by the scalar offsets every annotation
/// uses. Exporters ask for millions of slices (covered text, quote prefixes and suffixes),
/// so this keeps `ScalarOffsets`' dense table of each scalar's byte offset, built in one
/// pass per document, rather than its compact form, which searches for each one.
/// Built once per document (`PreparedDocument`) and shared by every format.
struct DocumentScalars {
    let utf8: [UInt8]
    /// The byte offset of each scalar, and of the end; nil for ASCII text, where they coincide.
    private let byteAtScalar: [Int32]?
    /// The number of scalars.
    let count: Int

    init(_ text: String) {
        utf8 = Array(text.utf8)
        byteAtScalar = ScalarOffsets.denseByteOffsets(of: utf8)
        count = byteAtScalar.map { $0.count - 1 } ?? utf8.count
    }

    /// The bytes of the scalar range `range` (within the document).
    @inline(__always)
    func byteRange(_ range: Range<Int>) -> Range<Int> { byteOffset(ofScalar: range.lowerBound)..<byteOffset(ofScalar: range.upperBound) }

    /// The byte offset of scalar `scalar` (or of the end, at `count`).
    @inline(__always)
    func byteOffset(ofScalar scalar: Int) -> Int {
        guard let byteAtScalar else { return scalar }
        return Int(byteAtScalar[scalar])
    }

    /// Calls `body` with the byte offset of each scalar and of the end, or nil for ASCII text,
    /// where offsets in scalars and bytes coincide.
    func withByteOffsets<Result>(_ body: (UnsafeBufferPointer<Int32>?) -> Result) -> Result {
        guard let byteAtScalar else { return body(nil) }
        return byteAtScalar.withUnsafeBufferPointer { body($0) }
    }

    /// Appends the UTF-8 of the scalar range `scalars`, clipped to the document.
    @inline(__always)
    func append(_ scalars: Range<Int>, to out: inout OutputBytes) {
        let range = byteRange(scalars.clamped(to: 0..<count))
        utf8.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The up to `length` scalars before `offset` (W3C TextQuoteSelector prefix).
    func prefix(before offset: Int, length: Int) -> Range<Int> { max(0, offset - length)..<offset }

    /// The up to `length` scalars from `offset` (W3C TextQuoteSelector suffix).
    func suffix(from offset: Int, length: Int) -> Range<Int> { offset..<min(count, offset + length) }
}
