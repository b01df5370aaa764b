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
        for step in steps {
            context.annotatorID = step.id
            do {
                try step.annotator.annotate(context)
            } catch {
                throw DocumentError(document: document.id, problem: .annotatorFailed(annotator: step.id, message: "\(error)"))
            }
        }
        let stepOrder = Dictionary(uniqueKeysWithValues: steps.enumerated().map { ($1.id, $0) })
        let ordered = context.annotations.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            let (stepA, stepB) = (stepOrder[a.annotator] ?? 0, stepOrder[b.annotator] ?? 0)
            if stepA != stepB { return stepA < stepB }
            return left.offset < right.offset
        }.map(\.element)
        return AnnotatedDocument(document: document, annotations: ordered)
    }
}
