import Foundation
import GlossCore
import Testing
@testable import GlossExporters

@Suite struct FormatExporterTests {
    /// Double features as Swift prints them, short decimals included, and the special values as Java reads them.
    @Test func xmiWritesDoubleFeaturesAsSwiftPrintsThem() throws {
        let numbers: [Double] = [0.0399, -0.5, 3, 1e-05, 123_456.789, .nan, .infinity, -.infinity, -0.0, 1e15, 5e-324]
        let values = numbers.map(AttributeValue.number) + [.integer(-7), .integer(10_000_000_000_000_000)]
        let document = AnnotatedDocument(document: Document(id: "scores", text: SampleDocuments.text), annotations: values.enumerated().map {
            SampleDocuments.annotation("sentiment-\($0.offset + 1)", "sentiment", "rose", ["compound": $0.element, "label": "neutral"])
        })
        let files = try XMIExporter(context: SampleDocuments.context).files(for: document)
        let xmi = try #require(SampleDocuments.text(of: files, endingWith: ".xmi"))
        for expected in ["0.0399", "-0.5", "3.0", "1e-05", "123456.789", "NaN", "Infinity", "-Infinity", "-0.0", "1000000000000000.0", "5e-324", "-7.0", "1e+16"] {
            #expect(xmi.contains(" compound=\"\(expected)\""), "compound \(expected)")
        }
    }

    @Test func xmiCountsUTF16UnitsAndEscapesLineBreaks() throws {
        let files = try XMIExporter(context: SampleDocuments.context).files(for: SampleDocuments.annotated)
        let xmi = try #require(SampleDocuments.text(of: files, endingWith: ".xmi"))
        // The emoji before the quote takes two UTF-16 units: scalar 16 is unit 17.
        #expect(xmi.contains("<gloss:Quote xmi:id=\"4\" sofa=\"1\" begin=\"17\" end=\"36\" text=\"“Rents will&#13;&#10;fall,”\""))
        #expect(xmi.contains("<gloss:Annotation xmi:id=\"6\" sofa=\"1\" begin=\"7\" end=\"9\""))
        #expect(xmi.contains("Müller.&#9;\"/>"))
        #expect(xmi.contains("speaker=\"7\""))
        #expect(xmi.contains("<gloss:QuoteSpeakerLink xmi:id=\"7\" role=\"speaker\" target=\"5\"/>"))
        #expect(xmi.contains("members=\"2 3 4 5 6\""))
        #expect(!xmi.contains("\r"))
    }

    @Test func webAnnotationHasSelectorsIdentifiersAndLinks() throws {
        let files = try WebAnnotationExporter(context: SampleDocuments.context).files(for: SampleDocuments.annotated)
        let data = try #require(files.first?.bytes)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["id"] as? String == "urn:gloss:doc:news%2Fsample/annotations")
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 5)
        let quote = try #require(items.first { $0["id"] as? String == "urn:gloss:doc:news%2Fsample/annotation/quote-1" })
        let selectors = try #require((quote["target"] as? [String: Any])?["selector"] as? [[String: Any]])
        #expect(selectors[0]["start"] as? Int == 16 && selectors[0]["end"] as? Int == 35)
        #expect(selectors[1]["exact"] as? String == "“Rents will\r\nfall,”")
        #expect(selectors[1]["prefix"] as? String == "Zürich 😀 rose.\r\n")
        let link = try #require(items.first { $0["motivation"] as? String == "linking" })
        #expect(link["target"] as? String == "urn:gloss:doc:news%2Fsample/annotation/quote-1")
        let location = String(decoding: data, as: UTF8.self)
        #expect(location.contains("\"purpose\":\"identifying\",\"source\":\"https://sws.geonames.org/2657896/\""))
    }

    /// Bodies read `name: value` with the value as notes show it: strings as they are, other
    /// values as their JSON (both taken from the prepared attribute JSON, so escaped once).
    @Test func webAnnotationBodiesShowNamesAndValues() throws {
        var document = SampleDocuments.annotated
        document = AnnotatedDocument(document: document.document, annotations: document.annotations + [
            SampleDocuments.annotation("note-1", "note", "rose", [
                "said": "a \"quoted\"\nline\\ \u{1}é😀", "flag": true, "big \"name\"": 1.5, "mood": "calm",
            ]),
        ])
        let files = try WebAnnotationExporter(context: SampleDocuments.context).files(for: document)
        let data = try #require(files.first?.bytes)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let bodies = items.flatMap { ($0["body"] as? [[String: Any]]) ?? [] }.map { ($0["purpose"] as? String ?? "", $0["value"] as? String ?? "") }
        for expected in [("describing", "said: a \"quoted\"\nline\\ \u{1}é😀"), ("classifying", "flag: true"), ("describing", "big \"name\": 1.5"),
                         ("classifying", "mood: calm"), ("describing", "tags: [\"a\",1]"), ("describing", "speaker_name: Anna Müller"),
                         ("classifying", "kind: direct"), ("describing", "latitude: 47.37"), ("describing", "annotator: notes")] {
            #expect(bodies.contains { $0 == expected }, "\(expected)")
        }
    }

    /// Types and annotator ids that Swift finds equal but are other bytes (NFC and NFD) are
    /// written as each annotation has them.
    @Test func typesEqualOnlyUpToNormalisationKeepTheirBytes() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let document = AnnotatedDocument(document: Document(id: "forms", text: "one two"), annotations: [
            Annotation(id: "a-1", type: composed, start: 0, end: 3, text: "one", annotator: decomposed, attributes: [:]),
            Annotation(id: "a-2", type: decomposed, start: 4, end: 7, text: "two", annotator: composed, attributes: [:]),
        ])
        let json = String(decoding: GlossJSON.encode(document, context: SampleDocuments.context), as: UTF8.self)
        let types = json.components(separatedBy: "\"type\":\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(types.map { Array($0.unicodeScalars) } == [Array(composed.unicodeScalars), Array(decomposed.unicodeScalars)])
        let annotators = json.components(separatedBy: "\"annotator\":\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(annotators.map { Array($0.unicodeScalars) } == [Array(decomposed.unicodeScalars), Array(composed.unicodeScalars)])
    }

    @Test func spaCyTokensTileTheTextAndMeetEveryBoundary() {
        let document = SampleDocuments.annotated
        let text = DocumentScalars(document.document.text)
        let tokens = SpaCyTokens.make(text, boundaries: document.annotations.map { $0.start..<$0.end })
        let scalars = Array(document.document.text.unicodeScalars)
        func covered(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        // Between two tokens there is nothing or exactly one U+0020.
        for (left, right) in zip(tokens, tokens.dropFirst()) {
            #expect(right.lowerBound == left.upperBound || covered(left.upperBound..<right.lowerBound) == " ")
        }
        #expect(tokens.first?.lowerBound == 0 && tokens.last?.upperBound == text.count)
        for annotation in document.annotations {
            #expect(tokens.contains { $0.lowerBound == annotation.start })
            #expect(tokens.contains { $0.upperBound == annotation.end })
        }
        // "Anna  Müller": the second space is a token of its own.
        #expect(tokens.contains { covered($0) == " " })
    }

    @Test func labelStudioRegionsRelationsAndConfig() throws {
        let exporter = LabelStudioExporter(context: SampleDocuments.context)
        let task = String(decoding: try exporter.files(for: SampleDocuments.annotated)[0].bytes, as: UTF8.self)
        #expect(task.contains("\"from_id\":\"quote-1\",\"to_id\":\"speaker-1\",\"direction\":\"right\",\"labels\":[\"speaker\"]"))
        #expect(task.contains("\"value\":{\"start\":16,\"end\":35,\"text\":\"“Rents will\\r\\nfall,”\",\"labels\":[\"quote\"]}"))
        let config = try #require(SampleDocuments.text(of: exporter.runFiles(), endingWith: "config.xml"))
        #expect(config.contains("<Relation value=\"speaker\"/>"))
        #expect(config.contains("<Choices name=\"quote_kind\" toName=\"text\" perRegion=\"true\" whenLabelValue=\"quote\">"))
    }
}
