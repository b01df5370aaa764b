import GlossCore

/// `labelstudio`: one Label Studio import task with pre-annotations ("predictions") per
/// document in `labelstudio/<id>.json`, and `labelstudio/config.xml`, the labelling
/// config of a text project that declares every label, choice and relation used.
/// Offsets are code points of `data.text` (`\r\n` counts two), as Label Studio's `<Text>` uses.
public struct LabelStudioExporter: Exporter {
    public static let name = "labelstudio"
    public static let summary = "Label Studio tasks with predictions, labelstudio/<id>.json, and labelstudio/config.xml"
    /// Control names; `task(for:)` spells them out in its fixed JSON fragments.
    static let labelsName = "label", textName = "text"

    let vocabulary: RunVocabulary

    public init(context: ExportContext) {
        vocabulary = RunVocabulary(context: context)
    }

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        vocabulary.record(RunVocabulary.used(by: document))
        let path = "labelstudio/" + OutputPaths.relativePath(forDocumentID: document.document.id, extension: "json")
        return [OutputFile(path: path, bytes: Self.task(for: document))]
    }

    public func runFiles() -> [OutputFile] {
        [OutputFile(path: "labelstudio/config.xml", bytes: Array(LabelStudioConfig.xml(for: vocabulary.snapshot).utf8))]
    }

    /// Written with fixed JSON fragments (the shape never varies), compact like `JSONWriter`'s output.
    static func task(for annotated: AnnotatedDocument) -> [UInt8] {
        let document = annotated.document
        let prepared = PreparedDocument.of(annotated)
        let escaped = EscapedText<JSONStringEscaping>.of(annotated)
        var out = OutputBytes(reservingCapacity: document.text.utf8.count + annotated.annotations.count * 320 + 256)
        out.append(#"{"data":{"text":""#); out.append(escaped.bytes[...])
        out.append("\"")
        out.append(#","gloss_document":"#); out.appendJSONString(document.id)
        out.append(#","sha256":"#); out.appendJSONString(document.sha256)
        out.append(#"},"predictions":[{"model_version":"gloss","result":["#)
        var first = true
        for (index, annotation) in annotated.annotations.enumerated() {
            separate(&first, &out)
            region(annotation, choices: nil, value: annotation.type, escaped: escaped, to: &out)
            for attribute in prepared.attributes(of: index) {
                switch attribute.role {
                case .category(let category):
                    // A per-region classification: same region id, its own Choices control.
                    separate(&first, &out)
                    region(annotation, choices: attribute.name, value: category, escaped: escaped, to: &out)
                case .references(let ids):
                    for target in ids where prepared.positions.contains(target) {
                        separate(&first, &out)
                        out.append(#"{"type":"relation","from_id":"#); out.appendJSONString(annotation.id)
                        out.append(#","to_id":"#); out.appendJSONString(target)
                        out.append(#","direction":"right","labels":["#); out.appendJSONString(attribute.name)
                        out.append("]}")
                    }
                case .identifier, .other:
                    continue
                }
            }
        }
        out.append("]}]}\n")
        return out.finish()
    }

    /// The comma before every result but the first.
    private static func separate(_ first: inout Bool, _ out: inout OutputBytes) {
        if !first { out.append(",") }
        first = false
    }

    /// The labels region of `annotation` (with its text), or with `choices` the region's
    /// classification by that attribute, in the Choices control `choicesName(type:attribute:)`.
    private static func region(_ annotation: Annotation, choices attribute: String?, value: String, escaped: EscapedText<JSONStringEscaping>,
                               to out: inout OutputBytes) {
        out.append(#"{"id":"#); out.appendJSONString(annotation.id)
        if let attribute {
            // choicesName(type:attribute:), escaped part by part.
            out.append(#","from_name":""#); out.appendJSONEscaped(annotation.type); out.append("_"); out.appendJSONEscaped(attribute)
            out.append(#"","to_name":"text","type":"choices","value":{"start":"#)
        } else {
            out.append(#","from_name":"label","to_name":"text","type":"labels","value":{"start":"#)
        }
        out.appendDecimal(annotation.start)
        out.append(#","end":"#); out.appendDecimal(annotation.end)
        if attribute == nil {
            out.append(#","text":""#); escaped.append(annotation.start..<annotation.end, to: &out)
            out.append(#"","labels":["#)
        } else {
            out.append(#","choices":["#)
        }
        out.appendJSONString(value)
        out.append("]}}")
    }
}
