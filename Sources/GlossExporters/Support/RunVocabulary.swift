import GlossCore
import Synchronization

/// The types, categorical values and relations seen in a run. brat's annotation.conf and
/// Label Studio's labelling config must declare every value a document uses, and values
/// are only known once documents are exported, so exporters record what each document
/// used here (one merge per document, thread-safe, order-independent) and `runFiles()`
/// writes the declarations, sorted, when the run is over.
final class RunVocabulary: Sendable {
    struct Snapshot: Sendable {
        /// Annotation types the annotators declare or the documents use, sorted, so the
        /// declarations do not depend on which document came first.
        var types: [String] { typeSet.sorted() }
        private var typeSet = Set<String>()
        /// `(type, attribute)` → values.
        var categories: [TypeAttribute: Set<String>] = [:]
        /// Reference attribute name → the types it links from and to.
        var relations: [String: (from: Set<String>, to: Set<String>)] = [:]

        mutating func addType(_ type: String) { typeSet.insert(type) }

        mutating func merge(_ other: Snapshot) {
            typeSet.formUnion(other.typeSet)
            for (key, values) in other.categories { categories[key, default: []].formUnion(values) }
            for (name, ends) in other.relations {
                var merged = relations[name] ?? ([], [])
                merged.from.formUnion(ends.from)
                merged.to.formUnion(ends.to)
                relations[name] = merged
            }
        }
    }

    struct TypeAttribute: Hashable, Comparable, Sendable {
        let type: String
        let attribute: String

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.type, lhs.attribute) < (rhs.type, rhs.attribute) }
    }

    private let state: Mutex<Snapshot>

    init(context: ExportContext) {
        var initial = Snapshot()
        for annotator in context.annotators { for type in annotator.emits { initial.addType(type) } }
        state = Mutex(initial)
    }

    func record(_ used: Snapshot) { state.withLock { $0.merge(used) } }

    var snapshot: Snapshot { state.withLock { $0 } }

    /// What one document uses: its types, categorical attribute values and references.
    static func used(by annotations: [Annotation]) -> Snapshot {
        var used = Snapshot()
        let positions = AnnotationPositions(annotations)
        var previousType: String?
        for annotation in annotations {
            // Documents list long runs of one type (sentences); a set insert hashes the name.
            if annotation.type != previousType { used.addType(annotation.type) }
            previousType = annotation.type
            for (name, value) in annotation.attributes {
                switch AttributeRole.of(name: name, value: value) {
                case .category(let category):
                    used.categories[TypeAttribute(type: annotation.type, attribute: name), default: []].insert(category)
                case .references(let ids):
                    let targets = ids.compactMap { positions.position(of: $0).map { annotations[$0].type } }
                    guard !targets.isEmpty else { continue }
                    var ends = used.relations[name] ?? ([], [])
                    ends.from.insert(annotation.type)
                    ends.to.formUnion(targets)
                    used.relations[name] = ends
                case .identifier, .other:
                    continue
                }
            }
        }
        return used
    }
}
