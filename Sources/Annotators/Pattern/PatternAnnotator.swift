import Foundation
import GlossCore

/// Term lists and regular expressions declared in YAML (like spaCy's EntityRuler or a
/// GATE gazetteer): no code needed for a new entity type.
public struct PatternAnnotator: Annotator {
    static let ruleOptions: [OptionSpec] = [
        OptionSpec("label", .string, required: true, help: "Label written in the 'label' attribute of each match."),
        OptionSpec("type", .string, help: "Annotation type of the matches; defaults to the annotator's 'type'."),
        OptionSpec("terms", .list(.string), default: .list([]), help: "Literal terms to find."),
        OptionSpec("term_files", .list(.path(mustExist: true)), default: .list([]),
                   help: "Files with one term per line ('#' starts a comment), relative to the configuration file."),
        OptionSpec("regex", .list(.string), default: .list([]), help: "Regular expressions (Swift Regex syntax) to find."),
        OptionSpec("case_sensitive", .bool, default: .bool(false), help: "Match letter case exactly (case folding is ASCII-only for terms)."),
        OptionSpec("whole_word", .bool, default: .bool(true), help: "Only match where no letter or digit touches either end."),
    ]

    public static let description = AnnotatorDescription(
        kind: "pattern",
        summary: "Term lists and regular expressions declared in YAML, each with a label.",
        emits: ["entity"],
        options: [
            OptionSpec("type", .string, default: .string("entity"), help: "Annotation type of the matches."),
            OptionSpec("patterns", .list(.object(ruleOptions)), required: true, help: "The rules: each has a label and terms, term files or regexes."),
        ])

    private let rules: [PatternRule]
    private let termMatchers: [TermMatcher]

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        let defaultType = options.string("type") ?? "entity"
        var rules = [PatternRule]()
        var errors = [ConfigError]()
        for ruleOptions in options.objects("patterns") {
            do {
                rules.append(try PatternRule(options: ruleOptions, defaultType: defaultType))
            } catch let error as ConfigError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw ConfigErrors(errors) }
        self.rules = rules
        termMatchers = TermMatcher.build(for: rules)
    }

    public var emittedTypes: [String] { Array(Set(rules.map(\.type))).sorted() }

    public func annotate(_ context: AnnotationContext) throws {
        var matches = [PatternMatch]()
        for matcher in termMatchers { matcher.matches(in: context.text.utf8, into: &matches) }
        for (index, rule) in rules.enumerated() where !rule.regexes.isEmpty {
            rule.regexMatches(in: context.document.text, ruleIndex: index, utf8: context.text.utf8, into: &matches)
        }
        matches.sort { ($0.range.lowerBound, -$0.range.upperBound, $0.ruleIndex) < ($1.range.lowerBound, -$1.range.upperBound, $1.ruleIndex) }
        var previous: PatternMatch?
        for match in matches where match != previous {
            previous = match
            let rule = rules[match.ruleIndex]
            context.add(rule.type, bytes: match.range, attributes: ["label": .string(rule.label), "source": .string(match.source)])
        }
    }
}

/// One found span: which rule, where (UTF-8 bytes), and whether a term or a regex found it.
struct PatternMatch: Hashable {
    let ruleIndex: Int
    let range: Range<Int>
    let source: String
}
