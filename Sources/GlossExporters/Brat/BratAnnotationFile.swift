import GlossCore

/// Builds one `.ann` file: a `T` line per annotation followed by its `R` (references),
/// `A` (categories), `N` (knowledge-base ids) lines and one `#` note with the Gloss id,
/// the annotator and every other attribute.
struct BratAnnotationFile: ~Copyable {
    private let prepared: PreparedDocument
    /// Every annotation's fragments, flat: annotation `i` has `fragments[fragmentStarts[i]..<fragmentStarts[i + 1]]`.
    private var fragments = [Range<Int>]()
    private var fragmentStarts = [Int]()
    /// The number of each annotation's `T` line; 0 for a span with no visible text
    /// (empty, or only line breaks), which cannot be a T line.
    private var entityNumbers = [Int]()
    private var names: BratRenderedNames
    /// A note's number is its T line's: each T line has one note.
    private var entity = BratLineNumber(), relation = BratLineNumber(), attribute = BratLineNumber(), normalization = BratLineNumber()

    static func make(_ document: AnnotatedDocument, prepared: PreparedDocument) -> [UInt8] {
        var file = BratAnnotationFile(annotations: document.annotations, prepared: prepared)
        return OutputBytes.array(reservingCapacity: prepared.estimatedSize(withText: false, attributeWeight: 1, perAnnotation: 130)) { out in
            for index in document.annotations.indices { file.write(index, to: &out) }
        }
    }

    private init(annotations: [Annotation], prepared: PreparedDocument) {
        self.prepared = prepared
        names = BratRenderedNames(prepared)
        let lineBreaks = BratFragments.LineBreaks(prepared.text)
        fragments.reserveCapacity(annotations.count + 16)
        fragmentStarts.reserveCapacity(annotations.count + 1)
        entityNumbers.reserveCapacity(annotations.count)
        var entities = 0
        for index in annotations.indices {
            let before = fragments.count
            fragmentStarts.append(before)
            lineBreaks.split(annotations[index].start..<annotations[index].end, into: &fragments)
            if fragments.count > before { entities += 1 }
            entityNumbers.append(fragments.count > before ? entities : 0)
        }
        fragmentStarts.append(fragments.count)
    }

    /// Reads strings from `prepared` and attributes in place by index: reading an annotation's
    /// strings, or binding an attribute, would retain and release each string.
    private mutating func write(_ index: Int, to out: inout OutputBytes) {
        guard entityNumbers[index] > 0 else { return }
        entity.advance()
        let pieces = fragmentStarts[index]..<fragmentStarts[index + 1]
        let type = prepared.type(of: index)
        out.append("T"); entity.append(to: &out)
        names.appendTypeField(type, to: &out)
        for piece in pieces {
            if piece > pieces.lowerBound { out.append(";") }
            out.appendDecimal(fragments[piece].lowerBound); out.append(" "); out.appendDecimal(fragments[piece].upperBound)
        }
        out.append("\t"); appendCovered(pieces, to: &out); out.append("\n")

        let attributes = prepared.attributes(of: index)
        // References to annotations without a T line cannot be relations; they are noted below.
        var unrelatedReferences = false
        for position in attributes.indices {
            switch attributes[position].kind {
            case .references:
                guard case .references(let ids) = attributes[position].role else { continue }
                for target in ids {
                    guard let targetEntity = entityNumber(of: target) else { unrelatedReferences = true; continue }
                    relation.advance()
                    out.append("R"); relation.append(to: &out); out.append("\t")
                    BratNames.appendRelation(forAttribute: prepared.utf8(attributes[position].nameUTF8), to: &out)
                    out.append(" Arg1:T"); entity.append(to: &out); out.append(" Arg2:T"); out.appendDecimal(targetEntity); out.append("\n")
                }
            case .identifier(let base):
                normalization.advance()
                out.append("N"); normalization.append(to: &out); out.append("\tReference T"); entity.append(to: &out)
                out.append(" "); out.append(string: base.rawValue); out.append(":"); out.append(prepared.utf8(attributes[position].textUTF8!))
                out.append("\t")
                appendCovered(pieces, to: &out); out.append("\n")
            case .category:
                attribute.advance()
                out.append("A"); attribute.append(to: &out); out.append("\t")
                names.appendAttributeName(prepared.utf8(attributes[position].nameUTF8), ofType: type, typeUTF8: prepared.utf8(type), to: &out)
                out.append(" T"); entity.append(to: &out); out.append(" "); out.append(prepared.utf8(attributes[position].textUTF8!))
                out.append("\n")
            case .other:
                continue // noted below
            }
        }

        out.append("#"); entity.append(to: &out); out.append("\tAnnotatorNotes T"); entity.append(to: &out)
        out.append("\tgloss_id="); BratFragments.appendSingleLine(prepared.idUTF8(of: index), to: &out)
        names.appendAnnotatorPart(prepared.annotator(of: index), to: &out)
        for position in attributes.indices {
            let name = prepared.utf8(attributes[position].nameUTF8)
            switch attributes[position].kind {
            case .references:
                guard unrelatedReferences, case .references(let ids) = attributes[position].role else { continue }
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

    /// The span's text as brat compares it: the fragments joined by one space.
    private func appendCovered(_ pieces: Range<Int>, to out: inout OutputBytes) {
        for piece in pieces {
            if piece > pieces.lowerBound { out.append(" ") }
            prepared.text.append(fragments[piece], to: &out)
        }
    }

    /// Static, so that the closures in the mutating writer that call it do not capture the file.
    private static func appendNotePart(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append("; ")
        BratFragments.appendSingleLine(name, to: &out)
        out.append("=")
        BratFragments.appendSingleLine(value, to: &out)
    }
}
