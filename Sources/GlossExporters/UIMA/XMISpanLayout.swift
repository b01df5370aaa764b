/// A span type as the XMI writer reads it once per annotation: its fragments pre-encoded
/// and its features in a flat table of plain values, so that reading them neither retains
/// nor converts a String. Made once per process from `UIMATypeSystem` and never freed.
// @unchecked: immutable, and the buffers it points to live as long as the process.
struct XMISpanLayout: @unchecked Sendable {
    /// `  <gloss:Quote xmi:id="`.
    let elementStart: UnsafeBufferPointer<UInt8>
    /// `gloss.Annotation`, whose `label` feature holds the Gloss type.
    let isGeneric: Bool
    let features: UnsafeBufferPointer<XMIFeatureLayout>
    /// The slot features and `links`, in name order: the order XMI writes them in.
    let slots: UnsafeBufferPointer<XMISlotLayout>
    /// Where `links` is in `slots`.
    let linksSlot: Int
    /// The span type's place in `UIMATypeSystem.layouts`, to compare slot targets' types.
    let number: Int

    /// The feature that carries the attribute with this UTF-8 name.
    @inline(__always)
    func feature(named name: UnsafeBufferPointer<UInt8>) -> UnsafePointer<XMIFeatureLayout>? {
        for number in features.indices where features[number].attributeName.elementsEqualBytes(name) {
            return features.baseAddress! + number
        }
        return nil
    }
}

struct XMIFeatureLayout: @unchecked Sendable {
    enum Value {
        case string, double
        /// Links to targets of the span type numbered `targetType` go to `slot`, others to `links`.
        case slot(Int, targetType: Int)
    }

    /// The UTF-8 of the Gloss attribute it carries.
    let attributeName: UnsafeBufferPointer<UInt8>
    /// ` kind="`.
    let start: UnsafeBufferPointer<UInt8>
    let value: Value
}

struct XMISlotLayout: @unchecked Sendable {
    /// ` speaker="`.
    let start: UnsafeBufferPointer<UInt8>
    /// `  <gloss:QuoteSpeakerLink xmi:id="`: the element of each link in the slot.
    let linkStart: UnsafeBufferPointer<UInt8>
}

extension UIMATypeSystem {
    /// The layouts of `builtIn` and then `generic`.
    static let layouts: [XMISpanLayout] = {
        let types = builtIn + [generic]
        return types.indices.map { number in
            let type = types[number]
            var slotNames = [(name: String, link: String)]()
            for feature in type.features {
                if case .slot(let link, _) = feature.range { slotNames.append((feature.name, link)) }
            }
            slotNames.append(("links", linkType))
            slotNames.sort { $0.name < $1.name }
            let features = type.features.map { feature in
                let value: XMIFeatureLayout.Value
                switch feature.range {
                case .string: value = .string
                case .double: value = .double
                case .slot(_, let targetType):
                    value = .slot(slotNames.firstIndex { $0.name == feature.name }!, targetType: types.firstIndex { $0.name == targetType } ?? -1)
                }
                return XMIFeatureLayout(attributeName: permanent(feature.attribute), start: permanent(" \(feature.name)=\""), value: value)
            }
            let slots = slotNames.map { XMISlotLayout(start: permanent(" \($0.name)=\""), linkStart: permanent("  <gloss:\(shortName(of: $0.link)) xmi:id=\"")) }
            return XMISpanLayout(elementStart: permanent("  <gloss:\(shortName(of: type.name)) xmi:id=\""), isGeneric: type.glossType == nil,
                                 features: permanent(features), slots: permanent(slots),
                                 linksSlot: slotNames.firstIndex { $0.name == "links" }!, number: number)
        }
    }()

    /// Looked up once per type of each document: comparing with the few built-in types costs less than hashing.
    static func layout(forGlossType type: String) -> XMISpanLayout {
        layouts[builtIn.firstIndex { $0.glossType == type } ?? builtIn.count]
    }

    private static func permanent(_ text: String) -> UnsafeBufferPointer<UInt8> { permanent(Array(text.utf8)) }

    /// A copy that lives as long as the process, as the layouts do.
    private static func permanent<Element>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
        let copy = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = copy.initialize(from: elements)
        return UnsafeBufferPointer(copy)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte equality, lengths first: most names differ in length.
    @inline(__always)
    func elementsEqualBytes(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        for index in indices where self[index] != other[index] { return false }
        return true
    }
}
