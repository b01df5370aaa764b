/// Absolute IRIs for documents and annotations (the W3C model requires IRIs for every
/// `id` and `source`): `urn:gloss:doc:<document id>` with the id percent-encoded, so a
/// `/` in a document id stays part of one path segment.
struct WebAnnotationIRIs {
    let document: String

    init(documentID: String) {
        document = "urn:gloss:doc:" + Self.percentEncoded(documentID)
    }

    var collection: String { document + "/annotations" }
    var firstPage: String { collection + "/page1" }

    func annotation(_ id: String) -> String { document + "/annotation/" + Self.percentEncoded(id) }

    /// The link from an annotation's reference attribute to the annotation it names.
    func link(from id: String, attribute: String) -> String {
        annotation(id) + "/" + Self.percentEncoded(attribute)
    }

    /// Keeps RFC 3986 unreserved characters, encodes every other UTF-8 byte.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
