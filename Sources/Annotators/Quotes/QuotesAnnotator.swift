import GlossCore

/// Quotations in news text and who said them: `quote` annotations (direct, partial,
/// scare, optionally indirect) linked to `speaker` mentions with canonical names.
public struct QuotesAnnotator: Annotator {
    public static let description = AnnotatorDescription(
        kind: "quotes",
        summary: "Quotations (direct, partial, scare; indirect on request) and their speakers, with canonical names resolved in the document.",
        emits: ["quote", "speaker"],
        options: [
            OptionSpec("marks", .list(.choice(MarkStyle.allCases.map(\.rawValue))), default: .list([.string("double")]),
                       help: "Quotation mark styles: double (“…” and \"…\", with nested single marks), single (‘…’ and '…' on their own), guillemets («…»), low-9 („…“)."),
            OptionSpec("min_words", .integer(min: 0), default: .integer(1),
                       help: "Drop quotations with fewer words than this (all parts of a quotation together)."),
            OptionSpec("kinds", .list(.choice(QuoteKind.allCases.map(\.rawValue))),
                       default: .list([.string("direct"), .string("partial"), .string("scare")]),
                       help: "Kinds of quotation to emit; add 'indirect' for reported speech without marks."),
            OptionSpec("cues", .list(.string), default: .list([]),
                       help: "Extra cue words (one word each, any form: 'grumbled', 'tweeted'), added to the built-in list."),
            OptionSpec("attribution", .bool, default: .bool(true),
                       help: "Find speakers: emit 'speaker' annotations and the quote's speaker, speaker_name and cue."),
        ])

    private let markReader: MarkReader
    private let minimumWords: Int
    private let kinds: QuoteKinds
    private let wordTable: WordTable
    private let attributes: Bool

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        let styles = Set(options.strings("marks").compactMap(MarkStyle.init(rawValue:)))
        if styles.isEmpty { throw options.error("marks", "no quotation mark style selected", hint: "use at least [double]") }
        markReader = MarkReader(styles: styles)
        let kinds = Set(options.strings("kinds").compactMap(QuoteKind.init(rawValue:)))
        if kinds.isEmpty { throw options.error("kinds", "no kind of quotation selected", hint: "for example [direct, partial]") }
        self.kinds = QuoteKinds(kinds)
        minimumWords = options.integer("min_words")
        var extraCues = [String]()
        for cue in options.strings("cues") {
            let word = cue.lowercased()
            guard !word.isEmpty, word.unicodeScalars.allSatisfy({ UTF8Scanning.isWordScalar($0) || $0 == "-" }) else {
                throw options.error("cues", "cue '\(cue)' is not a single word", hint: "write each form as its own word, e.g. [grumbled, tweeted]")
            }
            guard word.utf8.count <= WordTable.maxWordBytes else {
                throw options.error("cues", "cue '\(cue)' is longer than \(WordTable.maxWordBytes) bytes", hint: "cue words are looked up in a table of words of at most \(WordTable.maxWordBytes) bytes")
            }
            extraCues.append(word)
        }
        wordTable = extraCues.isEmpty ? WordClass.builtInTable : WordClass.table(extraCues: extraCues)
        attributes = options.bool("attribution")
    }

    public var emittedTypes: [String] { attributes ? ["quote", "speaker"] : ["quote"] }

    public func annotate(_ context: AnnotationContext) throws {
        let layer = context.text
        let tokens = layer.tokens
        let paragraphBytes = layer.paragraphs
        layer.utf8.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                let paragraphs = Self.tokenRanges(of: paragraphBytes, in: tokens)
                let text = TokenText(bytes: bytes, tokens: tokens, wordTable: wordTable)
                let finder = MentionFinder(text: text)
                let document = DocumentQuotes(text: text, paragraphs: paragraphs, finder: finder,
                                              scanner: QuotationScanner(reader: markReader))
                var found = document.find()
                if kinds.contains(.indirect) {
                    found += IndirectSpeechFinder(text: text, paragraphs: paragraphs, finder: finder).find(after: found)
                }
                var emitter = QuoteEmitter(context: context, text: text, resolver: SpeakerResolver(text: text, finder: finder),
                                           withSpeakers: attributes)
                emitter.emit(found, kinds: kinds, minimumWords: minimumWords)
            }
        }
    }

    /// The tokens of each paragraph, as `TextLayer.tokenIndices(in:)` finds them, but each
    /// bound galloped to from the one before (paragraphs come in order, and no token spans
    /// the line break between two): two binary searches of the whole array per paragraph
    /// cost several times more.
    private static func tokenRanges(of paragraphs: [Range<Int>], in tokens: UnsafeBufferPointer<Token>) -> [Range<Int>] {
        var upper = 0
        return paragraphs.map { paragraph in
            let lower = gallop(tokens, from: upper) { Int($0.end) > paragraph.lowerBound }
            upper = gallop(tokens, from: lower) { Int($0.start) >= paragraph.upperBound }
            return lower..<upper
        }
    }

    /// The first index from `start` on where `isPast` holds (false before `start`, and true
    /// from some index on): steps of 1, 2, 4 … until it holds, then a binary search.
    private static func gallop(_ tokens: UnsafeBufferPointer<Token>, from start: Int, where isPast: (Token) -> Bool) -> Int {
        var low = start
        var probe = start
        var step = 1
        while probe < tokens.count, !isPast(tokens[probe]) {
            low = probe + 1
            probe += step
            step *= 2
        }
        return UnsafeBufferPointer(rebasing: tokens[..<min(probe, tokens.count)]).partitionIndex(from: low, where: isPast)
    }
}
