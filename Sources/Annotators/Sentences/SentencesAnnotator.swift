import GlossCore

/// Sentence and paragraph annotations from the shared text layer.
public struct SentencesAnnotator: Annotator {
    public static let description = AnnotatorDescription(
        kind: "sentences",
        summary: "Sentences and paragraphs, from the shared text layer (news-grade splitting).",
        emits: ["sentence", "paragraph"],
        options: [
            OptionSpec("sentences", .bool, default: .bool(true), help: "Emit one 'sentence' annotation per sentence."),
            OptionSpec("paragraphs", .bool, default: .bool(false), help: "Emit one 'paragraph' annotation per paragraph."),
        ])

    private let emitsSentences: Bool
    private let emitsParagraphs: Bool

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        emitsSentences = options.bool("sentences")
        emitsParagraphs = options.bool("paragraphs")
        if !emitsSentences && !emitsParagraphs {
            throw options.error("sentences", "nothing to emit: both 'sentences' and 'paragraphs' are false", hint: "turn one of them on")
        }
    }

    public var emittedTypes: [String] {
        (emitsSentences ? ["sentence"] : []) + (emitsParagraphs ? ["paragraph"] : [])
    }

    public func annotate(_ context: AnnotationContext) throws {
        if emitsParagraphs {
            for (index, range) in context.text.paragraphs.enumerated() {
                context.add("paragraph", bytes: range, attributes: ["index": .integer(index)])
            }
        }
        if emitsSentences {
            for (index, range) in context.text.sentences.enumerated() {
                context.add("sentence", bytes: range, attributes: ["index": .integer(index)])
            }
        }
    }
}
