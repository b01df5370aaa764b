import GlossCore

/// Runs an external program that speaks the Gloss annotator protocol (JSON Lines on its
/// stdin and stdout, specified in docs/extending.md), so annotators written in any
/// language — a spaCy model, a rule script — can join a pipeline.
public struct ExternalAnnotator: Annotator {
    public static let description = AnnotatorDescription(
        kind: "command",
        summary: "Runs an external program that reads documents and writes annotations as JSON Lines; its handshake declares the types it emits. Needs --allow-commands.",
        emits: [],
        options: [
            OptionSpec("command", .list(.string), required: true,
                       help: "The program and its arguments, e.g. [python3, annotator.py]. A program path with '/' is relative to 'directory'; a bare name is looked up on PATH."),
            OptionSpec("directory", .path(mustExist: true), default: .string("."),
                       help: "Working directory of the program, relative to the configuration file (so relative arguments work)."),
            OptionSpec("environment", .dictionary(.string), help: "Extra environment variables for the program."),
            OptionSpec("timeout", .number(min: 0.001), default: .number(30),
                       help: "Seconds the program may take per document; past it, the program is stopped, the document fails and a new copy starts for the next one."),
            OptionSpec("startup_timeout", .number(min: 0.001), default: .number(60),
                       help: "Seconds the program may take to start and answer the handshake."),
            OptionSpec("processes", .integer(min: 1, max: 64), default: .integer(1),
                       help: "Copies of the program to run, so that this many documents are annotated at once."),
        ])

    private let pool: ChildPool
    private let declaredTypes: Set<String>

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        let command = try ExternalCommand(options: options, allowsCommands: configuration.allowsCommands)
        do {
            pool = try ChildPool(command: command, annotatorID: configuration.id, copies: options.integer("processes"))
        } catch {
            throw options.error("command", error.description, hint: "see the protocol in docs/extending.md; try the program by hand: echo '{\"gloss\": \"annotator-protocol\", \"version\": 1}' | \(command.displayName)")
        }
        declaredTypes = Set(pool.handshake.types)
    }

    public var emittedTypes: [String] { pool.handshake.types.sorted() }

    public func annotate(_ context: AnnotationContext) throws {
        let request = AnnotatorProtocol.request(for: context.document)
        let answer: Answer
        do {
            answer = try pool.withChild { child in
                let line = try child.exchange(request, timeout: pool.command.timeout)
                let response = try AnnotatorProtocol.decode(AnnotatorProtocol.Response.self, from: line)
                guard response.id == context.document.id else {
                    throw ProtocolViolation("it answered for document '\(response.id)', not '\(context.document.id)'")
                }
                if let message = response.error { return .refused(message) }
                guard let annotations = response.annotations else { throw ProtocolViolation("missing \"annotations\"") }
                return .annotations(try annotations.enumerated().map { index, span throws(ProtocolViolation) in
                    try span.checked(index: index, in: context.text, declaredTypes: declaredTypes)
                })
            }
        } catch {
            throw AnnotatorFailure(error.description + "; a new copy is started for the next document")
        }
        switch answer {
        case .refused(let message):
            throw AnnotatorFailure("`\(pool.command.displayName)` could not annotate this document: \(message)")
        case .annotations(let spans):
            for span in spans { try context.add(span.type, scalars: span.scalars, attributes: span.attributes) }
        }
    }

    /// What the program answered for one document.
    private enum Answer {
        case annotations([CheckedSpan])
        /// The program reported its own error (`"error"`); it stays in step, so it keeps running.
        case refused(String)
    }
}
