import Gloss

/// Finds acronyms: where a document defines one ("the World Health Organization (WHO)"),
/// and every later use, linked to its definition. Acronyms a document uses without
/// defining them are expanded from the `known` option.
public struct AcronymAnnotator: Annotator {
    public static let description = AnnotatorDescription(
        kind: "acronyms",
        summary: "Acronyms with their expansions, from definitions in the text ('Long Form (LF)') or a list in the configuration.",
        emits: ["acronym"],
        options: [
            OptionSpec("known", .dictionary(.string), help: "Expansions of acronyms that documents use without defining them, e.g. {EU: European Union}."),
            OptionSpec("min_letters", .integer(min: 2, max: 10), default: .integer(2), help: "Shortest acronym, in letters."),
        ])

    private let known: [[UInt8]: String]
    private let minLetters: Int

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        var known = [[UInt8]: String]()
        if let entries = options.object("known") {
            for acronym in entries.names {
                guard Self.isAcronym(Array(acronym.utf8), minLetters: 2) else {
                    throw entries.error(acronym, "'\(acronym)' is not an acronym", hint: "use 2 to 10 capital letters A–Z")
                }
                known[Array(acronym.utf8)] = entries.string(acronym)
            }
        }
        self.known = known
        minLetters = options.integer("min_letters")
    }

    public func annotate(_ context: AnnotationContext) throws {
        let tokens = context.text.tokens, utf8 = context.text.utf8
        var definitions = [[UInt8]: (id: AnnotationID, expansion: String)]()
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let letters = Array(utf8[token.byteRange])
            guard Self.isAcronym(letters, minLetters: minLetters) else { continue }
            if let definition = definitions[letters] {
                context.add("acronym", bytes: token.byteRange, attributes: [
                    "expansion": .string(definition.expansion), "defined_at": .reference(definition.id)])
            } else if let longForm = Self.longForm(of: letters, at: index, tokens: tokens, utf8: utf8) {
                let expansion = context.text.string(longForm)
                let id = context.add("acronym", bytes: token.byteRange, attributes: ["expansion": .string(expansion), "source": "text"])
                definitions[letters] = (id, expansion)
            } else if let expansion = known[letters] {
                context.add("acronym", bytes: token.byteRange, attributes: ["expansion": .string(expansion), "source": "configuration"])
            }
        }
    }

    static func isAcronym(_ letters: [UInt8], minLetters: Int) -> Bool {
        letters.count >= minLetters && letters.count <= 10 && letters.allSatisfy(UTF8Scanning.isASCIIUpper)
    }

    /// Words that may sit inside a long form without giving a letter ("Bank *of* England").
    private static let linkingWords: Set<[UInt8]> = Set(["of", "the", "and", "for", "on", "in", "de", "&"].map { Array($0.utf8) })

    /// The long form right before "(ACRONYM)": words whose initials spell the acronym, read
    /// backwards from the parenthesis, skipping linking words (after Schwartz & Hearst 2003).
    static func longForm(of letters: [UInt8], at index: Int, tokens: [Token], utf8: [UInt8]) -> Range<Int>? {
        guard index >= 2, index + 1 < tokens.count, utf8[tokens[index - 1].byteRange] == [0x28], utf8[tokens[index + 1].byteRange] == [0x29] else {
            return nil
        }
        var remaining = letters.count, position = index - 2, start: Int?
        while remaining > 0, position >= 0, index - position <= 2 * letters.count + 2 {
            let word = tokens[position]
            let bytes = Array(utf8[word.byteRange])
            if word.kind == .word, bytes[0] & 0xDF == letters[remaining - 1] {
                remaining -= 1
                start = Int(word.start)
            } else if !linkingWords.contains(bytes.map { $0 | 0x20 }) {
                return nil
            }
            position -= 1
        }
        guard remaining == 0, let start else { return nil }
        return start..<Int(tokens[index - 2].end)
    }
}
