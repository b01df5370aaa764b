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
        let prepared = PreparedDocument.of(annotated)
        let text = prepared.text
        let annotations = annotated.annotations
        // spaCy spans cannot be empty; Gloss's are only in odd cases (a zero-width match).
        // Positions in the document's list, so that prepared attributes line up.
        let spans = annotations.allSatisfy { $0.end > $0.start }
            ? Array(annotations.indices) : annotations.indices.filter { annotations[$0].end > annotations[$0].start }
        let tokens = SpaCyTokens.make(text, boundaries: spans.map { annotations[$0].start..<annotations[$0].end })
        var out = OutputBytes(reservingCapacity: text.utf8.count * 2 + tokens.count * 32 + spans.count * 200 + 256)
        out.append(#"{"text":"#); out.appendJSONString(text.utf8[...])
        out.append(#","tokens":["#)
        for (index, token) in tokens.enumerated() {
            if index > 0 { out.append(",") }
            out.append(#"{"id":"#); out.appendDecimal(index)
            out.append(#","start":"#); out.appendDecimal(token.lowerBound)
            out.append(#","end":"#); out.appendDecimal(token.upperBound)
            out.append("}")
        }
        out.append("]")
        writeSpans(spans, of: annotations, prepared: prepared, to: &out)
        out.append(#","sents":["#)
        var first = true
        // Index loops read single fields: binding whole annotations would retain and release each of their strings.
        for index in spans where annotations[index].type == "sentence" {
            if !first { out.append(",") }
            out.append(#"{"start":"#); out.appendDecimal(annotations[index].start)
            out.append(#","end":"#); out.appendDecimal(annotations[index].end)
            out.append("}")
            first = false
        }
        out.append(#"],"_":{"gloss_document":"#); out.appendJSONString(annotated.document.id)
        out.append("}")
        writeExtensions(spans, of: annotations, prepared: prepared, to: &out)
        out.append("}\n")
        return out.finish()
    }

    /// `spans`: one group per type, in the order the types first occur.
    private static func writeSpans(_ spans: [Int], of annotations: [Annotation], prepared: PreparedDocument, to out: inout OutputBytes) {
        var groups = [String]()
        var groupOf = [Int]()
        groupOf.reserveCapacity(spans.count)
        var groupIndex = [String: Int]()
        var previous: (type: String, group: Int)?
        for index in spans {
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
            for (span, index) in spans.enumerated() where groupOf[span] == group {
                if !first { out.append(",") }
                out.append(#"{"start":"#); out.appendDecimal(annotations[index].start)
                out.append(#","end":"#); out.appendDecimal(annotations[index].end)
                out.append(#","label":"#); out.appendJSONString(type)
                out.append(#","kb_id":""#)
                for attribute in prepared.attributes(of: index) {
                    guard case .identifier(let base, let entry) = attribute.role else { continue }
                    out.appendJSONEscaped(base.iri(for: entry))
                    break
                }
                out.append(#""}"#)
                first = false
            }
            out.append("]")
        }
        out.append("}")
    }

    /// `underscore_span`: extension name → values by span offsets.
    private static func writeExtensions(_ spans: [Int], of annotations: [Annotation], prepared: PreparedDocument, to out: inout OutputBytes) {
        out.append(#","underscore_span":{"gloss_id":["#)
        for (span, index) in spans.enumerated() {
            extensionValue(of: annotations[index].start..<annotations[index].end, first: span == 0, to: &out)
            out.appendJSONString(annotations[index].id)
            out.append("}")
        }
        out.append("]")
        // Each attribute name's values in document order: names numbered on first sight, sorted at the end.
        var nameNumbers = [String: Int]()
        var valuesByName = [[(index: Int, attribute: PreparedAttribute)]]()
        for index in spans {
            for attribute in prepared.attributes(of: index) {
                let number = nameNumbers[attribute.name] ?? valuesByName.count
                if number == valuesByName.count {
                    nameNumbers[attribute.name] = number
                    valuesByName.append([])
                }
                valuesByName[number].append((index, attribute))
            }
        }
        for (name, number) in nameNumbers.sorted(by: { $0.key < $1.key }) {
            out.append(#","gloss_"#); out.appendJSONEscaped(name)
            out.append(#"":["#)
            for (position, value) in valuesByName[number].enumerated() {
                extensionValue(of: annotations[value.index].start..<annotations[value.index].end, first: position == 0, to: &out)
                prepared.withValueJSON(value.attribute) { out.append($0) }
                out.append("}")
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
