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

        mutating func merge(_ use: DocumentUse) {
            typeSet.formUnion(use.types)
            for (key, values) in use.categories { categories[key, default: []].formUnion(values) }
            for (name, ends) in use.relations {
                var merged = relations[name] ?? ([], [])
                merged.from.formUnion(ends.from)
                merged.to.formUnion(ends.to)
                relations[name] = merged
            }
        }
    }

    /// What one document uses, each value once: lists, which the run's sets absorb in one
    /// merge (hashing each value once per document, not twice).
    struct DocumentUse: Sendable {
        var types: [String] = []
        var categories: [(key: TypeAttribute, values: [String])] = []
        var relations: [String: (from: Set<String>, to: Set<String>)] = [:]
    }

    struct TypeAttribute: Hashable, Comparable, Sendable {
        let type: String
        let attribute: String

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.type, lhs.attribute) < (rhs.type, rhs.attribute) }

        // Every categorical attribute of every document is looked up here; a run has few types,
        // so the attribute name alone spreads keys well, at half the hashing.
        func hash(into hasher: inout Hasher) { hasher.combine(attribute) }
    }

    private let state: Mutex<Snapshot>

    init(context: ExportContext) {
        var initial = Snapshot()
        for annotator in context.annotators { for type in annotator.emits { initial.addType(type) } }
        state = Mutex(initial)
    }

    func record(_ use: DocumentUse) { state.withLock { $0.merge(use) } }

    var snapshot: Snapshot { state.withLock { $0 } }

    /// What one document uses: its types, categorical attribute values and references.
    /// Worked out once per document for all the formats that declare a vocabulary.
    static func used(by document: AnnotatedDocument) -> DocumentUse {
        document.derived.value { used(by: document.annotations, prepared: PreparedDocument.of(document)) }
    }

    private static func used(by annotations: [Annotation], prepared: PreparedDocument) -> DocumentUse {
        var used = DocumentUse()
        // A document has a handful of types, interleaved (sentence, sentiment, quote …), a handful
        // of categorical attributes and few values of each, met over and over: comparing with
        // those seen is cheaper than hashing each into a set (equal names and values usually
        // share storage or fit in a word, so comparing them is a word compare).
        // Index loops read single fields: binding whole annotations or attributes would retain and release each of their strings.
        for index in annotations.indices {
            let type = annotations[index].type
            if !used.types.contains(type) { used.types.append(type) }
            let attributes = prepared.attributes(of: index)
            for position in attributes.indices {
                switch attributes[position].role {
                case .category(let category):
                    let name = attributes[position].name
                    if let seen = used.categories.firstIndex(where: { $0.key.attribute == name && $0.key.type == type }) {
                        if !used.categories[seen].values.contains(category) { used.categories[seen].values.append(category) }
                    } else {
                        used.categories.append((TypeAttribute(type: type, attribute: name), [category]))
                    }
                case .references(let ids):
                    let targets = ids.compactMap { prepared.positions.position(of: $0).map { annotations[$0].type } }
                    guard !targets.isEmpty else { continue }
                    let name = attributes[position].name
                    var ends = used.relations[name] ?? ([], [])
                    ends.from.insert(type)
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
