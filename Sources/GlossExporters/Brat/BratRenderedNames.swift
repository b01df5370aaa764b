import GlossCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names `.ann` lines repeat, rendered once per document: each symbol's `\t<type> ` for
/// T lines and `; annotator=<id>` for notes, and each categorical attribute's
/// `<type>_<attribute>` the first time a type uses it. Checked and escaped at every use,
/// they cost a fifth of writing the file.
struct BratRenderedNames: ~Copyable {
    private var bytes: OutputBytes
    /// By symbol number.
    private let typeFields: [Range<Int>], annotatorParts: [Range<Int>]
    /// Categorical attribute names by first use, each with its type and rendering. A type's
    /// attributes come in the same order on each of its annotations, so a lookup tries the entry
    /// after the one found last before searching.
    private var attributeNames = [(type: Int, name: Range<Int>, rendered: Range<Int>)]()
    private var nextGuess = 0

    init(_ prepared: PreparedDocument) {
        var bytes = OutputBytes(reservingCapacity: prepared.symbolCount * 64 + 512)
        var typeFields = [Range<Int>](), annotatorParts = [Range<Int>]()
        for number in 0..<prepared.symbolCount {
            let utf8 = prepared.utf8(DocumentSymbol(number: number))
            var start = bytes.byteCount
            bytes.append("\t")
            BratNames.appendType(utf8, to: &bytes)
            bytes.append(" ")
            typeFields.append(start..<bytes.byteCount)
            start = bytes.byteCount
            bytes.append("; annotator=")
            BratFragments.appendSingleLine(utf8, to: &bytes)
            annotatorParts.append(start..<bytes.byteCount)
        }
        self.bytes = bytes
        self.typeFields = typeFields
        self.annotatorParts = annotatorParts
    }

    /// `\t<type> `: the type between a T line's number and its offsets.
    func appendTypeField(_ type: DocumentSymbol, to out: inout OutputBytes) {
        out.append(bytes.written(typeFields[type.number]))
    }

    /// `; annotator=<id>` in a note.
    func appendAnnotatorPart(_ annotator: DocumentSymbol, to out: inout OutputBytes) {
        out.append(bytes.written(annotatorParts[annotator.number]))
    }

    /// `BratNames.attribute(name, ofType: type)`.
    mutating func appendAttributeName(_ name: UnsafeBufferPointer<UInt8>, ofType type: DocumentSymbol,
                                      typeUTF8: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        let known = nextGuess < attributeNames.count && isAttribute(nextGuess, name, of: type)
            ? nextGuess : attributeNames.indices.first { isAttribute($0, name, of: type) }
        if let known {
            nextGuess = known + 1
            return out.append(bytes.written(attributeNames[known].rendered))
        }
        let nameStart = bytes.byteCount
        bytes.append(name)
        let renderedStart = bytes.byteCount
        BratNames.appendAttribute(name, ofType: typeUTF8, to: &bytes)
        attributeNames.append((type.number, nameStart..<renderedStart, renderedStart..<bytes.byteCount))
        nextGuess = attributeNames.count
        out.append(bytes.written(renderedStart..<bytes.byteCount))
    }

    private func isAttribute(_ entry: Int, _ name: UnsafeBufferPointer<UInt8>, of type: DocumentSymbol) -> Bool {
        let known = attributeNames[entry]
        guard known.type == type.number, known.name.count == name.count else { return false }
        return name.isEmpty || memcmp(bytes.written(known.name).baseAddress!, name.baseAddress!, name.count) == 0
    }
}
