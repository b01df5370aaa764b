/// Identifies an annotation within its document: `<annotator instance id>-<n>`.
public typealias AnnotationID = String

/// One standoff annotation. Offsets are Unicode scalars, half-open, and `text` is always
/// the document text's `[start, end)` slice (the core builds it; annotators cannot set it).
public struct Annotation: Sendable, Hashable {
    public let id: AnnotationID
    public let type: String
    public let start: Int
    public let end: Int
    /// The covered text, sharing the document's storage: made by the hundred thousand, a
    /// copy of each would cost an allocation and a UTF-8 check apiece.
    public let textSlice: Substring
    /// The id of the annotator instance that made it.
    public let annotator: String
    public internal(set) var attributes: Attributes

    public init(
        id: AnnotationID, type: String, start: Int, end: Int, text: String, annotator: String,
        attributes: Attributes
    ) {
        self.init(id: id, type: type, start: start, end: end, textSlice: Substring(text), annotator: annotator, attributes: attributes)
    }

    init(id: AnnotationID, type: String, start: Int, end: Int, textSlice: Substring, annotator: String, attributes: Attributes) {
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        self.textSlice = textSlice
        self.annotator = annotator
        self.attributes = attributes
    }

    /// The covered text (a copy of `textSlice`).
    public var text: String { String(textSlice) }

    public subscript(attribute name: String) -> AttributeValue? { attributes[name] }
}
