import GlossCore

/// Builds one `.ann` file: a `T` line per annotation followed by its `R` (references),
/// `A` (categories), `N` (knowledge-base ids) lines and one `#` note with the Gloss id,
/// the annotator and every other attribute.
enum BratAnnotationFile {
    static func make(_ document: AnnotatedDocument) -> String {
        let text = DocumentScalars(document.document.text)
        var entityID = [AnnotationID: String]()
        var fragments = [[Range<Int>]]()
        for annotation in document.annotations {
            let pieces = BratFragments.split(annotation.start..<annotation.end, in: text)
            fragments.append(pieces)
            // A span with no visible text (empty, or only line breaks) cannot be a T line.
            if !pieces.isEmpty { entityID[annotation.id] = "T\(entityID.count + 1)" }
        }

        var out = ""
        out.reserveCapacity(document.annotations.count * 120)
        var counters = (relation: 0, attribute: 0, normalization: 0, note: 0)
        for (annotation, pieces) in zip(document.annotations, fragments) {
            guard let tID = entityID[annotation.id] else { continue }
            let spans = pieces.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            let covered = pieces.map { text.text($0) }.joined(separator: " ")
            out += "\(tID)\t\(BratNames.type(annotation.type)) \(spans)\t\(covered)\n"

            var noteParts = ["gloss_id=\(annotation.id)", "annotator=\(annotation.annotator)"]
            for name in annotation.attributes.keys.sorted() {
                let value = annotation.attributes[name]!
                switch AttributeRole.of(name: name, value: value) {
                case .references(let ids):
                    for target in ids {
                        guard let targetID = entityID[target] else {
                            noteParts.append("\(name)=\(value.jsonText)")
                            continue
                        }
                        counters.relation += 1
                        out += "R\(counters.relation)\t\(BratNames.relation(forAttribute: name)) Arg1:\(tID) Arg2:\(targetID)\n"
                    }
                case .identifier(let base, let entry):
                    counters.normalization += 1
                    out += "N\(counters.normalization)\tReference \(tID) \(base.rawValue):\(entry)\t\(covered)\n"
                case .category(let category):
                    counters.attribute += 1
                    out += "A\(counters.attribute)\t\(BratNames.attribute(name, ofType: annotation.type)) \(tID) \(category)\n"
                case .other(let other):
                    noteParts.append("\(name)=\(other.displayText)")
                }
            }
            counters.note += 1
            out += "#\(counters.note)\tAnnotatorNotes \(tID)\t\(BratFragments.singleLine(noteParts.joined(separator: "; ")))\n"
        }
        return out
    }
}
