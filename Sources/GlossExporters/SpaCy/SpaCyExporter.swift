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

    static func doc(for annotated: AnnotatedDocument) -> [UInt8] {
        let text = DocumentScalars(annotated.document.text)
        // spaCy spans cannot be empty; Gloss's are only in odd cases (a zero-width match).
        let annotations = annotated.annotations.filter { $0.end > $0.start }
        let tokens = SpaCyTokens.make(text, boundaries: annotations.map { $0.start..<$0.end })
        var json = JSONWriter(reservingCapacity: annotated.document.text.utf8.count * 2 + tokens.count * 40 + annotations.count * 200)
        json.beginObject()
        json.key("text"); json.string(annotated.document.text)
        json.key("tokens")
        json.beginArray()
        for (index, token) in tokens.enumerated() {
            json.beginObject()
            json.key("id"); json.integer(index)
            json.key("start"); json.integer(token.lowerBound)
            json.key("end"); json.integer(token.upperBound)
            json.endObject()
        }
        json.endArray()
        writeSpans(annotations, to: &json)
        json.key("sents")
        json.beginArray()
        for sentence in annotations where sentence.type == "sentence" {
            json.beginObject(); json.key("start"); json.integer(sentence.start); json.key("end"); json.integer(sentence.end); json.endObject()
        }
        json.endArray()
        json.key("_"); json.beginObject(); json.key("gloss_document"); json.string(annotated.document.id); json.endObject()
        writeExtensions(annotations, to: &json)
        json.endObject()
        json.newline()
        return json.bytes
    }

    private static func writeSpans(_ annotations: [Annotation], to json: inout JSONWriter) {
        var groups = [String]()
        var members = [String: [Annotation]]()
        for annotation in annotations {
            if members[annotation.type] == nil { groups.append(annotation.type) }
            members[annotation.type, default: []].append(annotation)
        }
        json.key("spans")
        json.beginObject()
        for group in groups {
            json.key(group)
            json.beginArray()
            for annotation in members[group]! {
                json.beginObject()
                json.key("start"); json.integer(annotation.start)
                json.key("end"); json.integer(annotation.end)
                json.key("label"); json.string(annotation.type)
                json.key("kb_id"); json.string(knowledgeBaseIRI(annotation) ?? "")
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    private static func knowledgeBaseIRI(_ annotation: Annotation) -> String? {
        for name in annotation.attributes.keys.sorted() {
            if case .identifier(let base, let entry) = AttributeRole.of(name: name, value: annotation.attributes[name]!) {
                return base.iri(for: entry)
            }
        }
        return nil
    }

    /// `underscore_span`: extension name → values by span offsets.
    private static func writeExtensions(_ annotations: [Annotation], to json: inout JSONWriter) {
        var names = Set<String>()
        for annotation in annotations { names.formUnion(annotation.attributes.keys) }
        json.key("underscore_span")
        json.beginObject()
        json.key("gloss_id")
        json.beginArray()
        for annotation in annotations { extensionValue(annotation, to: &json) { $0.string(annotation.id) } }
        json.endArray()
        for name in names.sorted() {
            json.key("gloss_" + name)
            json.beginArray()
            for annotation in annotations {
                guard let value = annotation.attributes[name] else { continue }
                extensionValue(annotation, to: &json) { GlossJSON.write(value, to: &$0) }
            }
            json.endArray()
        }
        json.endObject()
    }

    private static func extensionValue(_ annotation: Annotation, to json: inout JSONWriter, value: (inout JSONWriter) -> Void) {
        json.beginObject()
        json.key("start"); json.integer(annotation.start)
        json.key("end"); json.integer(annotation.end)
        json.key("value"); value(&json)
        json.endObject()
    }
}
