import GlossCore

/// Where the annotations that reference attributes name sit in their document's list, by
/// id. Few annotations are ever named (speakers, quotes), so only those are in the table.
struct AnnotationPositions {
    private let positionOf: [AnnotationID: Int]

    /// `referenced`: the ids that reference attributes hold; the table has each one that exists.
    init(_ annotations: [Annotation], referenced: Set<AnnotationID>) {
        guard !referenced.isEmpty else {
            positionOf = [:]
            return
        }
        var positionOf = [AnnotationID: Int](minimumCapacity: referenced.count)
        for position in annotations.indices where referenced.contains(annotations[position].id) {
            positionOf[annotations[position].id] = position
        }
        self.positionOf = positionOf
    }

    /// The position of the annotation `id` names, if the document has it (and a reference names it).
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
