import GlossCore

/// `w3c`: one W3C Web Annotation `AnnotationCollection` (JSON-LD) per document in
/// `w3c/<id>.jsonld`, its first page embedded. Every annotation targets the document by
/// a TextPositionSelector (code points) and a TextQuoteSelector (exact, 32 code points
/// of prefix and suffix); bodies carry the type (tagging), categorical values
/// (classifying), other values (describing) and knowledge-base ids (identifying). A
/// reference attribute becomes its own `linking` annotation from one annotation to the other.
public struct WebAnnotationExporter: Exporter {
    public static let name = "w3c"
    public static let summary = "W3C Web Annotation JSON-LD, one AnnotationCollection per document in w3c/<id>.jsonld"
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    static let quoteContextLength = 32

    public init(context: ExportContext) {}

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        let path = "w3c/" + OutputPaths.relativePath(forDocumentID: document.document.id, extension: "jsonld")
        return [OutputFile(path: path, bytes: Self.collection(for: document))]
    }

    /// Written with fixed JSON fragments (the shape never varies), compact like `JSONWriter`'s output.
    static func collection(for document: AnnotatedDocument) -> [UInt8] {
        let iris = WebAnnotationIRIs(documentID: document.document.id)
        let prepared = PreparedDocument.of(document)
        let escaped = EscapedText<JSONStringEscaping>.of(document)
        var links = 0
        for index in document.annotations.indices {
            let attributes = prepared.attributes(of: index)
            for position in attributes.indices {
                if case .references(let ids) = attributes[position].role { links += ids.filter(prepared.positions.contains).count }
            }
        }
        var out = OutputBytes(reservingCapacity: document.annotations.count * 1_000 + document.document.text.utf8.count * 2 + 512)
        out.append(#"{"@context":"#); out.appendJSONString(context)
        out.append(#","id":""#); out.append(string: iris.collection)
        out.append(#"","type":"AnnotationCollection","label":"Gloss annotations of "#); out.appendJSONEscaped(document.document.id)
        out.append(#"","total":"#); out.appendDecimal(document.annotations.count + links)
        if !document.annotations.isEmpty {
            out.append(#","first":{"id":""#); out.append(string: iris.firstPage)
            out.append(#"","type":"AnnotationPage","startIndex":0,"items":["#)
            // Elements of a buffer pointer are passed borrowed; an array's would be copied (each of their strings retained).
            document.annotations.withUnsafeBufferPointer { annotations in
                for index in annotations.indices {
                    if index > 0 { out.append(",") }
                    let attributes = prepared.attributes(of: index)
                    writeAnnotation(annotations[index], attributes: attributes, prepared: prepared, escaped: escaped, iris: iris, to: &out)
                    writeLinks(of: annotations[index], attributes: attributes, known: prepared.positions, iris: iris, to: &out)
                }
            }
            out.append("]}")
        }
        out.append("}\n")
        return out.finish()
    }

    private static func writeAnnotation(
        _ annotation: Annotation, attributes: ArraySlice<PreparedAttribute>, prepared: PreparedDocument,
        escaped: EscapedText<JSONStringEscaping>, iris: WebAnnotationIRIs, to out: inout OutputBytes
    ) {
        out.append(#"{"id":""#); iris.appendAnnotation(annotation.id, to: &out)
        out.append(#"","type":"Annotation","motivation":"tagging","body":["#)
        taggingBody(annotation.type, to: &out)
        // Attributes are read in place by index: binding one would retain and release each of its strings.
        for position in attributes.indices {
            switch attributes[position].role {
            case .category(let category): textualBody(purpose: "classifying", name: attributes[position].name, value: category, to: &out)
            case .other:
                let name = attributes[position].name
                prepared.withDisplayText(attributes[position]) { textualBody(purpose: "describing", name: name, value: $0, to: &out) }
            case .identifier(let base, let entry):
                out.append(#",{"type":"SpecificResource","purpose":"identifying","source":"#)
                out.appendJSONString(base.iri(for: entry))
                out.append("}")
            case .references: continue // written as linking annotations
            }
        }
        textualBody(purpose: "describing", name: "annotator", value: annotation.annotator, to: &out)
        out.append(#"],"target":{"type":"SpecificResource","source":""#); out.append(string: iris.document)
        out.append(#"","selector":[{"type":"TextPositionSelector","start":"#); out.appendDecimal(annotation.start)
        out.append(#","end":"#); out.appendDecimal(annotation.end)
        out.append(#"},{"type":"TextQuoteSelector","exact":""#); escaped.append(annotation.start..<annotation.end, to: &out)
        out.append(#"","prefix":""#); escaped.append(prepared.text.prefix(before: annotation.start, length: quoteContextLength), to: &out)
        out.append(#"","suffix":""#); escaped.append(prepared.text.suffix(from: annotation.end, length: quoteContextLength), to: &out)
        out.append("\"}]}}")
    }

    /// `linking` annotations: target = this annotation, body = the one it refers to.
    private static func writeLinks(
        of annotation: Annotation, attributes: ArraySlice<PreparedAttribute>, known: AnnotationPositions, iris: WebAnnotationIRIs,
        to out: inout OutputBytes
    ) {
        for position in attributes.indices {
            guard case .references(let ids) = attributes[position].role else { continue }
            let name = attributes[position].name
            for (index, target) in ids.enumerated() where known.contains(target) {
                out.append(#",{"id":""#)
                iris.appendLink(from: annotation.id, attribute: ids.count > 1 ? "\(name)-\(index + 1)" : name, to: &out)
                out.append(#"","type":"Annotation","motivation":"linking","body":["#)
                taggingBody(name, to: &out)
                out.append(#",{"type":"SpecificResource","purpose":"linking","source":""#); iris.appendAnnotation(target, to: &out)
                out.append(#""}],"target":""#); iris.appendAnnotation(annotation.id, to: &out)
                out.append(#""}"#)
            }
        }
    }

    /// The first body of every annotation: the type, or the relation's name.
    private static func taggingBody(_ value: String, to out: inout OutputBytes) {
        out.append(#"{"type":"TextualBody","purpose":"tagging","value":"#); out.appendJSONString(value)
        out.append("}")
    }

    /// A later body (hence the comma) whose value is `name: value`.
    private static func textualBody(purpose: StaticString, name: String, value: String, to out: inout OutputBytes) {
        value.withUTF8Buffer { textualBody(purpose: purpose, name: name, value: $0, to: &out) }
    }

    private static func textualBody(purpose: StaticString, name: String, value: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append(#",{"type":"TextualBody","purpose":""#); out.append(purpose)
        out.append(#"","value":""#); out.appendJSONEscaped(name); out.append(": "); out.appendJSONEscaped(value)
        out.append("\"}")
    }
}
