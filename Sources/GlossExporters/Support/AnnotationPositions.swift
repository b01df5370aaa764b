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
        // A one-word filter on each id's length and first byte: most ids cannot be referenced and
        // are ruled out without hashing them.
        let mayBeReferenced = referenced.reduce(UInt64(0)) { $0 | Self.filterBit(of: $1) }
        for position in annotations.indices where mayBeReferenced & Self.filterBit(of: annotations[position].id) != 0 {
            if referenced.contains(annotations[position].id) { positionOf[annotations[position].id] = position }
        }
        self.positionOf = positionOf
    }

    @inline(__always)
    private static func filterBit(of id: AnnotationID) -> UInt64 {
        let utf8 = id.utf8
        return 1 &<< UInt64((utf8.count &* 7 &+ Int(utf8.first ?? 0)) & 63)
    }

    /// The position of the annotation `id` names, if the document has it (and a reference names it).
    func position(of id: AnnotationID) -> Int? { positionOf[id] }

    func contains(_ id: AnnotationID) -> Bool { positionOf[id] != nil }
}
