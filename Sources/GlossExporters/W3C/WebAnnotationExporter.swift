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

    static func collection(for document: AnnotatedDocument) -> [UInt8] {
        let iris = WebAnnotationIRIs(documentID: document.document.id)
        let text = DocumentScalars(document.document.text)
        let known = Set(document.annotations.map(\.id))
        let links = document.annotations.reduce(0) { count, annotation in
            count + annotation.attributes.reduce(0) { sum, attribute in
                if case .references(let ids) = AttributeRole.of(name: attribute.key, value: attribute.value) {
                    return sum + ids.filter(known.contains).count
                }
                return sum
            }
        }
        var json = JSONWriter(reservingCapacity: document.annotations.count * 700 + 256)
        json.beginObject()
        json.key("@context"); json.string(context)
        json.key("id"); json.string(iris.collection)
        json.key("type"); json.string("AnnotationCollection")
        json.key("label"); json.string("Gloss annotations of \(document.document.id)")
        json.key("total"); json.integer(document.annotations.count + links)
        if !document.annotations.isEmpty {
            json.key("first")
            json.beginObject()
            json.key("id"); json.string(iris.firstPage)
            json.key("type"); json.string("AnnotationPage")
            json.key("startIndex"); json.integer(0)
            json.key("items")
            json.beginArray()
            for annotation in document.annotations {
                writeAnnotation(annotation, text: text, iris: iris, to: &json)
                writeLinks(of: annotation, known: known, iris: iris, to: &json)
            }
            json.endArray()
            json.endObject()
        }
        json.endObject()
        json.newline()
        return json.bytes
    }

    private static func writeAnnotation(_ annotation: Annotation, text: DocumentScalars, iris: WebAnnotationIRIs, to json: inout JSONWriter) {
        let roles = annotation.attributes.keys.sorted().map { ($0, AttributeRole.of(name: $0, value: annotation.attributes[$0]!)) }
        json.beginObject()
        json.key("id"); json.string(iris.annotation(annotation.id))
        json.key("type"); json.string("Annotation")
        json.key("motivation"); json.string("tagging")
        json.key("body")
        json.beginArray()
        textualBody(purpose: "tagging", value: annotation.type, to: &json)
        for (name, role) in roles {
            switch role {
            case .category(let value): textualBody(purpose: "classifying", value: "\(name): \(value)", to: &json)
            case .other(let value): textualBody(purpose: "describing", value: "\(name): \(value.displayText)", to: &json)
            case .identifier(let base, let entry):
                json.beginObject()
                json.key("type"); json.string("SpecificResource")
                json.key("purpose"); json.string("identifying")
                json.key("source"); json.string(base.iri(for: entry))
                json.endObject()
            case .references: continue // written as linking annotations
            }
        }
        textualBody(purpose: "describing", value: "annotator: \(annotation.annotator)", to: &json)
        json.endArray()
        json.key("target")
        json.beginObject()
        json.key("type"); json.string("SpecificResource")
        json.key("source"); json.string(iris.document)
        json.key("selector")
        json.beginArray()
        json.beginObject()
        json.key("type"); json.string("TextPositionSelector")
        json.key("start"); json.integer(annotation.start)
        json.key("end"); json.integer(annotation.end)
        json.endObject()
        json.beginObject()
        json.key("type"); json.string("TextQuoteSelector")
        json.key("exact"); json.string(annotation.text)
        json.key("prefix"); json.string(text.prefix(before: annotation.start, length: quoteContextLength))
        json.key("suffix"); json.string(text.suffix(from: annotation.end, length: quoteContextLength))
        json.endObject()
        json.endArray()
        json.endObject()
        json.endObject()
    }

    /// `linking` annotations: target = this annotation, body = the one it refers to.
    private static func writeLinks(of annotation: Annotation, known: Set<AnnotationID>, iris: WebAnnotationIRIs, to json: inout JSONWriter) {
        for name in annotation.attributes.keys.sorted() {
            guard case .references(let ids) = AttributeRole.of(name: name, value: annotation.attributes[name]!) else { continue }
            for (index, target) in ids.enumerated() where known.contains(target) {
                json.beginObject()
                json.key("id"); json.string(iris.link(from: annotation.id, attribute: ids.count > 1 ? "\(name)-\(index + 1)" : name))
                json.key("type"); json.string("Annotation")
                json.key("motivation"); json.string("linking")
                json.key("body")
                json.beginArray()
                textualBody(purpose: "tagging", value: name, to: &json)
                json.beginObject()
                json.key("type"); json.string("SpecificResource")
                json.key("purpose"); json.string("linking")
                json.key("source"); json.string(iris.annotation(target))
                json.endObject()
                json.endArray()
                json.key("target"); json.string(iris.annotation(annotation.id))
                json.endObject()
            }
        }
    }

    private static func textualBody(purpose: String, value: String, to json: inout JSONWriter) {
        json.beginObject()
        json.key("type"); json.string("TextualBody")
        json.key("purpose"); json.string(purpose)
        json.key("value"); json.string(value)
        json.endObject()
    }
}
