import GlossCore

/// An annotation the program returned that passed every check, ready to add.
struct CheckedSpan {
    let type: String
    let scalars: Range<Int>
    let attributes: Attributes
}

extension AnnotatorProtocol.Span {
    /// Checks the span against the document and the declared types. A program that
    /// counts in another unit (UTF-16, bytes, graphemes) fails here on the first
    /// non-ASCII text, instead of producing annotations that point at the wrong place.
    func checked(index: Int, in text: TextLayer, declaredTypes: Set<String>) throws(ProtocolViolation) -> CheckedSpan {
        let name = "annotations[\(index)]"
        guard declaredTypes.contains(type) else {
            throw ProtocolViolation("\(name) has type '\(type)', which its handshake did not declare (declared: \(declaredTypes.sorted().joined(separator: ", ")))")
        }
        let length = text.offsets.scalarCount
        guard start >= 0, start <= end, end <= length else {
            throw ProtocolViolation("\(name) span [\(start), \(end)) is outside the document (\(length) code points) or ends before it starts")
        }
        let slice = text.string(text.offsets.bytes(forScalars: start..<end))
        // Compare scalars, not Characters: String's == treats "é" and "e\u{301}" as equal.
        guard slice.unicodeScalars.elementsEqual(self.text.unicodeScalars) else {
            throw ProtocolViolation(
                "\(name) says [\(start), \(end)) is \(Self.quoted(self.text)) but the document has \(Self.quoted(slice)) there (offsets must count Unicode code points)")
        }
        return CheckedSpan(type: type, scalars: start..<end, attributes: Attributes((attributes ?? [:]).compactMapValues(\.attributeValue)))
    }

    private static func quoted(_ text: String) -> String {
        "\"" + (text.unicodeScalars.count > 60 ? String(text.unicodeScalars.prefix(60)) + "…" : text) + "\""
    }
}
