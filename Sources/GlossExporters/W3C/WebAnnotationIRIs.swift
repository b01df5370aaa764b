/// Absolute IRIs for documents and annotations (the W3C model requires IRIs for every
/// `id` and `source`): `urn:gloss:doc:<document id>` with the id percent-encoded, so a
/// `/` in a document id stays part of one path segment. The IRIs hold only unreserved
/// characters, `:`, `/` and `%`, so they go into JSON without escaping.
struct WebAnnotationIRIs {
    let document: String
    /// `<document>/annotation/`, the start of every annotation's IRI, as UTF-8.
    private let annotationPrefix: [UInt8]

    init(documentID: String) {
        var out = OutputBytes(reservingCapacity: documentID.utf8.count + 16)
        out.append("urn:gloss:doc:")
        Self.appendPercentEncoded(documentID, to: &out)
        document = String(decoding: out.finish(), as: UTF8.self)
        annotationPrefix = Array((document + "/annotation/").utf8)
    }

    var collection: String { document + "/annotations" }
    var firstPage: String { collection + "/page1" }

    func appendAnnotation(_ id: String, to out: inout OutputBytes) {
        id.withUTF8Buffer { appendAnnotation($0, to: &out) }
    }

    func appendAnnotation(_ id: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        out.append(annotationPrefix[...])
        Self.appendPercentEncoded(id, to: &out)
    }

    /// The link from an annotation's reference attribute to the annotation it names.
    func appendLink(from id: UnsafeBufferPointer<UInt8>, attribute: String, to out: inout OutputBytes) {
        appendAnnotation(id, to: &out)
        out.append("/")
        Self.appendPercentEncoded(attribute, to: &out)
    }

    /// Keeps RFC 3986 unreserved characters, encodes every other UTF-8 byte.
    static func appendPercentEncoded(_ text: String, to out: inout OutputBytes) {
        text.withUTF8Buffer { appendPercentEncoded($0, to: &out) }
    }

    private static func appendPercentEncoded(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        if utf8.allSatisfy(isUnreserved) { return out.append(utf8) }
        let hex: StaticString = "0123456789ABCDEF"
        for byte in utf8 {
            if isUnreserved(byte) {
                out.append(byte: byte)
            } else {
                out.append("%")
                hex.withUTF8Buffer { hex in
                    out.append(byte: hex[Int(byte >> 4)])
                    out.append(byte: hex[Int(byte & 0xF)])
                }
            }
        }
    }

    /// A–Z, a–z, 0–9, `-`, `.`, `_`, `~`: one bit per ASCII byte, as every id is checked byte by byte.
    @inline(__always)
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        let below64: UInt64 = 0x03FF_6000_0000_0000, from64: UInt64 = 0x47FF_FFFE_87FF_FFFE
        return byte < 128 && (byte < 64 ? below64 : from64) &>> UInt64(byte & 63) & 1 != 0
    }
}
