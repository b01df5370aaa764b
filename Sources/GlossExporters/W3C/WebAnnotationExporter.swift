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
        let fragments = WebAnnotationFragments(prepared: prepared, iris: iris)
        var links = 0
        for index in document.annotations.indices {
            let attributes = prepared.attributes(of: index)
            for position in attributes.indices where attributes[position].kind == .references {
                if case .references(let ids) = attributes[position].role { links += ids.filter(prepared.positions.contains).count }
            }
        }
        return OutputBytes.array(reservingCapacity: prepared.estimatedSize(withText: false, attributeWeight: 1.5, perAnnotation: 900)) { out in
            out.append(#"{"@context":"#); out.appendJSONString(context)
            out.append(#","id":""#); out.append(string: iris.collection)
            out.append(#"","type":"AnnotationCollection","label":"Gloss annotations of "#); out.appendJSONEscaped(document.document.id)
            out.append(#"","total":"#); out.appendDecimal(document.annotations.count + links)
            if !document.annotations.isEmpty {
                out.append(#","first":{"id":""#); out.append(string: iris.firstPage)
                out.append(#"","type":"AnnotationPage","startIndex":0,"items":["#)
                for index in document.annotations.indices {
                    if index > 0 { out.append(",") }
                    let attributes = prepared.attributes(of: index)
                    let span = document.annotations[index].start..<document.annotations[index].end
                    writeAnnotation(index, span: span, attributes: attributes, prepared: prepared, escaped: escaped, iris: iris,
                                    fragments: fragments, to: &out)
                    writeLinks(of: index, attributes: attributes, prepared: prepared, iris: iris, to: &out)
                }
                out.append("]}")
            }
            out.append("}\n")
        }
    }

    /// Strings come from `prepared` and attributes are read in place by index: reading an
    /// annotation's strings, or binding an attribute, would retain and release each string.
    private static func writeAnnotation(
        _ index: Int, span: Range<Int>, attributes: UnsafeBufferPointer<PreparedAttribute>, prepared: PreparedDocument,
        escaped: EscapedText<JSONStringEscaping>, iris: WebAnnotationIRIs, fragments: borrowing WebAnnotationFragments,
        to out: inout OutputBytes
    ) {
        out.append(#"{"id":""#); iris.appendAnnotation(prepared.idUTF8(of: index), to: &out)
        out.append(#"","type":"Annotation","motivation":"tagging","body":["#)
        fragments.appendTaggingBody(of: prepared.type(of: index), to: &out)
        for position in attributes.indices {
            switch attributes[position].kind {
            case .category, .other:
                // `name: value`, both already escaped in the attribute's JSON.
                out.append(#",{"type":"TextualBody","purpose":""#)
                out.append(attributes[position].kind == .category ? "classifying" : "describing")
                out.append(#"","value":""#); prepared.appendJSONEscapedName(attributes[position], to: &out)
                out.append(": "); prepared.appendJSONEscapedDisplayText(attributes[position], to: &out)
                out.append("\"}")
            case .identifier(let base):
                out.append(#",{"type":"SpecificResource","purpose":"identifying","source":""#)
                out.append(base.iriAround.prefix); out.appendJSONEscaped(prepared.utf8(attributes[position].textUTF8!)); out.append(base.iriAround.suffix)
                out.append("\"}")
            case .references: continue // written as linking annotations
            }
        }
        fragments.appendAnnotatorBody(of: prepared.annotator(of: index), to: &out)
        fragments.appendTargetStart(to: &out); out.appendDecimal(span.lowerBound)
        out.append(#","end":"#); out.appendDecimal(span.upperBound)
        out.append(#"},{"type":"TextQuoteSelector","exact":""#); escaped.append(span, to: &out)
        out.append(#"","prefix":""#); escaped.append(prepared.text.prefix(before: span.lowerBound, length: quoteContextLength), to: &out)
        out.append(#"","suffix":""#); escaped.append(prepared.text.suffix(from: span.upperBound, length: quoteContextLength), to: &out)
        out.append("\"}]}}")
    }

    /// `linking` annotations: target = this annotation, body = the one it refers to.
    private static func writeLinks(
        of index: Int, attributes: UnsafeBufferPointer<PreparedAttribute>, prepared: PreparedDocument, iris: WebAnnotationIRIs,
        to out: inout OutputBytes
    ) {
        for position in attributes.indices where attributes[position].kind == .references {
            guard case .references(let ids) = attributes[position].role else { continue }
            let name = attributes[position].name
            for (number, target) in ids.enumerated() where prepared.positions.contains(target) {
                out.append(#",{"id":""#)
                iris.appendLink(from: prepared.idUTF8(of: index), attribute: ids.count > 1 ? "\(name)-\(number + 1)" : name, to: &out)
                out.append(#"","type":"Annotation","motivation":"linking","body":["#)
                name.withUTF8Buffer { taggingBody($0, to: &out) }
                out.append(#",{"type":"SpecificResource","purpose":"linking","source":""#); iris.appendAnnotation(target, to: &out)
                out.append(#""}],"target":""#); iris.appendAnnotation(prepared.idUTF8(of: index), to: &out)
                out.append(#""}"#)
            }
        }
    }

    /// The first body of every annotation: the type, or the relation's name.
    static func taggingBody(_ value: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append(#"{"type":"TextualBody","purpose":"tagging","value":"#); out.appendJSONString(value)
        out.append("}")
    }

    /// The last body: the annotator's id.
    static func annotatorBody(_ annotator: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append(#",{"type":"TextualBody","purpose":"describing","value":"annotator: "#); out.appendJSONEscaped(annotator)
        out.append("\"}")
    }
}
