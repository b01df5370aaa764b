import GlossCore

extension Annotation {
    /// The attributes in name order, the order every format writes them in. Most
    /// annotations have none or one, which need no sorted copy of the keys.
    func forEachAttributeByName(_ body: (String, AttributeValue) throws -> Void) rethrows {
        switch attributes.count {
        case 0: return
        case 1: let (name, value) = attributes.first!; try body(name, value)
        default: for name in attributes.keys.sorted() { try body(name, attributes[name]!) }
        }
    }
}
