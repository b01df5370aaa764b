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
        let prepared = PreparedDocument.of(document)
        let text = prepared.text
        let units = UTF16Offsets(text)
        let annotations = document.annotations
        let positions = prepared.positions
        let escaped = EscapedText<XMLAttributeEscaping>.of(document)
        return OutputBytes.array(reservingCapacity: prepared.estimatedSize(withText: true, attributeWeight: 2, perAnnotation: 260)) { out in
            out.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" \
                xmlns:tcas="http:///uima/tcas.ecore" xmlns:gloss="http:///gloss.ecore" xmi:version="2.0">
                  <cas:NULL xmi:id="0"/>
                  <cas:Sofa
                """)
            out.appendXMLFeature("xmi:id", sofaID)
            out.append(#" sofaNum="1" sofaID="_InitialView" mimeType="text/plain" sofaString=""#)
            out.append(escaped.bytes[...])
            out.append("\"/>\n  <tcas:DocumentAnnotation")
            out.appendXMLFeature("xmi:id", documentAnnotationID)
            out.appendXMLFeature("sofa", sofaID)
            out.appendXMLFeature("begin", 0)
            out.appendXMLFeature("end", units.count)
            out.append(" language=\"x-unspecified\"/>\n")

            var links = OutputBytes(reservingCapacity: 0)
            var nextLinkID = firstAnnotationID + annotations.count
            // Looked up once per type of the document.
            let spanTypes = (0..<prepared.symbolCount).map { UIMATypeSystem.spanType(forGlossType: prepared.string(DocumentSymbol(number: $0))) }
            // Strings come from `prepared`, fields and attributes are read in place by index: reading an
            // annotation's strings, or binding an annotation or attribute, would retain and release each string.
            for index in annotations.indices {
                let spanType = spanTypes[prepared.type(of: index).number]
                out.append("  <gloss:"); out.append(string: spanType.shortName)
                out.appendXMLFeature("xmi:id", firstAnnotationID + index)
                out.appendXMLFeature("sofa", sofaID)
                out.appendXMLFeature("begin", units.unit(atScalar: annotations[index].start))
                out.appendXMLFeature("end", units.unit(atScalar: annotations[index].end))
                out.append(#" text=""#); escaped.append(annotations[index].start..<annotations[index].end, to: &out); out.append("\"")
                out.appendXMLFeature("glossId", escaping: prepared.idUTF8(of: index))
                out.appendXMLFeature("annotator", escaping: prepared.utf8(prepared.annotator(of: index)))
                if spanType.glossType == nil { out.appendXMLFeature("label", escaping: prepared.utf8(prepared.type(of: index))) }
                let attributes = prepared.attributes(of: index)
                if !attributes.isEmpty {
                    if spanType.features.isEmpty, !attributes.indices.contains(where: { attributes[$0].kind == .references }) {
                        // No feature of its own and no link: every attribute goes to `attributes`.
                        prepared.withAttributesJSON(of: index) { out.appendXMLFeature("attributes", escaping: $0) }
                    } else {
                        // Primitive features go out in attribute order; the JSON of the rest and the slots after them.
                        var slots = [String: [Int]]()
                        var unmapped = [Int]()
                        for position in attributes.indices {
                            let name = prepared.utf8(attributes[position].nameUTF8)
                            let feature = spanType.features.firstIndex { $0.attributeUTF8.elementsEqual(name) }
                            if attributes[position].kind == .references, case .references(let ids) = attributes[position].role {
                                var isUnmapped = false
                                for target in ids {
                                    guard let targetPosition = positions.position(of: target) else { isUnmapped = true; continue }
                                    // The typed slot when the target has the slot's type, else the generic `links`.
                                    let slot: (feature: String, link: String)
                                    if let feature, case .slot(let link, let targetType) = spanType.features[feature].range,
                                       spanTypes[prepared.type(of: targetPosition).number].name == targetType {
                                        slot = (spanType.features[feature].name, link)
                                    } else {
                                        slot = ("links", UIMATypeSystem.linkType)
                                    }
                                    links.append("  <gloss:"); links.append(string: UIMATypeSystem.shortName(of: slot.link))
                                    links.appendXMLFeature("xmi:id", nextLinkID)
                                    links.appendXMLFeature("role", escaping: name)
                                    links.appendXMLFeature("target", firstAnnotationID + targetPosition)
                                    links.append("/>\n")
                                    slots[slot.feature, default: []].append(nextLinkID)
                                    nextLinkID += 1
                                }
                                if isUnmapped { unmapped.append(position) }
                            } else if feature == nil || !appendPrimitiveFeature(spanType.features[feature!], attributes[position], prepared: prepared, to: &out) {
                                unmapped.append(position)
                            }
                        }
                        if !unmapped.isEmpty { appendAttributesFeature(unmapped, of: attributes, prepared: prepared, to: &out) }
                        if !slots.isEmpty {
                            for slot in slots.keys.sorted() { out.appendXMLFeature(slot, slots[slot]!.map(String.init).joined(separator: " ")) }
                        }
                    }
                }
                out.append("/>\n")
            }
            out.append(links)
            out.append("  <cas:View sofa=\""); out.appendDecimal(sofaID); out.append("\" members=\""); out.appendDecimal(documentAnnotationID)
            for index in annotations.indices { out.append(" "); out.appendDecimal(firstAnnotationID + index) }
            out.append("\"/>\n</xmi:XMI>\n")
        }
    }

    /// ` attributes="{…}"`: the Gloss JSON object of the attributes at `positions` (in name order, as prepared), XML-escaped.
    private static func appendAttributesFeature(_ positions: [Int], of attributes: UnsafeBufferPointer<PreparedAttribute>, prepared: PreparedDocument,
                                                to out: inout OutputBytes) {
        out.append(#" attributes="{"#)
        for (number, position) in positions.enumerated() {
            if number > 0 { out.append(",") }
            prepared.withMemberJSON(attributes[position]) { out.appendXMLAttribute($0) }
        }
        out.append(#"}""#)
    }

    /// ` name="value"` for a primitive feature; false (nothing written) when the value does not fit.
    /// Doubles as Swift prints them (`0.0399`, `3.0`, `1e-05`, `NaN`), which Java's parser reads;
    /// short decimals without making a String.
    private static func appendPrimitiveFeature(_ feature: borrowing UIMATypeSystem.Feature, _ attribute: borrowing PreparedAttribute,
                                               prepared: PreparedDocument, to out: inout OutputBytes) -> Bool {
        switch (feature.range, attribute.value) {
        case (.string, .string): out.appendXMLFeature(feature.name, escaping: prepared.utf8(attribute.textUTF8!))  // a string's UTF-8
        case (.string, .integer(let number)): out.appendXMLFeature(feature.name, String(number))
        case (.double, _):
            guard let number = attribute.value.doubleValue else { return false }
            let json = JSONNumber(number)
            if case .decimal = json {
                json.withText { out.appendXMLFeature(feature.name, $0) }
            } else if number.isNaN {
                out.appendXMLFeature(feature.name, "NaN")
            } else if number.isInfinite {
                out.appendXMLFeature(feature.name, number > 0 ? "Infinity" : "-Infinity")
            } else {
                out.appendXMLFeature(feature.name, String(number))
            }
        default: return false
        }
        return true
    }
}

extension OutputBytes {
    /// ` name="value"`, the value escaped.
    fileprivate mutating func appendXMLFeature(_ name: String, _ value: some StringProtocol) {
        append(" "); append(string: name); append("=\""); appendXMLAttribute(value); append("\"")
    }

    /// ` name="value"` for a value already safe in XML (digits).
    fileprivate mutating func appendXMLFeature(_ name: String, _ value: UnsafeBufferPointer<UInt8>) {
        append(" "); append(string: name); append("=\""); append(value); append("\"")
    }

    fileprivate mutating func appendXMLFeature(_ name: String, escaping value: UnsafeBufferPointer<UInt8>) {
        append(" "); append(string: name); append("=\""); appendXMLAttribute(value); append("\"")
    }


    fileprivate mutating func appendXMLFeature(_ name: StaticString, _ value: Int) {
        append(" "); append(name); append("=\""); appendDecimal(value); append("\"")
    }
}
