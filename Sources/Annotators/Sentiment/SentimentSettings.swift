import Foundation
import GlossCore

/// What a text span is scored as.
enum SentimentLevel: String, CaseIterable, Sendable {
    case sentence, document, quote
}

/// The validated options of a `sentiment` annotator.
struct SentimentSettings: Sendable {
    let levels: Set<SentimentLevel>
    let positiveThreshold: Double
    let negativeThreshold: Double
    let analyzer: VaderAnalyzer

    init(options: OptionValues) throws {
        levels = Set(options.strings("levels").compactMap(SentimentLevel.init(rawValue:)))
        if levels.isEmpty { throw options.error("levels", "no level selected", hint: "for example [sentence, document]") }
        positiveThreshold = options.number("positive_threshold")
        negativeThreshold = options.number("negative_threshold")
        if negativeThreshold > positiveThreshold {
            throw options.error("negative_threshold", "negative_threshold \(negativeThreshold) is above positive_threshold \(positiveThreshold)")
        }
        var lexicon = VaderLexicon.bundled
        if let path = options.string("lexicon_file") {
            lexicon = lexicon.adding(try Self.readLexiconFile(path, options: options))
        }
        if let inline = options.object("lexicon") {
            lexicon = lexicon.adding(Dictionary(uniqueKeysWithValues: inline.names.map { ($0, inline.number($0)) }))
        }
        analyzer = VaderAnalyzer(lexicon: lexicon, ruleSet: options.bool("news_mode") ? .news : .vader)
    }

    func label(_ compound: Double) -> String {
        compound >= positiveThreshold ? "positive" : compound <= negativeThreshold ? "negative" : "neutral"
    }

    /// A `word<TAB>valence` file; its words are added to (or replace) the bundled lexicon.
    private static func readLexiconFile(_ path: String, options: OptionValues) throws -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw options.error("lexicon_file", "cannot read \(path)")
        }
        do {
            let file = try VaderLexicon(tsv: [UInt8](data))
            return Dictionary(file.entries.map { (String(decoding: $0.word, as: UTF8.self), $0.valence) }, uniquingKeysWith: { $1 })
        } catch {
            throw options.error("lexicon_file", "\(path): \(error)", hint: "one 'word<TAB>valence' per line, valence from -4 to 4")
        }
    }
}
