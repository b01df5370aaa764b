/// The configured annotators, in order. Immutable and safe to share between threads.
public struct Pipeline: Sendable {
    public struct Step: Sendable {
        public let id: String
        public let kind: String
        public let annotator: any Annotator

        public init(id: String, kind: String, annotator: any Annotator) {
            self.id = id
            self.kind = kind
            self.annotator = annotator
        }
    }

    public let steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// Runs every step over one document. Annotations come out ordered by start, longer
    /// spans first, then by pipeline order and creation order, so output is deterministic.
    public func annotate(_ document: Document) throws(DocumentError) -> AnnotatedDocument {
        let context = AnnotationContext(document: document)
        for (index, step) in steps.enumerated() {
            context.annotatorID = step.id
            context.stepIndex = Int32(index)
            do {
                try step.annotator.annotate(context)
            } catch {
                throw DocumentError(document: document.id, problem: .annotatorFailed(annotator: step.id, message: "\(error)"))
            }
        }
        let annotations = context.annotations, steps = context.stepOfAnnotation
        let order = annotations.indices.sorted { i, j in
            let (a, b) = (annotations[i], annotations[j])
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if steps[i] != steps[j] { return steps[i] < steps[j] }
            return i < j
        }
        let ordered = order.map { annotations[$0] }
        return AnnotatedDocument(document: document, annotations: ordered)
    }
}
