/// A file an exporter wants written, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Mode: Sendable {
        /// The whole file, replaced atomically.
        case replace
        /// A part of one stream file shared by all documents (e.g. JSON Lines), appended in
        /// document order; the stream appears atomically when the run finishes.
        case appendToStream
    }

    public let path: String
    public let bytes: [UInt8]
    public let mode: Mode

    public init(path: String, bytes: [UInt8], mode: Mode = .replace) {
        self.path = path
        self.bytes = bytes
        self.mode = mode
    }
}

/// What an exporter knows about the run: the annotator instances and the types they emit
/// (brat and UIMA need the full type inventory up front).
public struct ExportContext: Sendable {
    public struct AnnotatorInfo: Sendable {
        public let id: String
        public let kind: String
        public let emits: [String]

        public init(id: String, kind: String, emits: [String]) {
            self.id = id
            self.kind = kind
            self.emits = emits
        }
    }

    public let annotators: [AnnotatorInfo]

    public init(annotators: [AnnotatorInfo]) {
        self.annotators = annotators
    }

    public init(pipeline: Pipeline) {
        annotators = pipeline.steps.map { AnnotatorInfo(id: $0.id, kind: $0.kind, emits: $0.annotator.emittedTypes) }
    }
}

/// Turns annotated documents into files of one format. `files(for:)` runs on worker
/// threads, so it must be pure; writing is done by the caller, atomically.
public protocol Exporter: Sendable {
    static var name: String { get }
    static var summary: String { get }

    init(context: ExportContext)

    func files(for document: AnnotatedDocument) throws -> [OutputFile]

    /// Files for the whole run (e.g. brat's annotation.conf), written once at the end.
    func runFiles() -> [OutputFile]
}

extension Exporter {
    public func runFiles() -> [OutputFile] { [] }
}

/// The output formats a run may name.
public struct ExporterRegistry: Sendable {
    public struct Format: Sendable {
        public let name: String
        public let summary: String
        let make: @Sendable (ExportContext) -> any Exporter
    }

    private var formats: [String: Format] = [:]

    public init() {}

    public mutating func register<E: Exporter>(_ type: E.Type) {
        precondition(formats[E.name] == nil, "output format '\(E.name)' is registered twice")
        formats[E.name] = Format(name: E.name, summary: E.summary, make: { E(context: $0) })
    }

    public var names: [String] { formats.keys.sorted() }
    public var all: [Format] { formats.values.sorted { $0.name < $1.name } }

    public func make(_ name: String, context: ExportContext) -> (any Exporter)? {
        formats[name].map { $0.make(context) }
    }
}
