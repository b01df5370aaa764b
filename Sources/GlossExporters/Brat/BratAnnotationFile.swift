import GlossCore

/// Builds one `.ann` file: a `T` line per annotation followed by its `R` (references),
/// `A` (categories), `N` (knowledge-base ids) lines and one `#` note with the Gloss id,
/// the annotator and every other attribute.
struct BratAnnotationFile {
    private let prepared: PreparedDocument
    /// Every annotation's fragments, flat: annotation `i` has `fragments[fragmentEnds[i - 1]..<fragmentEnds[i]]`.
    private var fragments = [Range<Int>]()
    private var fragmentEnds = [Int]()
    /// The number of each annotation's `T` line; 0 for a span with no visible text
    /// (empty, or only line breaks), which cannot be a T line.
    private var entityNumbers = [Int]()
    private var counters = (relation: 0, attribute: 0, normalization: 0, note: 0)

    static func make(_ document: AnnotatedDocument, prepared: PreparedDocument) -> [UInt8] {
        var file = BratAnnotationFile(annotations: document.annotations, prepared: prepared)
        return OutputBytes.array(reservingCapacity: prepared.estimatedSize(withText: false, attributeWeight: 1, perAnnotation: 130)) { out in
            for index in document.annotations.indices { file.write(index, to: &out) }
        }
    }

    private init(annotations: [Annotation], prepared: PreparedDocument) {
        self.prepared = prepared
        let lineBreaks = BratFragments.LineBreaks(prepared.text)
        fragments.reserveCapacity(annotations.count + 16)
        fragmentEnds.reserveCapacity(annotations.count)
        entityNumbers.reserveCapacity(annotations.count)
        var entities = 0
        for index in annotations.indices {
            let before = fragments.count
            lineBreaks.split(annotations[index].start..<annotations[index].end, into: &fragments)
            fragmentEnds.append(fragments.count)
            if fragments.count > before { entities += 1 }
            entityNumbers.append(fragments.count > before ? entities : 0)
        }
    }

    /// Reads strings from `prepared` and attributes in place by index: reading an annotation's
    /// strings, or binding an attribute, would retain and release each string.
    private mutating func write(_ index: Int, to out: inout OutputBytes) {
        let entity = entityNumbers[index]
        guard entity > 0 else { return }
        let pieces = fragments[(index == 0 ? 0 : fragmentEnds[index - 1])..<fragmentEnds[index]]
        out.append("T"); out.appendDecimal(entity); out.append("\t")
        let type = prepared.utf8(prepared.type(of: index))
        BratNames.appendType(type, to: &out)
        out.append(" ")
        for (number, piece) in pieces.enumerated() {
            if number > 0 { out.append(";") }
            out.appendDecimal(piece.lowerBound); out.append(" "); out.appendDecimal(piece.upperBound)
        }
        out.append("\t"); Self.appendCovered(pieces, of: prepared.text, to: &out); out.append("\n")

        let attributes = prepared.attributes(of: index)
        for position in attributes.indices {
            switch attributes[position].kind {
            case .references:
                guard case .references(let ids) = attributes[position].role else { continue }
                for target in ids {
                    guard let targetEntity = entityNumber(of: target) else { continue } // noted below
                    counters.relation += 1
                    out.append("R"); out.appendDecimal(counters.relation); out.append("\t")
                    BratNames.appendRelation(forAttribute: prepared.utf8(attributes[position].nameUTF8), to: &out)
                    out.append(" Arg1:T"); out.appendDecimal(entity); out.append(" Arg2:T"); out.appendDecimal(targetEntity); out.append("\n")
                }
            case .identifier(let base):
                counters.normalization += 1
                out.append("N"); out.appendDecimal(counters.normalization); out.append("\tReference T"); out.appendDecimal(entity)
                out.append(" "); out.append(string: base.rawValue); out.append(":"); out.append(prepared.utf8(attributes[position].textUTF8!))
                out.append("\t")
                Self.appendCovered(pieces, of: prepared.text, to: &out); out.append("\n")
            case .category:
                counters.attribute += 1
                out.append("A"); out.appendDecimal(counters.attribute); out.append("\t")
                BratNames.appendAttribute(prepared.utf8(attributes[position].nameUTF8), ofType: type, to: &out)
                out.append(" T"); out.appendDecimal(entity); out.append(" "); out.append(prepared.utf8(attributes[position].textUTF8!))
                out.append("\n")
            case .other:
                continue // noted below
            }
        }

        counters.note += 1
        out.append("#"); out.appendDecimal(counters.note); out.append("\tAnnotatorNotes T"); out.appendDecimal(entity)
        out.append("\tgloss_id="); BratFragments.appendSingleLine(prepared.idUTF8(of: index), to: &out)
        out.append("; annotator="); BratFragments.appendSingleLine(prepared.utf8(prepared.annotator(of: index)), to: &out)
        for position in attributes.indices {
            let name = prepared.utf8(attributes[position].nameUTF8)
            switch attributes[position].kind {
            case .references:
                guard case .references(let ids) = attributes[position].role else { continue }
                // A reference to an annotation without a T line cannot be a relation.
                for target in ids where entityNumber(of: target) == nil {
                    prepared.withValueJSON(attributes[position]) { Self.appendNotePart(name, $0, to: &out) }
                }
            case .other:
                prepared.withDisplayText(attributes[position]) { Self.appendNotePart(name, $0, to: &out) }
            case .identifier, .category:
                continue
            }
        }
        out.append("\n")
    }

    private func entityNumber(of id: AnnotationID) -> Int? {
        guard let position = prepared.positions.position(of: id), entityNumbers[position] > 0 else { return nil }
        return entityNumbers[position]
    }

    /// The span's text as brat compares it: the fragments joined by one space. (The helpers are
    /// static: called from closures in the mutating writer, methods would copy the whole file.)
    private static func appendCovered(_ pieces: ArraySlice<Range<Int>>, of text: borrowing DocumentScalars, to out: inout OutputBytes) {
        for (number, piece) in pieces.enumerated() {
            if number > 0 { out.append(" ") }
            text.append(piece, to: &out)
        }
    }

    private static func appendNotePart(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append("; ")
        BratFragments.appendSingleLine(name, to: &out)
        out.append("=")
        BratFragments.appendSingleLine(value, to: &out)
    }
}
