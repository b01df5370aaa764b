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
        let units = UTF16Offsets(prepared.text)
        let annotations = document.annotations
        let escaped = EscapedText<XMLAttributeEscaping>.of(document)
        return OutputBytes.array(reservingCapacity: prepared.estimatedSize(withText: true, attributeWeight: 2, perAnnotation: 260)) { out in
            out.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" \
                xmlns:tcas="http:///uima/tcas.ecore" xmlns:gloss="http:///gloss.ecore" xmi:version="2.0">
                  <cas:NULL xmi:id="0"/>
                  <cas:Sofa xmi:id="
                """)
            out.appendDecimal(sofaID)
            out.append(#"" sofaNum="1" sofaID="_InitialView" mimeType="text/plain" sofaString=""#)
            out.append(escaped.bytes[...])
            out.append("\"/>\n  <tcas:DocumentAnnotation xmi:id=\"")
            out.appendDecimal(documentAnnotationID)
            out.append(#"" sofa=""#); out.appendDecimal(sofaID)
            out.append(#"" begin="0" end=""#); out.appendDecimal(units.count)
            out.append("\" language=\"x-unspecified\"/>\n")

            var symbols = XMISymbolFragments(prepared)
            var features = XMIFeatureWriter(prepared: prepared, layouts: symbols.layouts, firstAnnotationID: firstAnnotationID,
                                            firstLinkID: firstAnnotationID + annotations.count)
            // Fields are read in place by index: binding an annotation would retain and release each of its strings.
            for index in annotations.indices {
                let type = prepared.type(of: index), start = annotations[index].start, end = annotations[index].end
                let layout = symbols.layouts[type.number]
                out.append(layout.elementStart)
                out.appendDecimal(firstAnnotationID + index)
                out.append(#"" sofa="1" begin=""#)  // the sofa: sofaID
                out.appendDecimal(units.unit(atScalar: start))
                out.append(#"" end=""#); out.appendDecimal(units.unit(atScalar: end))
                out.append(#"" text=""#); escaped.append(start..<end, to: &out)
                out.append(#"" glossId=""#); out.appendXMLAttribute(prepared.idUTF8(of: index))
                out.append(byte: UInt8(ascii: "\""))
                symbols.appendAnnotatorAndLabel(annotator: prepared.annotator(of: index), type: type, to: &out)
                features.appendFeatures(of: index, as: layout, to: &out)
                out.append("/>\n")
            }
            out.append(features.links)
            out.append("  <cas:View sofa=\""); out.appendDecimal(sofaID); out.append("\" members=\""); out.appendDecimal(documentAnnotationID)
            for index in annotations.indices { out.append(" "); out.appendDecimal(firstAnnotationID + index) }
            out.append("\"/>\n</xmi:XMI>\n")
        }
    }
}
