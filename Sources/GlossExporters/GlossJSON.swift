import GlossCore

/// Gloss's native format: one JSON object per document. Described by
/// `docs/schema/gloss-document.schema.json`; `formatVersion` changes when it does.
public enum GlossJSON {
    public static let formatVersion = 1

    /// The document, its text and its annotations as one JSON object (no trailing newline).
    public static func encode(_ annotated: AnnotatedDocument, context: ExportContext) -> [UInt8] {
        let document = annotated.document
        var json = JSONWriter(reservingCapacity: document.text.utf8.count * 2 + annotated.annotations.count * 160)
        json.beginObject()
        json.key("format"); json.string("gloss")
        json.key("version"); json.integer(formatVersion)
        json.key("id"); json.string(document.id)
        json.key("source")
        if let source = document.source { json.string(source) } else { json.null() }
        json.key("sha256"); json.string(document.sha256)
        json.key("byte_order_mark"); json.bool(document.hadByteOrderMark)
        json.key("length"); json.integer(document.length)
        json.key("text"); json.string(document.text)
        json.key("annotators")
        json.beginArray()
        for annotator in context.annotators {
            json.beginObject()
            json.key("id"); json.string(annotator.id)
            json.key("kind"); json.string(annotator.kind)
            json.endObject()
        }
        json.endArray()
        json.key("annotations")
        json.beginArray()
        for annotation in annotated.annotations { write(annotation, to: &json) }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    private static func write(_ annotation: Annotation, to json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(annotation.id)
        json.key("type"); json.string(annotation.type)
        json.key("start"); json.integer(annotation.start)
        json.key("end"); json.integer(annotation.end)
        json.key("text"); json.string(annotation.text)
        json.key("annotator"); json.string(annotation.annotator)
        json.key("attributes")
        write(annotation.attributes, to: &json)
        json.endObject()
    }

    static func write(_ attributes: [String: AttributeValue], to json: inout JSONWriter) {
        json.beginObject()
        for name in attributes.keys.sorted() {
            json.key(name)
            write(attributes[name]!, to: &json)
        }
        json.endObject()
    }

    static func write(_ value: AttributeValue, to json: inout JSONWriter) {
        switch value {
        case .string(let text): json.string(text)
        case .integer(let number): json.integer(number)
        case .number(let number): json.number(number)
        case .bool(let flag): json.bool(flag)
        case .reference(let id):
            // A reference is an object with the single key "ref", so readers can tell it from a string.
            json.beginObject(); json.key("ref"); json.string(id); json.endObject()
        case .list(let items):
            json.beginArray()
            for item in items { write(item, to: &json) }
            json.endArray()
        case .object(let fields): write(fields, to: &json)
        }
    }
}

/// `json`: one `<document id>.json` file per document.
public struct GlossJSONExporter: Exporter {
    public static let name = "json"
    public static let summary = "Gloss JSON, one <id>.json file per document"
    let context: ExportContext

    public init(context: ExportContext) { self.context = context }

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        let path = OutputPaths.relativePath(forDocumentID: document.document.id, extension: "json")
        return [OutputFile(path: path, bytes: GlossJSONLine.encode(document, context: context))]
    }
}

/// `jsonl`: every document as one line of `annotations.jsonl`, in input order.
public struct GlossJSONLinesExporter: Exporter {
    public static let name = "jsonl"
    public static let summary = "Gloss JSON Lines, all documents in annotations.jsonl"
    public static let fileName = "annotations.jsonl"
    let context: ExportContext

    public init(context: ExportContext) { self.context = context }

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        [OutputFile(path: Self.fileName, bytes: GlossJSONLine.encode(document, context: context), mode: .appendToStream)]
    }
}

/// Stream mode lines: one Gloss JSON document per line, or an error record for a document
/// that failed, so output lines stay aligned with input lines.
public enum GlossJSONLine {
    public static func encode(_ document: AnnotatedDocument, context: ExportContext) -> [UInt8] {
        var bytes = GlossJSON.encode(document, context: context)
        bytes.append(0x0A)
        return bytes
    }

    public static func errorLine(_ error: DocumentError) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("format"); json.string("gloss")
        json.key("version"); json.integer(GlossJSON.formatVersion)
        json.key("id"); json.string(error.document)
        json.key("error"); json.string(error.description)
        json.endObject()
        json.newline()
        return json.bytes
    }
}
