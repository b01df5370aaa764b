/// What a kind of annotator is: its name in `annotations.yaml`, what it does, the
/// annotation types it emits and the options it accepts.
public struct AnnotatorDescription: Sendable {
    public let kind: String
    public let summary: String
    public let emits: [String]
    public let options: [OptionSpec]

    public init(kind: String, summary: String, emits: [String], options: [OptionSpec]) {
        self.kind = kind
        self.summary = summary
        self.emits = emits
        self.options = options
    }
}

/// Everything an annotator is created from: its instance id, its validated options and
/// what the run permits.
public struct AnnotatorConfiguration: Sendable {
    public let id: String
    public let options: OptionValues
    /// Whether the user opted in to running external programs (`--allow-commands`).
    public let allowsCommands: Bool

    public init(id: String, options: OptionValues, allowsCommands: Bool = false) {
        self.id = id
        self.options = options
        self.allowsCommands = allowsCommands
    }
}

/// An annotator module. It is created once from its configuration (throw a
/// `ConfigError` from `options.error(...)` for bad values, so the user sees the line and
/// column), then asked to annotate one document at a time, possibly on many threads at once.
public protocol Annotator: Sendable {
    static var description: AnnotatorDescription { get }

    init(configuration: AnnotatorConfiguration) throws

    /// Types this instance emits; by default those of its kind.
    var emittedTypes: [String] { get }

    /// Adds annotations to `context`. Throwing fails this document only.
    func annotate(_ context: AnnotationContext) throws
}

extension Annotator {
    public var emittedTypes: [String] { Self.description.emits }
}

/// An annotator failed on one document; the message says why.
public struct AnnotatorFailure: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
