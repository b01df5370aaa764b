import GlossCore

/// What every format reads from an annotated document, worked out once and shared by all
/// the formats a run writes (it is kept in `AnnotatedDocument.derived`): the text as UTF-8
/// with its scalar offsets, where each annotation sits by id, and each annotation's
/// attributes in name order with their role and their Gloss JSON. Exporters then copy
/// bytes instead of sorting, hashing and formatting the same values once per format.
final class PreparedDocument: Sendable {
    let text: DocumentScalars
    let positions: AnnotationPositions
    /// Every annotation's attributes, flat and in name order: annotation `i` has
    /// `attributes[attributeStarts[i]..<attributeStarts[i + 1]]`.
    private let attributes: [PreparedAttribute]
    private let attributeStarts: [Int]
    /// Where each annotation's attributes object is in `json`.
    private let objects: [Range<Int>]
    /// The Gloss JSON of every annotation's attributes object, one after the other.
    private let json: [UInt8]

    static func of(_ document: AnnotatedDocument) -> PreparedDocument {
        document.derived.value { PreparedDocument(document) }
    }

    private init(_ document: AnnotatedDocument) {
        text = DocumentScalars(document.document.text)
        let annotations = document.annotations
        var attributes = [PreparedAttribute]()
        attributes.reserveCapacity(annotations.indices.reduce(0) { $0 + annotations[$1].attributes.count })
        var attributeStarts = [Int]()
        attributeStarts.reserveCapacity(annotations.count + 1)
        var objects = [Range<Int>]()
        objects.reserveCapacity(annotations.count)
        var json = OutputBytes(reservingCapacity: annotations.count * 96)
        var referenced = Set<AnnotationID>()
        // Index loops read single fields: binding whole annotations would retain and release each of their strings.
        for index in annotations.indices {
            attributeStarts.append(attributes.count)
            let objectStart = json.byteCount
            json.append("{")
            for (number, (name, value)) in annotations[index].attributes.enumerated() {
                if number > 0 { json.append(",") }
                let memberStart = json.byteCount
                json.appendJSONString(name)
                json.append(":")
                let valueStart = json.byteCount
                json.appendJSON(value)
                let role = AttributeRole.of(name: name, value: value)
                if case .references(let ids) = role { referenced.formUnion(ids) }
                attributes.append(PreparedAttribute(
                    name: name, value: value, role: role, memberStart: memberStart, valueStart: valueStart, end: json.byteCount))
            }
            json.append("}")
            objects.append(objectStart..<json.byteCount)
        }
        attributeStarts.append(attributes.count)
        positions = AnnotationPositions(annotations, referenced: referenced)
        self.attributes = attributes
        self.attributeStarts = attributeStarts
        self.objects = objects
        self.json = json.finish()
    }

    /// The size of all the attributes' JSON, for reserving output space.
    var attributesJSONCount: Int { json.count }

    /// The attributes of the annotation at `index`, in name order.
    func attributes(of index: Int) -> ArraySlice<PreparedAttribute> {
        attributes[attributeStarts[index]..<attributeStarts[index + 1]]
    }

    /// The Gloss JSON object of the attributes of the annotation at `index`.
    func withAttributesJSON<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withJSON(objects[index], body)
    }

    /// `"name":value` of one attribute, as a member of a Gloss JSON object.
    func withMemberJSON<Result>(_ attribute: borrowing PreparedAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withJSON(attribute.memberStart..<attribute.end, body)
    }

    /// The attribute's value as Gloss JSON.
    func withValueJSON<Result>(_ attribute: borrowing PreparedAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withJSON(attribute.valueStart..<attribute.end, body)
    }

    /// A compact one-value rendering for notes and descriptions: strings as they are,
    /// everything else (numbers, references, lists, objects) as its Gloss JSON.
    func withDisplayText<Result>(_ attribute: borrowing PreparedAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard case .string(let text) = attribute.value else { return withValueJSON(attribute, body) }
        return text.withUTF8Buffer(body)
    }

    private func withJSON<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        json.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

/// One attribute of an annotation, with how exporters render it and where its JSON is.
struct PreparedAttribute {
    let name: String
    let value: AttributeValue
    let role: AttributeRole
    /// Where `"name":value` starts in the document's attribute JSON, where its value starts and where both end.
    fileprivate let memberStart: Int, valueStart: Int, end: Int
}
