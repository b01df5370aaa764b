import GlossCore

/// Gloss's native format: one JSON object per document. Described by
/// `docs/schema/gloss-document.schema.json`; `formatVersion` changes when it does.
public enum GlossJSON {
    public static let formatVersion = 1

    /// The document, its text and its annotations as one JSON object (no trailing newline).
    public static func encode(_ annotated: AnnotatedDocument, context: ExportContext) -> [UInt8] {
        encode(annotated, context: context, newline: false)
    }

    /// Written with fixed JSON fragments (the shape never varies), compact like `JSONWriter`'s output.
    static func encode(_ annotated: AnnotatedDocument, context: ExportContext, newline: Bool) -> [UInt8] {
        let document = annotated.document
        let prepared = PreparedDocument.of(annotated)
        let escaped = EscapedText<JSONStringEscaping>.of(annotated)
        return OutputBytes.array(reservingCapacity: prepared.estimatedSize(withText: true, attributeWeight: 1, perAnnotation: 180)) { out in
            out.append(#"{"format":"gloss","version":"#); out.appendDecimal(formatVersion)
            out.append(#","id":"#); out.appendJSONString(document.id)
            out.append(#","source":"#)
            if let source = document.source { out.appendJSONString(source) } else { out.append("null") }
            out.append(#","sha256":"#); out.appendJSONString(document.sha256)
            out.append(#","byte_order_mark":"#); document.hadByteOrderMark ? out.append("true") : out.append("false")
            out.append(#","length":"#); out.appendDecimal(document.length)
            out.append(#","text":""#); out.append(escaped.bytes[...]); out.append("\"")
            out.append(#","annotators":["#)
            for (index, annotator) in context.annotators.enumerated() {
                if index > 0 { out.append(",") }
                out.append(#"{"id":"#); out.appendJSONString(annotator.id)
                out.append(#","kind":"#); out.appendJSONString(annotator.kind)
                out.append("}")
            }
            out.append(#"],"annotations":["#)
            let annotations = annotated.annotations
            // Index loops read single fields (strings from `prepared`): binding whole annotations would retain and release each of their strings.
            for index in annotations.indices {
                if index > 0 { out.append(",") }
                out.append(#"{"id":"#); out.appendJSONString(prepared.idUTF8(of: index))
                out.append(#","type":"#); out.appendJSONString(prepared.utf8(prepared.type(of: index)))
                out.append(#","start":"#); out.appendDecimal(annotations[index].start)
                out.append(#","end":"#); out.appendDecimal(annotations[index].end)
                out.append(#","text":""#); escaped.append(annotations[index].start..<annotations[index].end, to: &out)
                out.append(#"","annotator":"#); out.appendJSONString(prepared.utf8(prepared.annotator(of: index)))
                out.append(#","attributes":"#); prepared.withAttributesJSON(of: index) { out.append($0) }
                out.append("}")
            }
            out.append("]}")
            if newline { out.append("\n") }
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
        GlossJSON.encode(document, context: context, newline: true)
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
