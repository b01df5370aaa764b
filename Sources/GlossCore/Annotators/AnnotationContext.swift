/// One document being annotated: its text layer, what earlier annotators produced, and
/// the place where the current annotator adds its own. Used on one thread at a time.
public final class AnnotationContext {
    public let document: Document
    public let text: TextLayer
    /// Not checked for exclusive access at run time (these, `currentCount` and `idPrefix`):
    /// the checks cost a sixth of `add`, and a context is used on one thread at a time.
    @exclusivity(unchecked) public private(set) var annotations: [Annotation] = []
    /// For each annotation, the pipeline step that made it (the output order needs it).
    @exclusivity(unchecked) private(set) var stepOfAnnotation: [Int32] = []
    /// Built on first lookup by id: most annotators never look one up.
    private var indexByID: [AnnotationID: Int] = [:]
    private var indexedCount = 0
    /// Annotations made so far by each annotator instance but the current one.
    private var counters: [String: Int] = [:]
    @exclusivity(unchecked) private var currentCount = 0
    /// The instance whose annotations are being added; set by the pipeline.
    var annotatorID = "" {
        didSet {
            // Counts only grow, so a zero needs no entry (a dictionary costs an allocation).
            if currentCount > 0 { counters[oldValue] = currentCount }
            currentCount = counters[annotatorID] ?? 0
            idPrefix = Array((annotatorID + "-").utf8)
        }
    }
    @exclusivity(unchecked) private var idPrefix = Array("-".utf8)
    var stepIndex: Int32 = 0

    public init(document: Document) {
        self.document = document
        self.text = TextLayer(text: document.text)
        // Room for a typical article's first annotations at once, not grown from one by doubling.
        annotations.reserveCapacity(16)
        stepOfAnnotation.reserveCapacity(16)
    }

    /// Adds an annotation over a UTF-8 byte range of the text, which must start and end on
    /// scalar boundaries. Returns its id, stable for the same input and configuration.
    @discardableResult
    public func add(_ type: String, bytes: Range<Int>, attributes: Attributes = [:]) -> AnnotationID {
        precondition(bytes.lowerBound >= 0 && bytes.upperBound <= text.utf8.count, "span \(bytes) is outside the document")
        precondition(isScalarBoundary(bytes.lowerBound) && isScalarBoundary(bytes.upperBound), "span \(bytes) splits a character")
        return append(type, scalars: text.offsets.scalars(forBytes: bytes), bytes: bytes, attributes: attributes)
    }

    /// Adds an annotation over Unicode scalar offsets (for annotators that do not work on
    /// bytes, such as external programs). Throws when the range is out of the document.
    @discardableResult
    public func add(_ type: String, scalars: Range<Int>, attributes: Attributes = [:]) throws -> AnnotationID {
        guard scalars.lowerBound >= 0, scalars.upperBound <= text.offsets.scalarCount else {
            throw AnnotatorFailure("span [\(scalars.lowerBound), \(scalars.upperBound)) is outside the document (length \(text.offsets.scalarCount))")
        }
        return append(type, scalars: scalars, bytes: text.offsets.bytes(forScalars: scalars), attributes: attributes)
    }

    /// Sets an attribute on an annotation added earlier, e.g. a reference found later.
    public func setAttribute(_ name: String, _ value: AttributeValue, on id: AnnotationID) {
        guard let index = index(of: id) else { preconditionFailure("no annotation with id \(id)") }
        annotations[index].attributes[name] = value
    }

    /// How many annotations the document has so far: the position the next one will take.
    public var annotationCount: Int { annotations.count }

    /// Sets an attribute on the annotation at `position` in `annotations` (its count when the
    /// annotation was added): for annotators that link their own annotations, where finding
    /// one by id would index every id of the document.
    public func setAttribute(_ name: String, _ value: AttributeValue, onAnnotationAt position: Int) {
        precondition(annotations.indices.contains(position), "no annotation at position \(position)")
        annotations[position].attributes[name] = value
    }

    public func annotation(withID id: AnnotationID) -> Annotation? {
        index(of: id).map { annotations[$0] }
    }

    public func annotations(ofType type: String) -> [Annotation] {
        annotations.filter { $0.type == type }
    }

    private func index(of id: AnnotationID) -> Int? {
        while indexedCount < annotations.count {
            indexByID[annotations[indexedCount].id] = indexedCount
            indexedCount += 1
        }
        return indexByID[id]
    }

    private func append(_ type: String, scalars: Range<Int>, bytes: Range<Int>, attributes: Attributes) -> AnnotationID {
        currentCount += 1
        let id = Self.id(prefix: idPrefix, number: currentCount)
        let utf8 = document.text.utf8
        let slice = document.text[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)]
        annotations.append(Annotation(
            id: id, type: type, start: scalars.lowerBound, end: scalars.upperBound, textSlice: slice,
            annotator: annotatorID, attributes: attributes))
        stepOfAnnotation.append(stepIndex)
        return id
    }

    /// `<prefix><number>` written in one go (concatenating Strings costs several times more).
    private static func id(prefix: [UInt8], number: Int) -> AnnotationID {
        DecimalDigits.withDigits(of: number) { digits in
            String(unsafeUninitializedCapacity: prefix.count + digits.count) { buffer in
                let afterPrefix = buffer.initialize(fromContentsOf: prefix)
                return UnsafeMutableBufferPointer(rebasing: buffer[afterPrefix...]).initialize(fromContentsOf: digits) + afterPrefix
            }
        }
    }

    private func isScalarBoundary(_ byte: Int) -> Bool {
        byte == text.utf8.count || text.utf8[byte] & 0xC0 != 0x80
    }
}
