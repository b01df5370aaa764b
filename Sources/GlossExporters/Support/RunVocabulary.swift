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
        // of categorical attributes and few values of each, met over and over: types are the
        // document's symbols, and names and values are compared as bytes with those seen, which
        // is cheaper than hashing each into a set. Strings come from `prepared` and attributes
        // are read in place by index: reading or binding strings would retain and release each.
        var typeSeen = [Bool](repeating: false, count: prepared.symbolCount)
        // Keys apart from values: scanning keys then copies nothing that is reference-counted.
        var categoryKeys = [(type: DocumentSymbol, name: Range<Int>)](), categoryValues = [[Range<Int>]]()
        var relations = [(name: Range<Int>, from: DocumentSymbol, to: DocumentSymbol)]()
        func same(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
            left.count == right.count && prepared.utf8(left).elementsEqual(prepared.utf8(right))
        }
        for index in annotations.indices {
            let type = prepared.type(of: index)
            if !typeSeen[type.number] {
                typeSeen[type.number] = true
                used.types.append(prepared.string(type))
            }
            let attributes = prepared.attributes(of: index)
            for position in attributes.indices {
                switch attributes[position].kind {
                case .category:
                    let name = attributes[position].nameUTF8, value = attributes[position].textUTF8!
                    if let seen = categoryKeys.firstIndex(where: { $0.type == type && same($0.name, name) }) {
                        if !categoryValues[seen].contains(where: { same($0, value) }) { categoryValues[seen].append(value) }
                    } else {
                        categoryKeys.append((type, name))
                        categoryValues.append([value])
                    }
                case .references:
                    guard case .references(let ids) = attributes[position].role else { continue }
                    let name = attributes[position].nameUTF8
                    for id in ids {
                        guard let target = prepared.positions.position(of: id).map(prepared.type(of:)) else { continue }
                        if !relations.contains(where: { $0.from == type && $0.to == target && same($0.name, name) }) {
                            relations.append((name, type, target))
                        }
                    }
                case .identifier, .other:
                    continue
                }
            }
        }
        func string(_ range: Range<Int>) -> String { String(decoding: prepared.utf8(range), as: UTF8.self) }
        for relation in relations {
            let name = string(relation.name)
            var ends = used.relations[name] ?? ([], [])
            ends.from.insert(prepared.string(relation.from))
            ends.to.insert(prepared.string(relation.to))
            used.relations[name] = ends
        }
        used.categories = zip(categoryKeys, categoryValues).map { key, values in
            (TypeAttribute(type: prepared.string(key.type), attribute: string(key.name)), values.map(string))
        }
        return used
    }
}
