import GlossCore

/// `spacy`: spaCy `Doc` JSON (what `Doc.to_json` writes and `Doc.from_json` reads) per
/// document in `spacy/<id>.json`. Annotations go to `spans`, one group per type (spans
/// may overlap, `ents` may not), `sentence` annotations also to `sents`; each span's
/// Gloss id and attributes are span extensions `gloss_id` and `gloss_<attribute>`,
/// and a knowledge-base id is its `kb_id`.
public struct SpaCyExporter: Exporter {
    public static let name = "spacy"
    public static let summary = "spaCy Doc JSON (Doc.from_json), spacy/<id>.json per document"

    public init(context: ExportContext) {}

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        let path = "spacy/" + OutputPaths.relativePath(forDocumentID: document.document.id, extension: "json")
        return [OutputFile(path: path, bytes: Self.doc(for: document))]
    }

    /// Written with fixed JSON fragments (the shape never varies), compact like `JSONWriter`'s output.
    static func doc(for annotated: AnnotatedDocument) -> [UInt8] {
        let text = DocumentScalars(annotated.document.text)
        // spaCy spans cannot be empty; Gloss's are only in odd cases (a zero-width match).
        let annotations = annotated.annotations.allSatisfy { $0.end > $0.start }
            ? annotated.annotations : annotated.annotations.filter { $0.end > $0.start }
        let tokens = SpaCyTokens.make(text, boundaries: annotations.indices.map { annotations[$0].start..<annotations[$0].end })
        var out = OutputBytes(reservingCapacity: text.utf8.count * 2 + tokens.count * 32 + annotations.count * 200 + 256)
        out.append(#"{"text":"#); out.appendJSONString(annotated.document.text)
        out.append(#","tokens":["#)
        for (index, token) in tokens.enumerated() {
            if index > 0 { out.append(",") }
            out.append(#"{"id":"#); out.appendDecimal(index)
            out.append(#","start":"#); out.appendDecimal(token.lowerBound)
            out.append(#","end":"#); out.appendDecimal(token.upperBound)
            out.append("}")
        }
        out.append("]")
        writeSpans(annotations, to: &out)
        out.append(#","sents":["#)
        var first = true
        // Index loops read single fields: binding whole annotations would retain and release each of their strings.
        for index in annotations.indices where annotations[index].type == "sentence" {
            if !first { out.append(",") }
            out.append(#"{"start":"#); out.appendDecimal(annotations[index].start)
            out.append(#","end":"#); out.appendDecimal(annotations[index].end)
            out.append("}")
            first = false
        }
        out.append(#"],"_":{"gloss_document":"#); out.appendJSONString(annotated.document.id)
        out.append("}")
        writeExtensions(annotations, to: &out)
        out.append("}\n")
        return out.finish()
    }

    /// `spans`: one group per type, in the order the types first occur.
    private static func writeSpans(_ annotations: [Annotation], to out: inout OutputBytes) {
        var groups = [String]()
        var groupOf = [Int]()
        groupOf.reserveCapacity(annotations.count)
        var groupIndex = [String: Int]()
        var previous: (type: String, group: Int)?
        for index in annotations.indices {
            let type = annotations[index].type
            // Types come in runs (sentences, then patterns …): look up only when the type changes.
            if let previous, previous.type == type { groupOf.append(previous.group); continue }
            let group = groupIndex[type] ?? groups.count
            if group == groups.count {
                groupIndex[type] = group
                groups.append(type)
            }
            groupOf.append(group)
            previous = (type, group)
        }
        out.append(#","spans":{"#)
        for (group, type) in groups.enumerated() {
            if group > 0 { out.append(",") }
            out.appendJSONString(type)
            out.append(":[")
            var first = true
            for index in annotations.indices where groupOf[index] == group {
                if !first { out.append(",") }
                out.append(#"{"start":"#); out.appendDecimal(annotations[index].start)
                out.append(#","end":"#); out.appendDecimal(annotations[index].end)
                out.append(#","label":"#); out.appendJSONString(type)
                out.append(#","kb_id":"#)
                if annotations[index].attributes.isEmpty {
                    out.append(#""""#)
                } else {
                    out.appendJSONString(knowledgeBaseIRI(annotations[index]) ?? "")
                }
                out.append("}")
                first = false
            }
            out.append("]")
        }
        out.append("}")
    }

    private static func knowledgeBaseIRI(_ annotation: Annotation) -> String? {
        var iri: String?
        annotation.forEachAttributeByName { name, value in
            if iri == nil, case .identifier(let base, let entry) = AttributeRole.of(name: name, value: value) {
                iri = base.iri(for: entry)
            }
        }
        return iri
    }

    /// `underscore_span`: extension name → values by span offsets.
    private static func writeExtensions(_ annotations: [Annotation], to out: inout OutputBytes) {
        var names = Set<String>()
        for index in annotations.indices where !annotations[index].attributes.isEmpty { names.formUnion(annotations[index].attributes.keys) }
        out.append(#","underscore_span":{"gloss_id":["#)
        for index in annotations.indices {
            extensionValue(of: annotations[index].start..<annotations[index].end, first: index == 0, to: &out)
            out.appendJSONString(annotations[index].id)
            out.append("}")
        }
        out.append("]")
        for name in names.sorted() {
            out.append(#","gloss_"#); out.appendJSONEscaped(name)
            out.append(#"":["#)
            var first = true
            for index in annotations.indices {
                guard !annotations[index].attributes.isEmpty, let value = annotations[index].attributes[name] else { continue }
                extensionValue(of: annotations[index].start..<annotations[index].end, first: first, to: &out)
                out.append(string: value.jsonText)
                out.append("}")
                first = false
            }
            out.append("]")
        }
        out.append("}")
    }

    /// `{"start":…,"end":…,"value":` of one extension value, after a comma unless it is the first.
    private static func extensionValue(of span: Range<Int>, first: Bool, to out: inout OutputBytes) {
        if !first { out.append(",") }
        out.append(#"{"start":"#); out.appendDecimal(span.lowerBound)
        out.append(#","end":"#); out.appendDecimal(span.upperBound)
        out.append(#","value":"#)
    }
}
