import Foundation
import GlossCore
import GlossQuotes
import Testing

/// Runs a quotes annotator configured from YAML options over texts.
struct QuotesHarness {
    let annotator: QuotesAnnotator

    init(options yaml: String = "{}") throws {
        let node = try ConfigNode.parse(yaml: yaml, file: "test.yaml")
        var validator = OptionValidator(baseDirectory: ".")
        let options = validator.object(node, specs: QuotesAnnotator.description.options, what: "options",
                                       location: SourceLocation(file: "test.yaml", line: 1, column: 1))
        if let error = validator.errors.first { throw error }
        annotator = try QuotesAnnotator(configuration: AnnotatorConfiguration(id: "quotes", options: options))
    }

    func run(_ text: String) throws -> QuotesResult {
        let context = AnnotationContext(document: Document(id: "test", text: text))
        try annotator.annotate(context)
        return QuotesResult(text: text, annotations: context.annotations)
    }
}

/// The annotations of one run, with the quote → speaker links followed.
struct QuotesResult {
    let text: String
    let annotations: [Annotation]

    var quotes: [Annotation] { annotations.filter { $0.type == "quote" } }
    var speakers: [Annotation] { annotations.filter { $0.type == "speaker" } }
    var quoteTexts: [String] { quotes.map(\.text) }

    func annotation(_ id: AttributeValue?) -> Annotation? {
        guard let id = id?.referenceValue else { return nil }
        return annotations.first { $0.id == id }
    }

    func speaker(of quote: Annotation) -> Annotation? { annotation(quote[attribute: "speaker"]) }

    /// Every annotation's text is its slice of the document, in Unicode scalars.
    var slicesMatch: Bool {
        let scalars = Array(text.unicodeScalars)
        return annotations.allSatisfy { annotation in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[annotation.start..<annotation.end])
            return String(view) == annotation.text
        }
    }
}

extension Annotation {
    var kind: String? { attributes["kind"]?.stringValue }
    var speakerName: String? { attributes["speaker_name"]?.stringValue }
    func string(_ name: String) -> String? { attributes[name]?.stringValue }
}

enum Fixtures {
    static func jsonLines(_ name: String) throws -> [[String: Any]] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }
}
