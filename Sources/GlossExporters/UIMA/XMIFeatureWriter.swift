import GlossCore

/// Writes the features of a document's annotations after their common ones: primitive
/// features in attribute order, then ` attributes="{…}"` with the Gloss JSON of the attributes
/// no feature carries, then the slots; and the link elements that references become, kept
/// for after the annotations. Attributes are read in place through pointers (binding one
/// would copy it and retain its strings), and no list is allocated per annotation.
struct XMIFeatureWriter: ~Copyable {
    /// The link elements written so far.
    private(set) var links = OutputBytes(reservingCapacity: 0)
    private var nextLinkID: Int
    private let prepared: PreparedDocument
    /// The span type of each document symbol, for the types of link targets.
    private let layouts: [XMISpanLayout]
    private let firstAnnotationID: Int
    /// The annotation's links so far: the slot of each (in `XMISpanLayout.slots`) and its id.
    private var slotLinks = [(slot: Int, id: Int)]()

    init(prepared: PreparedDocument, layouts: [XMISpanLayout], firstAnnotationID: Int, firstLinkID: Int) {
        self.prepared = prepared
        self.layouts = layouts
        self.firstAnnotationID = firstAnnotationID
        nextLinkID = firstLinkID
    }

    mutating func appendFeatures(of index: Int, as layout: XMISpanLayout, to out: inout OutputBytes) {
        let attributes = prepared.attributes(of: index)
        guard let first = attributes.baseAddress else { return }
        if !slotLinks.isEmpty { slotLinks.removeAll(keepingCapacity: true) }
        // The positions of the attributes no feature carries, on the stack.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: attributes.count) { unmapped in
            var unmappedCount = 0
            for position in 0..<attributes.count {
                let attribute = first + position
                let name = prepared.utf8(attribute.pointee.nameUTF8)
                let feature = layout.feature(named: name)
                let mapped = if case .references = attribute.pointee.kind {
                    appendLinks(attribute, named: name, feature: feature, of: layout)
                } else {
                    feature.map { appendPrimitive($0, attribute, to: &out) } ?? false
                }
                if !mapped {
                    unmapped[unmappedCount] = position
                    unmappedCount += 1
                }
            }
            guard unmappedCount > 0 else { return }
            out.append(#" attributes="{"#)
            for number in 0..<unmappedCount {
                if number > 0 { out.append(byte: UInt8(ascii: ",")) }
                appendMember(first + unmapped[number], to: &out)
            }
            out.append(#"}""#)
        }
        guard !slotLinks.isEmpty else { return }
        for slot in layout.slots.indices where slotLinks.contains(where: { $0.slot == slot }) {
            out.append(layout.slots[slot].start)
            var separator = false
            for link in slotLinks where link.slot == slot {
                if separator { out.append(byte: UInt8(ascii: " ")) }
                out.appendDecimal(link.id)
                separator = true
            }
            out.append(byte: UInt8(ascii: "\""))
        }
    }

    /// `"name":value` of the attribute's Gloss JSON, XML-escaped. Most of what it escapes are
    /// the quotes around the name and around string values: those are written whole, and only
    /// the text between them is checked.
    private func appendMember(_ attribute: UnsafePointer<PreparedAttribute>, to out: inout OutputBytes) {
        let name = prepared.utf8(attribute.pointee.nameUTF8)
        guard XMLAttributeEscaping.isPlainInJSON(name) else {
            prepared.withMemberJSON(attribute.pointee) { out.appendXMLAttribute($0) }
            return
        }
        out.append("&quot;")
        out.append(name)
        out.append("&quot;:")
        prepared.withValueJSON(attribute.pointee) { value in
            switch value.first {
            case UInt8(ascii: "\""):
                out.append("&quot;")
                out.appendXMLAttribute(UnsafeBufferPointer(rebasing: value.dropFirst().dropLast()))
                out.append("&quot;")
            case UInt8(ascii: "{"), UInt8(ascii: "["): out.appendXMLAttribute(value)
            default: out.append(value)  // numbers, true, false, null
            }
        }
    }

    /// ` name="value"` for a primitive feature; false (nothing written) when the value does not fit.
    private func appendPrimitive(_ feature: UnsafePointer<XMIFeatureLayout>, _ attribute: UnsafePointer<PreparedAttribute>,
                                 to out: inout OutputBytes) -> Bool {
        switch feature.pointee.value {
        case .string:
            switch attribute.pointee.value {
            case .string:
                out.append(feature.pointee.start)
                out.appendXMLAttribute(prepared.utf8(attribute.pointee.textUTF8!))  // a string's UTF-8
            case .integer(let number):
                out.append(feature.pointee.start)
                out.appendDecimal(number)
            default: return false
            }
        case .double:
            switch attribute.pointee.value {
            case .integer(let whole):
                out.append(feature.pointee.start)
                // As the Double it converts to: exact below 10^15, where Swift prints the digits and `.0`.
                if whole.magnitude < 1_000_000_000_000_000 {
                    out.appendDecimal(whole)
                    out.append(".0")
                } else {
                    out.append(string: String(Double(whole)))
                }
            case .number(let number):
                out.append(feature.pointee.start)
                prepared.withValueJSON(attribute.pointee) { out.appendXMIDouble(number, json: $0) }
            default: return false
            }
        case .slot: return false
        }
        out.append(byte: UInt8(ascii: "\""))
        return true
    }

    /// Writes a link element per target the document has, and notes it in its slot: the typed
    /// slot of `feature` when the target has the slot's type, else `links`. False when a target is missing.
    private mutating func appendLinks(_ attribute: UnsafePointer<PreparedAttribute>, named name: UnsafeBufferPointer<UInt8>,
                                      feature: UnsafePointer<XMIFeatureLayout>?, of layout: XMISpanLayout) -> Bool {
        guard case .references(let targets) = attribute.pointee.role else { return true }
        let positions = prepared.positions
        var allFound = true
        for target in targets {
            guard let targetPosition = positions.position(of: target) else { allFound = false; continue }
            var slot = layout.linksSlot
            if let feature, case .slot(let typedSlot, let targetType) = feature.pointee.value,
               layouts[prepared.type(of: targetPosition).number].number == targetType {
                slot = typedSlot
            }
            links.append(layout.slots[slot].linkStart)
            links.appendDecimal(nextLinkID)
            links.append(#"" role=""#)
            links.appendXMLAttribute(name)
            links.append(#"" target=""#)
            links.appendDecimal(firstAnnotationID + targetPosition)
            links.append("\"/>\n")
            slotLinks.append((slot, nextLinkID))
            nextLinkID += 1
        }
        return allFound
    }
}

extension OutputBytes {
    /// `number` as Swift prints it (`0.0399`, `3.0`, `1e-05`), which Java's parser reads, from
    /// its Gloss JSON (`JSONNumber`): the same text where that has a point or an exponent,
    /// `.0` added to whole numbers, and the values JSON writes as null spelled as Java reads them.
    mutating func appendXMIDouble(_ number: Double, json: UnsafeBufferPointer<UInt8>) {
        guard number.isFinite else {
            append(number.isNaN ? "NaN" : number > 0 ? "Infinity" : "-Infinity")
            return
        }
        if number == 0, number.sign == .minus {
            append("-0.0")  // JSON writes it as 0
            return
        }
        append(json)
        if !json.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }) { append(".0") }
    }
}
