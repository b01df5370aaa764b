import Testing

/// Who said it: speakers before, after, inside, in the previous or next sentence;
/// pronouns, short forms, titles, organisations and groups.
@Suite struct AttributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// The quotation to look at (its text, marks included).
        let quote: String
        /// The speaker mention as written.
        let mention: String
        /// The canonical speaker name, or nil when none can be known.
        let speakerName: String?
        var entity: String? = nil
        var title: String? = nil
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "name before, colon", text: "Prime Minister Sir Keir Starmer said: \"We are ready to act now.\"",
             quote: "\"We are ready to act now.\"", mention: "Prime Minister Sir Keir Starmer", speakerName: "Keir Starmer",
             entity: "person", title: "Prime Minister Sir"),
        Case(name: "pronoun back to the full first mention",
             text: "Prime Minister Sir Keir Starmer spoke on Monday. \"We are ready,\" he said.",
             quote: "\"We are ready,\"", mention: "he", speakerName: "Keir Starmer", entity: "person"),
        Case(name: "surname alone", text: "Ukrainian President Volodymyr Zelensky arrived in Paris. \"Peace is possible,\" Zelensky said.",
             quote: "\"Peace is possible,\"", mention: "Zelensky", speakerName: "Volodymyr Zelensky"),
        Case(name: "title and first name", text: "Prime Minister Sir Keir Starmer met allies. \"Time is short,\" Sir Keir said.",
             quote: "\"Time is short,\"", mention: "Sir Keir", speakerName: "Keir Starmer", title: "Sir"),
        Case(name: "organisation as subject",
             text: "The Russian Ministry of Defense said the strikes were \"a firm response.\"",
             quote: "\"a firm response.\"", mention: "Russian Ministry of Defense", speakerName: "Russian Ministry of Defense",
             entity: "organisation"),
        Case(name: "group as subject", text: "Military analysts warned of a \"frozen conflict\" in the east.",
             quote: "\"frozen conflict\"", mention: "Military analysts", speakerName: "Military analysts", entity: "group"),
        Case(name: "according to", text: "The plan, according to coalition officials, is meant to \"deter aggression.\"",
             quote: "\"deter aggression.\"", mention: "coalition officials", speakerName: "coalition officials", entity: "group"),
        Case(name: "passive by, after the quotation",
             text: "The leaders will draw up \"practical plans\" for the force, as outlined by Sir Keir Starmer.",
             quote: "\"practical plans\"", mention: "Sir Keir Starmer", speakerName: "Keir Starmer"),
        Case(name: "inverted: said + title + name", text: "\"We will not retreat,\" said Defense Secretary Lloyd Austin.",
             quote: "\"We will not retreat,\"", mention: "Defense Secretary Lloyd Austin", speakerName: "Lloyd Austin",
             title: "Defense Secretary"),
        Case(name: "appositive between subject and cue",
             text: "Jane Smith, a spokeswoman for the ministry, said: \"No decision has been made.\"",
             quote: "\"No decision has been made.\"", mention: "Jane Smith", speakerName: "Jane Smith"),
        Case(name: "relative clause naming a place", text: "Zelensky, who visited Kyiv on Monday, said the talks were \"a waste of time.\"",
             quote: "\"a waste of time.\"", mention: "Zelensky", speakerName: "Zelensky"),
        Case(name: "relative who after a group", text: "The plan worried analysts, who argue that it risks a \"frozen conflict\" there.",
             quote: "\"frozen conflict\"", mention: "analysts", speakerName: "analysts", entity: "group"),
        Case(name: "participle shares the main subject",
             text: "President Ann Lee stayed calm, stating in an address that \"the world must recognize our right to exist.\"",
             quote: "\"the world must recognize our right to exist.\"", mention: "President Ann Lee", speakerName: "Ann Lee"),
        Case(name: "speaker in the previous sentence (same paragraph)",
             text: "\"We will act,\" Smith said. \"Nobody should doubt it.\"",
             quote: "\"Nobody should doubt it.\"", mention: "Smith", speakerName: "Smith"),
        Case(name: "speaker in the previous paragraph",
             text: "\"We will act,\" said Jan Novak.\n\n\"Nobody should doubt it.\"",
             quote: "\"Nobody should doubt it.\"", mention: "Jan Novak", speakerName: "Jan Novak"),
        Case(name: "introduced by a colon in the previous paragraph",
             text: "The minister, Jan Novak, told reporters:\n\n\"We will not retreat from this position.\"",
             quote: "\"We will not retreat from this position.\"", mention: "Jan Novak", speakerName: "Jan Novak"),
        Case(name: "speaker in the next sentence", text: "“We will act now.” Mayor Ann Lee said so on Monday.",
             quote: "“We will act now.”", mention: "Mayor Ann Lee", speakerName: "Ann Lee", title: "Mayor"),
        Case(name: "it for an organisation",
             text: "The Foreign Ministry issued a note. \"The claims are false,\" it said.",
             quote: "\"The claims are false,\"", mention: "it", speakerName: "Foreign Ministry", entity: "organisation"),
        Case(name: "they for a group", text: "Officials said the plan was \"premature.\" They called it \"reckless.\"",
             quote: "\"reckless.\"", mention: "They", speakerName: "Officials", entity: "group"),
        Case(name: "pronoun skips a name that only appears as an object",
             text: "\"We must act,\" said Sir Keir Starmer. He criticized Vladimir Putin for the delays. \"Pressure works,\" he added.",
             quote: "\"Pressure works,\"", mention: "he", speakerName: "Keir Starmer"),
        Case(name: "question mark before the attribution", text: "“Why now?” asked Senator Ann Lee.",
             quote: "“Why now?”", mention: "Senator Ann Lee", speakerName: "Ann Lee", title: "Senator"),
        Case(name: "told reporters that", text: "Smith told reporters that \"the talks had collapsed entirely.\"",
             quote: "\"the talks had collapsed entirely.\"", mention: "Smith", speakerName: "Smith"),
        Case(name: "Mr. abbreviation kept in the mention", text: "\"We are done,\" Mr. Smith said.",
             quote: "\"We are done,\"", mention: "Mr. Smith", speakerName: "Smith", title: "Mr"),
        Case(name: "role and name: Kremlin spokesman", text: "\"No comment,\" Kremlin spokesman Dmitry Peskov told reporters.",
             quote: "\"No comment,\"", mention: "Kremlin spokesman Dmitry Peskov", speakerName: "Dmitry Peskov"),
        Case(name: "a statement by an organisation",
             text: "A statement released by the Ukrainian army emphasized that the line would \"hold at all costs.\"",
             quote: "\"hold at all costs.\"", mention: "Ukrainian army", speakerName: "Ukrainian army", entity: "organisation"),
    ]

    @Test(arguments: cases)
    func findsTheSpeaker(_ testCase: Case) throws {
        let result = try QuotesHarness().run(testCase.text)
        let quote = try #require(result.quotes.first { $0.text == testCase.quote }, "quotes found: \(result.quoteTexts)")
        let speaker = try #require(result.speaker(of: quote))
        #expect(speaker.text == testCase.mention)
        #expect(quote.speakerName == testCase.speakerName)
        #expect(speaker.string("name") == testCase.speakerName)
        if let entity = testCase.entity { #expect(speaker.string("entity") == entity) }
        if let title = testCase.title { #expect(speaker.string("title") == title) }
        #expect(result.slicesMatch)
    }

    @Test func quotationsOfOneMentionShareOneSpeakerAnnotation() throws {
        let result = try QuotesHarness().run("Smith said it was \"absurd\" and \"dangerous.\"")
        #expect(result.quoteTexts == ["\"absurd\"", "\"dangerous.\""])
        #expect(result.speakers.map(\.text) == ["Smith"])
        #expect(Set(result.quotes.compactMap { $0[attribute: "speaker"]?.referenceValue }) == [result.speakers.first?.id])
    }

    @Test func theCueIsRecorded() throws {
        let result = try QuotesHarness().run("\"We will win,\" Smith warned.")
        #expect(result.quotes.first?.string("cue") == "warned")
    }
}
