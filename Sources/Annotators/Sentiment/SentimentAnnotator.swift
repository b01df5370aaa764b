import GlossCore

/// Sentiment with VADER (Hutto & Gilbert 2014; exact port of vaderSentiment 3.3.2): one
/// `sentiment` annotation per sentence, one for the document and one per quotation found
/// by an earlier annotator.
public struct SentimentAnnotator: Annotator {
    public static let description = AnnotatorDescription(
        kind: "sentiment",
        summary: "VADER sentiment (compound, pos, neu, neg, label) per sentence, per quotation and for the whole document.",
        emits: ["sentiment"],
        options: [
            OptionSpec("levels", .list(.choice(SentimentLevel.allCases.map(\.rawValue))),
                       default: .list(SentimentLevel.allCases.map { .string($0.rawValue) }),
                       help: "What to score: each sentence, the document (length-weighted mean of its sentences), each 'quote' annotation of an earlier annotator."),
            OptionSpec("positive_threshold", .number(min: -1, max: 1), default: .number(0.05),
                       help: "Compound at or above this is labelled positive (VADER's convention: 0.05)."),
            OptionSpec("negative_threshold", .number(min: -1, max: 1), default: .number(-0.05),
                       help: "Compound at or below this is labelled negative (VADER's convention: -0.05)."),
            OptionSpec("lexicon", .dictionary(.number(min: -4, max: 4)),
                       help: "Words to add to or change in the lexicon, with a valence from -4 to 4 (matched lower-cased)."),
            OptionSpec("lexicon_file", .path(mustExist: true),
                       help: "A file of 'word<TAB>valence' lines to add to the lexicon (applied before 'lexicon')."),
            OptionSpec("news_mode", .bool, default: .bool(false),
                       help: "Negation scoped to its clause and 'but' weighted by position, instead of VADER's fixed windows."),
        ])

    private let settings: SentimentSettings

    public init(configuration: AnnotatorConfiguration) throws {
        settings = try SentimentSettings(options: configuration.options)
    }

    public func annotate(_ context: AnnotationContext) throws {
        let layer = context.text
        let quotes = settings.levels.contains(.quote) ? context.annotations(ofType: "quote") : []
        layer.utf8.withUnsafeBufferPointer { text in
            var document = WeightedScores()
            if settings.levels.contains(.sentence) || settings.levels.contains(.document) {
                for sentence in layer.sentences {
                    let scores = score(text, sentence)
                    document.add(scores, weight: layer.offsets.scalars(forBytes: sentence).count)
                    if settings.levels.contains(.sentence) {
                        context.add("sentiment", bytes: sentence, attributes: attributes(scores, level: .sentence))
                    }
                }
            }
            if settings.levels.contains(.document), let span = trimmedSpan(text), let scores = document.mean {
                context.add("sentiment", bytes: span, attributes: attributes(scores, level: .document))
            }
            for quote in quotes {
                let span = layer.offsets.bytes(forScalars: quote.start..<quote.end)
                var values = attributes(score(text, span), level: .quote)
                values["quote"] = .reference(quote.id)
                context.add("sentiment", bytes: span, attributes: values)
            }
        }
    }

    private func score(_ text: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> VaderScores {
        settings.analyzer.polarityScores(utf8: UnsafeBufferPointer(rebasing: text[span]))
    }

    /// Set one by one in name order (each an append), with room for `quote`: a literal would
    /// also build and then destroy an array of its pairs, for every sentence.
    private func attributes(_ scores: VaderScores, level: SentimentLevel) -> Attributes {
        var attributes = Attributes(minimumCapacity: 7)
        attributes["compound"] = .number(scores.compound)
        attributes["label"] = .string(settings.label(scores.compound))
        attributes["level"] = .string(level.rawValue)
        attributes["neg"] = .number(scores.negative)
        attributes["neu"] = .number(scores.neutral)
        attributes["pos"] = .number(scores.positive)
        return attributes
    }

    /// The document without leading and trailing whitespace, nil when nothing is left.
    private func trimmedSpan(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return nil
        }
        return first..<(last + 1)
    }
}

/// The document score: sentence scores averaged with their length in scalars as weight,
/// so that a one-word sentence does not count as much as a long one.
struct WeightedScores {
    private var sums = VaderScores.zero
    private var totalWeight = 0

    mutating func add(_ scores: VaderScores, weight: Int) {
        let w = Double(weight)
        sums.compound += scores.compound * w
        sums.positive += scores.positive * w
        sums.neutral += scores.neutral * w
        sums.negative += scores.negative * w
        totalWeight += weight
    }

    var mean: VaderScores? {
        guard totalWeight > 0 else { return nil }
        let w = Double(totalWeight)
        return VaderScores(compound: pythonRound(sums.compound / w, digits: 4), positive: pythonRound(sums.positive / w, digits: 3),
                           neutral: pythonRound(sums.neutral / w, digits: 3), negative: pythonRound(sums.negative / w, digits: 3))
    }
}
