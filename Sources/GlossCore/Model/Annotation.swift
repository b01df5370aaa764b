/// Identifies an annotation within its document: `<annotator instance id>-<n>`.
public typealias AnnotationID = String

/// One standoff annotation. Offsets are Unicode scalars, half-open, and `text` is always
/// the document text's `[start, end)` slice (the core builds it; annotators cannot set it).
public struct Annotation: Sendable, Hashable {
    public let id: AnnotationID
    public let type: String
    public let start: Int
    public let end: Int
    public let text: String
    /// The id of the annotator instance that made it.
    public let annotator: String
    public internal(set) var attributes: Attributes

    public init(
        id: AnnotationID, type: String, start: Int, end: Int, text: String, annotator: String,
        attributes: Attributes
    ) {
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.annotator = annotator
        self.attributes = attributes
    }

    public subscript(attribute name: String) -> AttributeValue? { attributes[name] }
}
