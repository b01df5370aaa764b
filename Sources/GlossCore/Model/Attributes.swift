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
        for (name, value) in elements { put(value, named: name, replacing: false) }
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
        get { position(of: name).map { members[$0].value } }
        set {
            if let newValue {
                put(newValue, named: name, replacing: true)
            } else if let position = position(of: name) {
                members.remove(at: position)
            }
        }
    }

    /// Adds or (when `replacing`) replaces a value. Names set in order append after one
    /// comparison; a name given twice where it may not be is a programming error. Always
    /// inlined: every annotator sets attributes this way, and a call costs 2% of sentiment.
    @inlinable @inline(__always)
    mutating func put(_ value: AttributeValue, named name: String, replacing: Bool) {
        if members.last.map({ $0.name < name }) ?? true { return members.append(Member(name: name, value: value)) }
        let position = insertionPoint(of: name)
        if position < members.endIndex && members[position].name == name {
            precondition(replacing, "attribute \(name) given twice")
            members[position].value = value
        } else {
            members.insert(Member(name: name, value: value), at: position)
        }
    }

    @inlinable
    func position(of name: String) -> Int? {
        let position = insertionPoint(of: name)
        return position < members.endIndex && members[position].name == name ? position : nil
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
