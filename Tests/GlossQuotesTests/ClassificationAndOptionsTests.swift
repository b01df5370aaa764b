import GlossCore
import Testing

/// Kinds of quotation and every option.
@Suite struct ClassificationAndOptionsTests {
    @Test func aClauseAfterItsAttributionIsDirect() throws {
        let result = try QuotesHarness().run("\"This is the worst crisis in a decade,\" the analyst said.")
        #expect(result.quotes.map(\.kind) == ["direct"])
    }

    @Test func wordsInsideTheReportersSentenceArePartial() throws {
        let result = try QuotesHarness().run("Smith called the deal \"a disaster\" for the region.")
        #expect(result.quotes.map(\.kind) == ["partial"])
        #expect(result.quotes.first?.speakerName == "Smith")
    }

    @Test func quotedWordsWithNoSpeakerAreScare() throws {
        let result = try QuotesHarness().run("The so-called \"reform\" passed quietly. She watched \"Saturday Night Live\" on Sunday.")
        #expect(result.quotes.map(\.kind) == ["scare", "scare"])
        #expect(result.speakers.isEmpty)
    }

    @Test func aWholeQuotedSentenceWithoutSpeakerIsStillDirect() throws {
        let result = try QuotesHarness().run("The crowd was loud.\n\n\"Nobody here believes the official story anymore.\"")
        #expect(result.quotes.map(\.kind) == ["direct"])
        #expect(result.quotes.first?[attribute: "speaker"] == nil)
    }

    @Test func minimumWordsDropsShortQuotations() throws {
        let text = "He said \"yes\" and then \"no thanks, not now.\""
        #expect(try QuotesHarness().run(text).quoteTexts == ["\"yes\"", "\"no thanks, not now.\""])
        #expect(try QuotesHarness(options: "min_words: 2").run(text).quoteTexts == ["\"no thanks, not now.\""])
    }

    @Test func kindsSelectsWhatIsEmitted() throws {
        let text = "\"We will act soon,\" Smith said. Analysts warn of a \"frozen conflict\" there. The so-called \"reform\" failed."
        let directOnly = try QuotesHarness(options: "kinds: [direct]").run(text)
        #expect(directOnly.quoteTexts == ["\"We will act soon,\""])
        let all = try QuotesHarness().run(text)
        #expect(all.quotes.map(\.kind) == ["direct", "partial", "scare"])
    }

    @Test func attributionOffEmitsQuotesOnly() throws {
        let harness = try QuotesHarness(options: "attribution: false")
        let result = try harness.run("\"We will act,\" Smith said.")
        #expect(result.quoteTexts == ["\"We will act,\""])
        #expect(result.speakers.isEmpty)
        #expect(result.quotes.first?[attribute: "speaker"] == nil)
        #expect(harness.annotator.emittedTypes == ["quote"])
    }

    @Test func extraCueWordsComeFromTheConfiguration() throws {
        let text = "\"We will win,\" Smith bellowed."
        #expect(try QuotesHarness().run(text).quotes.first?.speakerName == nil)
        #expect(try QuotesHarness(options: "cues: [bellowed]").run(text).quotes.first?.speakerName == "Smith")
    }

    /// Options that must fail with `message` at the cue's position.
    private func expectCueError(_ options: String, saying message: String) throws {
        do {
            _ = try QuotesHarness(options: options)
            Issue.record("expected an error")
        } catch let error as ConfigError {
            #expect(error.description.contains(message))
            #expect(error.description.contains("options.yaml:1:7"))
        }
    }

    @Test func aCueThatIsNotOneWordIsAConfigurationErrorWithItsPosition() throws {
        try expectCueError("cues: [said loudly]", saying: "not a single word")
    }

    @Test func extraCuesMatchInAnyCase() throws {
        let text = "\"We will win,\" Smith BELLOWED."
        #expect(try QuotesHarness(options: "cues: [Bellowed]").run(text).quotes.first?.speakerName == "Smith")
    }

    @Test func aCueLongerThanTheWordTableAllowsIsAConfigurationError() throws {
        try expectCueError("cues: [counterrevolutionised]", saying: "longer than 16 bytes")
    }

    @Test func unknownMarkStyleIsRejected() throws {
        #expect(throws: ConfigErrors.self) { try QuotesHarness(options: "marks: [curly]") }
    }

    @Test func indirectSpeechWhenAsked() throws {
        let text = "Finnish President Alexander Stubb said that it is premature to discuss troop deployments."
        #expect(try QuotesHarness().run(text).quotes.isEmpty)
        let result = try QuotesHarness(options: "kinds: [direct, partial, indirect]").run(text)
        #expect(result.quoteTexts == ["it is premature to discuss troop deployments"])
        #expect(result.quotes.first?.kind == "indirect")
        #expect(result.quotes.first?.speakerName == "Alexander Stubb")
    }

    @Test func indirectSpeechWithTrailingAttributionAndAccordingTo() throws {
        let harness = try QuotesHarness(options: "kinds: [indirect]")
        let trailing = try harness.run("The coalition has prepared plans to deploy troops, British Prime Minister Kir Starmer stated.")
        #expect(trailing.quoteTexts == ["The coalition has prepared plans to deploy troops"])
        #expect(trailing.quotes.first?.speakerName == "Kir Starmer")
        let according = try harness.run("According to Ria Novosti, the plan involves a rapid-response force.")
        #expect(according.quoteTexts == ["the plan involves a rapid-response force"])
        #expect(according.quotes.first?.speakerName == "Ria Novosti")
    }

    @Test func sentencesWithQuotationMarksAreNotAlsoIndirect() throws {
        let result = try QuotesHarness(options: "kinds: [direct, indirect]").run("Smith said that \"we will act before the winter.\"")
        #expect(result.quotes.map(\.kind) == ["direct"])
    }
}
