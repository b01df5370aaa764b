import Testing

/// The project's hand-made gold for the seed articles (Fixtures/seeds.jsonl, type `quote`):
/// every quotation that is not optional is found with its exact span, marks included, and
/// at least 90% of them get the right speaker (overlapping mention or same surname).
@Suite struct SeedGoldTests {
    struct GoldQuote {
        let start: Int
        let end: Int
        let text: String
        let speakerRange: Range<Int>
        let speakerName: String
    }

    private func goldDocuments() throws -> [(text: String, quotes: [GoldQuote])] {
        try Fixtures.jsonLines("seeds").map { document in
            let text = try #require(document["text"] as? String)
            let annotations = try #require(document["annotations"] as? [[String: Any]])
            let quotes = annotations.filter { $0["type"] as? String == "quote" && $0["optional"] as? Bool != true }.compactMap { gold -> GoldQuote? in
                guard let start = gold["start"] as? Int, let end = gold["end"] as? Int, let quoted = gold["text"] as? String,
                    let speakerStart = gold["speaker_start"] as? Int, let speakerEnd = gold["speaker_end"] as? Int,
                    let name = gold["speaker_name"] as? String
                else { return nil }
                return GoldQuote(start: start, end: end, text: quoted, speakerRange: speakerStart..<speakerEnd, speakerName: name)
            }
            return (text, quotes)
        }
    }

    @Test func everyQuotationIsFoundWithItsExactSpanAndMostSpeakersAreRight() throws {
        let harness = try QuotesHarness()
        var total = 0
        var rightSpeakers = 0
        for document in try goldDocuments() {
            let result = try harness.run(document.text)
            #expect(result.slicesMatch)
            for gold in document.quotes {
                total += 1
                let found = result.quotes.first { $0.start == gold.start && $0.end == gold.end }
                #expect(found != nil, "missed \(gold.text)")
                guard let found, let speaker = result.speaker(of: found) else { continue }
                let overlaps = speaker.start < gold.speakerRange.upperBound && gold.speakerRange.lowerBound < speaker.end
                let sameSurname = found.speakerName?.split(separator: " ").last == gold.speakerName.split(separator: " ").last
                if overlaps || sameSurname { rightSpeakers += 1 } else { Issue.record("wrong speaker for \(gold.text): \(speaker.text)") }
            }
        }
        #expect(total == 16)
        #expect(Double(rightSpeakers) >= 0.9 * Double(total), "\(rightSpeakers) of \(total) speakers right")
    }

    @Test func canonicalNamesFollowShortFormsAndPronouns() throws {
        let harness = try QuotesHarness()
        for document in try goldDocuments() {
            let result = try harness.run(document.text)
            for gold in document.quotes {
                guard let found = result.quotes.first(where: { $0.start == gold.start && $0.end == gold.end }) else { continue }
                #expect(found.speakerName == gold.speakerName, "\(gold.text)")
            }
        }
    }
}
