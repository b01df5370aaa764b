/// The annotator kinds a run may name. Registering a kind is one line:
/// `registry.register(MyAnnotator.self)`. The core registers none itself.
public struct AnnotatorRegistry: Sendable {
    public struct Kind: Sendable {
        public let description: AnnotatorDescription
        let make: @Sendable (AnnotatorConfiguration) throws -> any Annotator
    }

    private var kinds: [String: Kind] = [:]

    public init() {}

    public mutating func register<A: Annotator>(_ type: A.Type) {
        let description = A.description
        precondition(kinds[description.kind] == nil, "annotator kind '\(description.kind)' is registered twice")
        kinds[description.kind] = Kind(description: description, make: { try A(configuration: $0) })
    }

    public func kind(named name: String) -> Kind? { kinds[name] }

    /// All kinds, sorted by name.
    public var all: [Kind] { kinds.values.sorted { $0.description.kind < $1.description.kind } }

    public var names: [String] { kinds.keys.sorted() }
}
