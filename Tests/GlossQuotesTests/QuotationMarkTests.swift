import GlossCore
import Testing

/// Finding quotations: mark styles, nesting, apostrophes, stray marks, paragraphs.
@Suite struct QuotationMarkTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let quotes: [String]
        var options = "{}"
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "straight marks", text: "\"We will act,\" Smith said.", quotes: ["\"We will act,\""]),
        Case(name: "curly marks", text: "“We will act,” said Jane Smith.", quotes: ["“We will act,”"]),
        Case(name: "nested curly single marks stay inside",
             text: "“He told me ‘never again’ and meant it,” said Ann Lee.", quotes: ["“He told me ‘never again’ and meant it,”"]),
        Case(name: "nested straight single marks stay inside",
             text: "\"They called it 'a farce' yesterday,\" Ann Lee said.", quotes: ["\"They called it 'a farce' yesterday,\""]),
        Case(name: "apostrophes are not quotation marks, even with single marks on",
             text: "Ukraine’s envoy, O’Brien and the ’90s rock ’n’ roll crowd met at Ivan's.", quotes: [],
             options: "marks: [double, single]"),
        Case(name: "a plural possessive does not close a single quotation early",
             text: "The ‘peace plan’ was the leaders’ idea.", quotes: ["‘peace plan’"], options: "marks: [double, single]"),
        Case(name: "a stray opener is dropped at the paragraph end and swallows nothing",
             text: "He said \"yes and left.\nShe said \"no,\" firmly.", quotes: ["\"no,\""]),
        Case(name: "a stray closing mark is ignored", text: "The ” mark here is stray. “Fine,” she said.", quotes: ["“Fine,”"]),
        Case(name: "an unclosed quotation at the end of the text is dropped", text: "Smith said: “Never mind the", quotes: []),
        Case(name: "a straight opener seen while one is open restarts the quotation",
             text: "They said \"maybe and then \"certainly not,\" Smith added.", quotes: ["\"certainly not,\""]),
        Case(name: "an inch sign is not a quotation", text: "The 27\" screen looks \"bright,\" the analyst said.",
             quotes: ["\"bright,\""]),
        Case(name: "empty marks are not a quotation", text: "He wrote \"\" in the box.", quotes: []),
        Case(name: "guillemets when asked", text: "«We will act», said Emmanuel Macron.", quotes: ["«We will act»"],
             options: "marks: [double, guillemets]"),
        Case(name: "guillemets are off by default", text: "«We will act», said Emmanuel Macron.", quotes: []),
        Case(name: "low-9 marks close with a curly double mark", text: "„We will act“, said Olaf Scholz.", quotes: ["„We will act“"],
             options: "marks: [double, low-9]"),
        Case(name: "a dash after the quotation", text: "“We will act” — Smith told reporters.", quotes: ["“We will act”"]),
    ]

    @Test(arguments: cases)
    func findsQuotations(_ testCase: Case) throws {
        let result = try QuotesHarness(options: testCase.options).run(testCase.text)
        #expect(result.quoteTexts == testCase.quotes)
        #expect(result.slicesMatch)
    }

    @Test func multiParagraphQuotationsAreLinkedPartsWithOneSpeaker() throws {
        let text = "“We will act today.\n\n“We will act tomorrow.\n\n“And we will not stop,” the minister said."
        let result = try QuotesHarness().run(text)
        #expect(result.quoteTexts == ["“We will act today.", "“We will act tomorrow.", "“And we will not stop,”"])
        let quotes = result.quotes
        guard quotes.count == 3 else { return }
        #expect(quotes[0][attribute: "continues"]?.referenceValue == quotes[1].id)
        #expect(quotes[1][attribute: "continuation_of"]?.referenceValue == quotes[0].id)
        #expect(quotes[1][attribute: "continues"]?.referenceValue == quotes[2].id)
        #expect(quotes[2][attribute: "continuation_of"]?.referenceValue == quotes[1].id)
        #expect(Set(quotes.compactMap { result.speaker(of: $0)?.text }) == ["minister"])
        #expect(quotes.allSatisfy { $0.kind == "direct" })
    }

    @Test func multiParagraphStraightQuotesWithWindowsLineEnds() throws {
        let text = "\"First part of it.\r\n\r\n\"Second part,\" Smith said.\r\n"
        let result = try QuotesHarness().run(text)
        #expect(result.quoteTexts == ["\"First part of it.", "\"Second part,\""])
        #expect(result.quotes.allSatisfy { $0.speakerName == "Smith" })
        #expect(result.slicesMatch)
    }

    @Test func splitQuotationIsTwoLinkedSpansWithOneSpeaker() throws {
        let result = try QuotesHarness().run("“The plan,” said Foreign Minister Anna Berg, “is dead on arrival.”")
        #expect(result.quoteTexts == ["“The plan,”", "“is dead on arrival.”"])
        guard result.quotes.count == 2 else { return }
        #expect(result.quotes[0][attribute: "continues"]?.referenceValue == result.quotes[1].id)
        #expect(result.quotes[1][attribute: "continuation_of"]?.referenceValue == result.quotes[0].id)
        #expect(result.quotes.allSatisfy { $0.speakerName == "Anna Berg" })
        #expect(result.speakers.count == 1)
        #expect(result.speakers.first?.string("title") == "Foreign Minister")
    }

    @Test func splitQuotationWithPronoun() throws {
        let result = try QuotesHarness().run("Mayor Ann Lee spoke first. \"We will act,\" she said, \"and soon.\"")
        #expect(result.quoteTexts == ["\"We will act,\"", "\"and soon.\""])
        #expect(result.quotes.allSatisfy { $0.speakerName == "Ann Lee" })
        #expect(result.quotes.last?[attribute: "continuation_of"]?.referenceValue == result.quotes.first?.id)
    }

    @Test func offsetsCountScalarsAroundNonASCIIText() throws {
        let result = try QuotesHarness().run("Résumé: “Über alles,” said Jürgen Klopp 🙂.")
        #expect(result.quoteTexts == ["“Über alles,”"])
        #expect(result.speakers.map(\.text) == ["Jürgen Klopp"])
        #expect(result.slicesMatch)
    }

    /// Mark soup never throws, never crosses a paragraph and keeps every slice exact.
    @Test func straySoupNeverThrowsNorCrossesParagraphs() throws {
        let pieces = ["\"", "“", "”", "‘", "’", "'", "«", "»", "„", " ", "word", "He said", ",", ".", "\n", "\n\n", "O’Brien", "’90s"]
        var seed: UInt64 = 42
        let harness = try QuotesHarness(options: "marks: [double, single, guillemets, low-9]")
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<60 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let result = try harness.run(text)
            #expect(result.slicesMatch)
            let layer = TextLayer(text: text)
            let paragraphs = layer.paragraphs.map { layer.offsets.scalars(forBytes: $0) }
            for quote in result.quotes {
                #expect(paragraphs.contains { $0.contains(quote.start) && quote.end <= $0.upperBound }, "\(text.debugDescription)")
            }
        }
    }
}
