import GlossCore

/// Where each annotation of a document sits in its list, by id, to resolve reference
/// attributes. Most documents have no reference at all (sentences, patterns), so the
/// table is only built when some attribute could hold one.
struct AnnotationPositions {
    private let positionOf: [AnnotationID: Int]

    init(_ annotations: [Annotation]) {
        guard annotations.contains(where: { $0.attributes.values.contains(where: Self.mayReference) }) else {
            positionOf = [:]
            return
        }
        var positionOf = [AnnotationID: Int](minimumCapacity: annotations.count)
        for (position, annotation) in annotations.enumerated() { positionOf[annotation.id] = position }
        self.positionOf = positionOf
    }

    func position(of id: AnnotationID) -> Int? { positionOf[id] }

    func contains(_ id: AnnotationID) -> Bool { positionOf[id] != nil }

    /// The values `AttributeRole.of` can read as references.
    static func mayReference(_ value: AttributeValue) -> Bool {
        switch value {
        case .reference, .list: return true
        default: return false
        }
    }
}
