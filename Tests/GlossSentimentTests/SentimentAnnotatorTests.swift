import Foundation
import GlossCore
@testable import GlossSentiment
import Testing

/// The `sentiment` annotator over whole documents. Expected scores were computed with the
/// Python package vaderSentiment 3.3.2 on the same sentences.
@Suite struct SentimentAnnotatorTests {
    private func annotator(_ yaml: String = "{}") throws -> SentimentAnnotator {
        try SentimentAnnotator.make(options: yaml, baseDirectory: FileManager.default.temporaryDirectory.path)
    }

    private func run(_ text: String, _ yaml: String = "{}", before: (AnnotationContext) -> Void = { _ in }) throws -> [Annotation] {
        let context = AnnotationContext(document: Document(id: "test", text: text))
        before(context)
        try annotator(yaml).annotate(context)
        return context.annotations.filter { $0.type == "sentiment" }
    }

    private func level(_ annotations: [Annotation], _ level: String) -> [Annotation] {
        annotations.filter { $0[attribute: "level"]?.stringValue == level }
    }

    @Test func scoresEachSentenceAsThePythonPackageDoes() throws {
        let text = "The talks went well. It is great! He called it \"a disaster for everyone\"."
        let sentences = level(try run(text), "sentence")
        #expect(sentences.map(\.text) == ["The talks went well.", "It is great!", "He called it \"a disaster for everyone\"."])
        #expect(sentences.map { $0[attribute: "compound"]?.doubleValue } == [0.2732, 0.6588, -0.6249])
        #expect(sentences.map { $0[attribute: "label"]?.stringValue } == ["positive", "positive", "negative"])
        #expect(sentences[2][attribute: "neg"]?.doubleValue == 0.406)
        let scalars = Array(text.unicodeScalars)
        for annotation in sentences {
            #expect(String(String.UnicodeScalarView(scalars[annotation.start..<annotation.end])) == annotation.text)
        }
    }

    @Test func documentIsTheLengthWeightedMeanOverTheTrimmedText() throws {
        let text = "\n  The talks went well. It is great!  \n"
        let documents = level(try run(text), "document")
        #expect(documents.count == 1)
        #expect(documents[0].text == "The talks went well. It is great!")
        // (0.2732 × 20 + 0.6588 × 12) / 32 scalars.
        #expect(documents[0][attribute: "compound"]?.doubleValue == 0.4178)
    }

    @Test func scoresQuotationsFoundEarlier() throws {
        let text = "He called it \"a disaster for everyone\" on Monday."
        var quoteID = ""
        let quotes = level(try run(text, before: { context in
            quoteID = context.add("quote", bytes: 14..<37)
        }), "quote")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "a disaster for everyone")
        #expect(quotes.first?[attribute: "quote"] == .reference(quoteID))
        #expect(quotes.first?[attribute: "label"]?.stringValue == "negative")
    }

    @Test func levelsAndThresholdsAreOptions() throws {
        let annotations = try run("The talks went well.", "{levels: [sentence], positive_threshold: 0.5}")
        #expect(annotations.count == 1)
        #expect(annotations.first?[attribute: "label"]?.stringValue == "neutral")
        #expect(throws: ConfigError.self) { try annotator("{levels: []}") }
        #expect(throws: ConfigError.self) { try annotator("{positive_threshold: -0.2, negative_threshold: 0.2}") }
    }

    @Test func lexiconAdditionsChangeTheScore() throws {
        let text = "Officials said the ceasefire held."
        #expect(level(try run(text), "sentence").first?[attribute: "compound"]?.doubleValue == 0)
        let inline = level(try run(text, "{lexicon: {Ceasefire: 2.0}}"), "sentence").first
        #expect(inline?[attribute: "label"]?.stringValue == "positive")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-sentiment-\(UUID().uuidString).tsv")
        try "ceasefire\t-1.5\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = level(try run(text, "{lexicon_file: \(file.path)}"), "sentence").first
        #expect(fromFile?[attribute: "label"]?.stringValue == "negative")
    }

    @Test func newsModeScopesNegationToTheClause() throws {
        let text = "This is not at all a good movie."
        // vaderSentiment: "not" is four words before "good", outside its window: 0.4404.
        #expect(level(try run(text), "sentence").first?[attribute: "compound"]?.doubleValue == 0.4404)
        #expect(level(try run(text, "{news_mode: true}"), "sentence").first?[attribute: "label"]?.stringValue == "negative")
    }
}
