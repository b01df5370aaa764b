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
        return [OutputFile(path: path, bytes: XMIDocument.make(document))]
    }

    public func runFiles() -> [OutputFile] {
        [OutputFile(path: Self.typeSystemPath, bytes: Array(UIMATypeSystem.xml.utf8))]
    }
}

/// Writes one CAS: the sofa, a DocumentAnnotation, one element per annotation (ids in
/// document order), link structures for references, and the view listing every annotation.
enum XMIDocument {
    private static let sofaID = 1, documentAnnotationID = 2, firstAnnotationID = 3

    static func make(_ document: AnnotatedDocument) -> [UInt8] {
        let text = DocumentScalars(document.document.text)
        let units = UTF16Offsets(text)
        let annotations = document.annotations
        let positions = AnnotationPositions(annotations)
        var out = OutputBytes(reservingCapacity: text.utf8.count * 2 + annotations.count * 220 + 512)
        out.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" \
            xmlns:tcas="http:///uima/tcas.ecore" xmlns:gloss="http:///gloss.ecore" xmi:version="2.0">
              <cas:NULL xmi:id="0"/>
              <cas:Sofa
            """)
        out.appendXMLFeature("xmi:id", sofaID)
        out.append(#" sofaNum="1" sofaID="_InitialView" mimeType="text/plain" sofaString=""#)
        out.appendXMLAttribute(text.utf8[...])
        out.append("\"/>\n  <tcas:DocumentAnnotation")
        out.appendXMLFeature("xmi:id", documentAnnotationID)
        out.appendXMLFeature("sofa", sofaID)
        out.appendXMLFeature("begin", 0)
        out.appendXMLFeature("end", units.count)
        out.append(" language=\"x-unspecified\"/>\n")

        var links = OutputBytes(reservingCapacity: 0)
        var nextLinkID = firstAnnotationID + annotations.count
        var spanType = UIMATypeSystem.generic
        var spanTypeOf: String?
        for (index, annotation) in annotations.enumerated() {
            // Types come in runs (sentences, then patterns …): look up only when the type changes.
            if annotation.type != spanTypeOf {
                spanType = UIMATypeSystem.spanType(forGlossType: annotation.type)
                spanTypeOf = annotation.type
            }
            out.append("  <gloss:"); out.append(string: spanType.shortName)
            out.appendXMLFeature("xmi:id", firstAnnotationID + index)
            out.appendXMLFeature("sofa", sofaID)
            out.appendXMLFeature("begin", units.unit(atScalar: annotation.start))
            out.appendXMLFeature("end", units.unit(atScalar: annotation.end))
            out.appendXMLFeature("text", annotation.text)
            out.appendXMLFeature("glossId", annotation.id)
            out.appendXMLFeature("annotator", annotation.annotator)
            if spanType.glossType == nil { out.appendXMLFeature("label", annotation.type) }
            if !annotation.attributes.isEmpty {
                if spanType.features.isEmpty, !annotation.attributes.values.contains(where: AnnotationPositions.mayReference) {
                    // No feature of its own and no link: every attribute goes to `attributes`.
                    out.appendXMLFeature("attributes", AttributeValue.object(annotation.attributes).jsonText)
                } else {
                    // Primitive features go out in attribute order; the JSON of the rest and the slots after them.
                    var slots = [String: [Int]]()
                    var unmapped = [String: AttributeValue]()
                    annotation.forEachAttributeByName { name, value in
                        let feature = spanType.features.first { $0.attribute == name }
                        if case .references(let ids) = AttributeRole.of(name: name, value: value) {
                            for target in ids {
                                guard let targetPosition = positions.position(of: target) else { unmapped[name] = value; continue }
                                // The typed slot when the target has the slot's type, else the generic `links`.
                                let slot: (feature: String, link: String)
                                if let feature, case .slot(let link, let targetType) = feature.range,
                                   UIMATypeSystem.spanType(forGlossType: annotations[targetPosition].type).name == targetType {
                                    slot = (feature.name, link)
                                } else {
                                    slot = ("links", UIMATypeSystem.linkType)
                                }
                                links.append("  <gloss:"); links.append(string: String(slot.link.split(separator: ".").last!))
                                links.appendXMLFeature("xmi:id", nextLinkID)
                                links.appendXMLFeature("role", name)
                                links.appendXMLFeature("target", firstAnnotationID + targetPosition)
                                links.append("/>\n")
                                slots[slot.feature, default: []].append(nextLinkID)
                                nextLinkID += 1
                            }
                        } else if let feature, let primitive = primitive(value, for: feature.range) {
                            out.appendXMLFeature(feature.name, primitive)
                        } else {
                            unmapped[name] = value
                        }
                    }
                    if !unmapped.isEmpty { out.appendXMLFeature("attributes", AttributeValue.object(unmapped).jsonText) }
                    for slot in slots.keys.sorted() { out.appendXMLFeature(slot, slots[slot]!.map(String.init).joined(separator: " ")) }
                }
            }
            out.append("/>\n")
        }
        out.append(links)
        out.append("  <cas:View sofa=\""); out.appendDecimal(sofaID); out.append("\" members=\""); out.appendDecimal(documentAnnotationID)
        for index in annotations.indices { out.append(" "); out.appendDecimal(firstAnnotationID + index) }
        out.append("\"/>\n</xmi:XMI>\n")
        return out.finish()
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

extension OutputBytes {
    /// ` name="value"`, the value escaped.
    fileprivate mutating func appendXMLFeature(_ name: String, _ value: String) {
        append(" "); append(string: name); append("=\""); appendXMLAttribute(value); append("\"")
    }

    fileprivate mutating func appendXMLFeature(_ name: StaticString, _ value: Int) {
        append(" "); append(name); append("=\""); appendDecimal(value); append("\"")
    }
}
