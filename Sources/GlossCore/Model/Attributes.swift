/// An annotation's attributes, kept in name order in one array. Annotations carry a handful
/// each and are made by the hundred thousand: one small sorted array costs one allocation and
/// no hashing, and every exporter reads the attributes in name order anyway.
/// The building blocks are inlinable: every annotator makes them from another module, and an
/// opaque call per literal would put its variadic array on the heap.
public struct Attributes: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: String, value: AttributeValue)

    @usableFromInline
    struct Member: Sendable, Hashable {
        @usableFromInline let name: String
        @usableFromInline var value: AttributeValue

        @inlinable
        init(name: String, value: AttributeValue) {
            self.name = name
            self.value = value
        }
    }

    @usableFromInline
    var members: [Member]

    @inlinable
    public init() { members = [] }

    @inlinable
    public init(minimumCapacity: Int) {
        members = []
        members.reserveCapacity(minimumCapacity)
    }

    /// Duplicate names are a programming error, as in a dictionary literal.
    @inlinable
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        members = []
        members.reserveCapacity(elements.count)
        for (name, value) in elements {
            // Literals written in name order append after one comparison each.
            if let last = members.last, last.name < name {
                members.append(Member(name: name, value: value))
                continue
            }
            let position = insertionPoint(of: name)
            precondition(position == members.endIndex || members[position].name != name, "attribute \(name) given twice")
            members.insert(Member(name: name, value: value), at: position)
        }
    }

    public init(_ dictionary: [String: AttributeValue]) {
        members = dictionary.map { Member(name: $0.key, value: $0.value) }
        members.sort { $0.name < $1.name }
    }

    @inlinable public var startIndex: Int { members.startIndex }
    @inlinable public var endIndex: Int { members.endIndex }
    @inlinable public subscript(position: Int) -> Element { (members[position].name, members[position].value) }

    /// The value named `name`; setting `nil` removes it.
    @inlinable
    public subscript(name: String) -> AttributeValue? {
        get {
            let position = insertionPoint(of: name)
            return position < members.endIndex && members[position].name == name ? members[position].value : nil
        }
        set {
            if let newValue, members.last.map({ $0.name < name }) ?? true {
                members.append(Member(name: name, value: newValue))
                return
            }
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
    @inlinable
    func insertionPoint(of name: String) -> Int {
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
