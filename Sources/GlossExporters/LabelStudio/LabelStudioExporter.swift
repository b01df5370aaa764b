import GlossCore

/// `labelstudio`: one Label Studio import task with pre-annotations ("predictions") per
/// document in `labelstudio/<id>.json`, and `labelstudio/config.xml`, the labelling
/// config of a text project that declares every label, choice and relation used.
/// Offsets are code points of `data.text` (`\r\n` counts two), as Label Studio's `<Text>` uses.
public struct LabelStudioExporter: Exporter {
    public static let name = "labelstudio"
    public static let summary = "Label Studio tasks with predictions, labelstudio/<id>.json, and labelstudio/config.xml"
    static let labelsName = "label", textName = "text"

    let vocabulary: RunVocabulary

    public init(context: ExportContext) {
        vocabulary = RunVocabulary(context: context)
    }

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        vocabulary.record(RunVocabulary.used(by: document.annotations))
        let path = "labelstudio/" + OutputPaths.relativePath(forDocumentID: document.document.id, extension: "json")
        return [OutputFile(path: path, bytes: Self.task(for: document))]
    }

    public func runFiles() -> [OutputFile] {
        [OutputFile(path: "labelstudio/config.xml", bytes: Array(LabelStudioConfig.xml(for: vocabulary.snapshot).utf8))]
    }

    static func task(for annotated: AnnotatedDocument) -> [UInt8] {
        let document = annotated.document
        let known = Set(annotated.annotations.map(\.id))
        var json = JSONWriter(reservingCapacity: document.text.utf8.count + annotated.annotations.count * 300)
        json.beginObject()
        json.key("data")
        json.beginObject()
        json.key(textName); json.string(document.text)
        json.key("gloss_document"); json.string(document.id)
        json.key("sha256"); json.string(document.sha256)
        json.endObject()
        json.key("predictions")
        json.beginArray()
        json.beginObject()
        json.key("model_version"); json.string("gloss")
        json.key("result")
        json.beginArray()
        for annotation in annotated.annotations {
            region(annotation, control: labelsName, type: "labels", valueKey: "labels", value: annotation.type, withText: true, to: &json)
            for name in annotation.attributes.keys.sorted() {
                switch AttributeRole.of(name: name, value: annotation.attributes[name]!) {
                case .category(let value):
                    // A per-region classification: same region id, its own Choices control.
                    region(annotation, control: LabelStudioConfig.choicesName(type: annotation.type, attribute: name),
                           type: "choices", valueKey: "choices", value: value, withText: false, to: &json)
                case .references(let ids):
                    for target in ids where known.contains(target) {
                        json.beginObject()
                        json.key("type"); json.string("relation")
                        json.key("from_id"); json.string(annotation.id)
                        json.key("to_id"); json.string(target)
                        json.key("direction"); json.string("right")
                        json.key("labels"); json.beginArray(); json.string(name); json.endArray()
                        json.endObject()
                    }
                case .identifier, .other:
                    continue
                }
            }
        }
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        json.newline()
        return json.bytes
    }

    private static func region(
        _ annotation: Annotation, control: String, type: String, valueKey: String, value: String, withText: Bool,
        to json: inout JSONWriter
    ) {
        json.beginObject()
        json.key("id"); json.string(annotation.id)
        json.key("from_name"); json.string(control)
        json.key("to_name"); json.string(textName)
        json.key("type"); json.string(type)
        json.key("value")
        json.beginObject()
        json.key("start"); json.integer(annotation.start)
        json.key("end"); json.integer(annotation.end)
        if withText { json.key("text"); json.string(annotation.text) }
        json.key(valueKey); json.beginArray(); json.string(value); json.endArray()
        json.endObject()
        json.endObject()
    }
}
