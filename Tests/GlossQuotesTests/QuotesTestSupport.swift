import Foundation
import GlossCore
import GlossQuotes
import Testing

/// Runs a quotes annotator configured from YAML options over texts.
struct QuotesHarness {
    let annotator: QuotesAnnotator

    init(options yaml: String = "{}") throws {
        annotator = try QuotesAnnotator.make(options: yaml)
    }

    func run(_ text: String) throws -> QuotesResult {
        QuotesResult(text: text, annotations: try annotator.annotations(in: text))
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
