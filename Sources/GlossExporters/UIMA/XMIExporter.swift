import GlossCore

/// `xmi`: UIMA CAS XMI per document in `xmi/<id>.xmi` plus `xmi/typesystem.xml`, what
/// INCEpTION, DKPro Core and dkpro-cassis read. Offsets are UTF-16 code units.
public struct XMIExporter: Exporter {
    public static let name = "xmi"
    public static let summary = "UIMA CAS XMI, xmi/<id>.xmi per document and xmi/typesystem.xml"
    static let typeSystemPath = "xmi/typesystem.xml"

    public init(context: ExportContext) {}

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        let path = "xmi/" + OutputPaths.relativePath(forDocumentID: document.document.id, extension: "xmi")
        return [OutputFile(path: path, bytes: Array(XMIDocument.make(document).utf8))]
    }

    public func runFiles() -> [OutputFile] {
        [OutputFile(path: Self.typeSystemPath, bytes: Array(UIMATypeSystem.xml.utf8))]
    }
}

/// Writes one CAS: the sofa, a DocumentAnnotation, one element per annotation (ids in
/// document order), link structures for references, and the view listing every annotation.
enum XMIDocument {
    private static let sofaID = 1, documentAnnotationID = 2, firstAnnotationID = 3

    static func make(_ document: AnnotatedDocument) -> String {
        let text = DocumentScalars(document.document.text)
        let units = UTF16Offsets(text)
        var xmiID = [AnnotationID: Int]()
        var glossTypeOf = [AnnotationID: String]()
        for (index, annotation) in document.annotations.enumerated() {
            xmiID[annotation.id] = firstAnnotationID + index
            glossTypeOf[annotation.id] = annotation.type
        }
        var nextLinkID = firstAnnotationID + document.annotations.count
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" \
            xmlns:tcas="http:///uima/tcas.ecore" xmlns:gloss="http:///gloss.ecore" xmi:version="2.0">
              <cas:NULL xmi:id="0"/>
              <cas:Sofa xmi:id="\(sofaID)" sofaNum="1" sofaID="_InitialView" mimeType="text/plain" \
            sofaString="\(XMLText.attribute(document.document.text))"/>
              <tcas:DocumentAnnotation xmi:id="\(documentAnnotationID)" sofa="\(sofaID)" begin="0" end="\(units.count)" language="x-unspecified"/>

            """
        out.reserveCapacity(document.document.text.utf8.count * 2 + document.annotations.count * 200)
        var links = ""
        for (index, annotation) in document.annotations.enumerated() {
            let spanType = UIMATypeSystem.spanType(forGlossType: annotation.type)
            var features: [(String, String)] = [
                ("sofa", String(sofaID)),
                ("begin", String(units.unit(atScalar: annotation.start))),
                ("end", String(units.unit(atScalar: annotation.end))),
                ("text", annotation.text), ("glossId", annotation.id), ("annotator", annotation.annotator),
            ]
            if spanType.glossType == nil { features.append(("label", annotation.type)) }
            var slots = [String: [Int]]()
            var unmapped = [String: AttributeValue]()
            for name in annotation.attributes.keys.sorted() {
                let value = annotation.attributes[name]!
                let feature = spanType.features.first { $0.attribute == name }
                if case .references(let ids) = AttributeRole.of(name: name, value: value) {
                    for target in ids {
                        guard let targetXMI = xmiID[target] else { unmapped[name] = value; continue }
                        // The typed slot when the target has the slot's type, else the generic `links`.
                        let slot: (feature: String, link: String)
                        if let feature, case .slot(let link, let targetType) = feature.range,
                           UIMATypeSystem.spanType(forGlossType: glossTypeOf[target]!).name == targetType {
                            slot = (feature.name, link)
                        } else {
                            slot = ("links", UIMATypeSystem.linkType)
                        }
                        links += "  <gloss:\(slot.link.split(separator: ".").last!) xmi:id=\"\(nextLinkID)\" role=\"\(XMLText.attribute(name))\" target=\"\(targetXMI)\"/>\n"
                        slots[slot.feature, default: []].append(nextLinkID)
                        nextLinkID += 1
                    }
                } else if let feature, let primitive = primitive(value, for: feature.range) {
                    features.append((feature.name, primitive))
                } else {
                    unmapped[name] = value
                }
            }
            if !unmapped.isEmpty { features.append(("attributes", AttributeValue.object(unmapped).jsonText)) }
            for slot in slots.keys.sorted() { features.append((slot, slots[slot]!.map(String.init).joined(separator: " "))) }
            out += "  <gloss:\(spanType.shortName) xmi:id=\"\(firstAnnotationID + index)\""
            for (name, value) in features { out += " \(name)=\"\(XMLText.attribute(value))\"" }
            out += "/>\n"
        }
        out += links
        let members = [documentAnnotationID] + document.annotations.indices.map { firstAnnotationID + $0 }
        out += "  <cas:View sofa=\"\(sofaID)\" members=\"\(members.map(String.init).joined(separator: " "))\"/>\n</xmi:XMI>\n"
        return out
    }

    /// The XMI text of a primitive feature value, or nil when the value does not fit.
    private static func primitive(_ value: AttributeValue, for range: UIMATypeSystem.Range) -> String? {
        switch (range, value) {
        case (.string, .string(let text)): return text
        case (.string, .integer(let number)): return String(number)
        case (.double, _):
            guard let number = value.doubleValue else { return nil }
            if number.isNaN { return "NaN" }
            if number.isInfinite { return number > 0 ? "Infinity" : "-Infinity" }
            return String(number)
        default: return nil
        }
    }
}
