/// An annotation's attributes, kept in name order in one array. Annotations carry a handful
/// each and are made by the hundred thousand: one small sorted array costs one allocation and
/// no hashing, and every exporter reads the attributes in name order anyway.
public struct Attributes: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: String, value: AttributeValue)

    private struct Member: Sendable, Hashable {
        let name: String
        var value: AttributeValue
    }

    private var members: [Member]

    public init() { members = [] }

    public init(minimumCapacity: Int) {
        members = []
        members.reserveCapacity(minimumCapacity)
    }

    /// Duplicate names are a programming error, as in a dictionary literal.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        members = []
        members.reserveCapacity(elements.count)
        for (name, value) in elements {
            let position = insertionPoint(of: name)
            precondition(position == members.endIndex || members[position].name != name, "attribute \(name) given twice")
            members.insert(Member(name: name, value: value), at: position)
        }
    }

    public init(_ dictionary: [String: AttributeValue]) {
        members = dictionary.map { Member(name: $0.key, value: $0.value) }
        members.sort { $0.name < $1.name }
    }

    public var startIndex: Int { members.startIndex }
    public var endIndex: Int { members.endIndex }
    public subscript(position: Int) -> Element { (members[position].name, members[position].value) }

    /// The value named `name`; setting `nil` removes it.
    public subscript(name: String) -> AttributeValue? {
        get {
            let position = insertionPoint(of: name)
            return position < members.endIndex && members[position].name == name ? members[position].value : nil
        }
        set {
            let position = insertionPoint(of: name)
            let present = position < members.endIndex && members[position].name == name
            switch (newValue, present) {
            case (let value?, true): members[position].value = value
            case (let value?, false): members.insert(Member(name: name, value: value), at: position)
            case (nil, true): members.remove(at: position)
            case (nil, false): break
            }
        }
    }

    /// The first position whose name is not before `name` (a linear scan: there are few).
    private func insertionPoint(of name: String) -> Int {
        var position = members.startIndex
        while position < members.endIndex && members[position].name < name { position += 1 }
        return position
    }
}

extension Attributes: CustomStringConvertible {
    public var description: String {
        "[" + members.map { "\($0.name): \($0.value)" }.joined(separator: ", ") + "]"
    }
}
