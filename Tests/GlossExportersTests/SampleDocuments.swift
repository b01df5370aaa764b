import GlossCore

/// Hand-built documents with the annotation types the exporters special-case: a quote
/// across a CRLF with a speaker reference, a location with a GeoNames id, a figure, and
/// text outside the BMP before them (so UTF-16 offsets differ from scalar offsets).
enum SampleDocuments {
    static let text = "Zürich 😀 rose.\r\n“Rents will\r\nfall,” said Anna  Müller.\t"

    static func annotation(_ id: String, _ type: String, _ needle: String, _ attributes: Attributes = [:]) -> Annotation {
        let scalars = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return Annotation(id: id, type: type, start: start, end: start + target.count, text: needle, annotator: type + "s", attributes: attributes)
    }

    static var annotated: AnnotatedDocument {
        AnnotatedDocument(document: Document(id: "news/sample", text: text), annotations: [
            annotation("location-1", "location", "Zürich", ["geonames_id": 2657896, "country_code": "CH", "latitude": 47.37]),
            annotation("quote-1", "quote", "“Rents will\r\nfall,”", ["kind": "direct", "speaker": .reference("speaker-1"), "speaker_name": "Anna Müller"]),
            annotation("speaker-1", "speaker", "Anna  Müller"),
            annotation("entity-1", "entity", "😀", ["tags": .list(["a", 1])]),
        ])
    }

    static var context: ExportContext {
        ExportContext(annotators: [.init(id: "quotes", kind: "quote", emits: ["quote", "speaker"])])
    }

    static func text(of files: [OutputFile], endingWith suffix: String) -> String? {
        files.first { $0.path.hasSuffix(suffix) }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}
