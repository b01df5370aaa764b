/// What every annotation of a document writes the same way, whatever its span and values:
/// each type's tagging body, each annotator's body, and the target up to its first offset,
/// rendered once per document and copied into each annotation.
struct WebAnnotationFragments: ~Copyable {
    private var bytes: OutputBytes
    /// By symbol number (`DocumentSymbol`): the body of the symbol as a type, and as an annotator.
    private var taggingBodies = [Range<Int>](), annotatorBodies = [Range<Int>]()
    private var targetStart = 0..<0

    init(prepared: PreparedDocument, iris: WebAnnotationIRIs) {
        bytes = OutputBytes(reservingCapacity: 256)
        for number in 0..<prepared.symbolCount {
            let utf8 = prepared.utf8(DocumentSymbol(number: number))
            taggingBodies.append(written { WebAnnotationExporter.taggingBody(utf8, to: &$0) })
            annotatorBodies.append(written { WebAnnotationExporter.annotatorBody(utf8, to: &$0) })
        }
        targetStart = written { out in
            out.append(#"],"target":{"type":"SpecificResource","source":""#); out.append(string: iris.document)
            out.append(#"","selector":[{"type":"TextPositionSelector","start":"#)
        }
    }

    private mutating func written(_ write: (inout OutputBytes) -> Void) -> Range<Int> {
        let start = bytes.byteCount
        write(&bytes)
        return start..<bytes.byteCount
    }

    func appendTaggingBody(of type: DocumentSymbol, to out: inout OutputBytes) { out.append(bytes.written(taggingBodies[type.number])) }

    func appendAnnotatorBody(of annotator: DocumentSymbol, to out: inout OutputBytes) {
        out.append(bytes.written(annotatorBodies[annotator.number]))
    }

    /// `],"target":{…"start":`, from the end of the bodies to the span's first offset.
    func appendTargetStart(to out: inout OutputBytes) { out.append(bytes.written(targetStart)) }
}
