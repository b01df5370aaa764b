import Testing
@testable import GlossCore

@Suite struct TokenizerTests {
    private func tokens(_ text: String) -> [(String, Token.Kind)] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { (String(decoding: bytes[$0.byteRange], as: UTF8.self), $0.kind) }
    }

    private func texts(_ text: String) -> [String] { tokens(text).map(\.0) }

    @Test func numbersKeepSeparatorsAndDecimals() {
        #expect(tokens("15,000 troops and 1.2 million") .map(\.1) == [.number, .word, .word, .number, .word])
        #expect(texts("15,000 troops and 1.2 million") == ["15,000", "troops", "and", "1.2", "million"])
        #expect(texts("In 2022, 3.") == ["In", "2022", ",", "3", "."])
        // A comma not followed by a group of three digits separates.
        #expect(texts("1,2,3") == ["1", ",", "2", ",", "3"])
    }

    @Test func magnitudesSplitFromDigits() {
        #expect(texts("$1.2bn") == ["$", "1.2", "bn"])
        #expect(tokens("$1.2bn").map(\.1) == [.symbol, .number, .word])
    }

    @Test func hyphenatedCompoundsAreOneToken() {
        #expect(texts("a 30-day, state-of-the-art COVID-19 plan") == ["a", "30-day", ",", "state-of-the-art", "COVID-19", "plan"])
        #expect(tokens("30-day").map(\.1) == [.word])
        // A digit-hyphen-digit run is a range, not a compound.
        #expect(texts("10-15") == ["10", "-", "15"])
    }

    @Test func possessivesAndContractionsSplit() {
        #expect(texts("Ukraine’s forces") == ["Ukraine", "’s", "forces"])
        #expect(tokens("Ukraine’s").map(\.1) == [.word, .clitic])
        #expect(texts("Russia's we're") == ["Russia", "'s", "we", "'re"])
        #expect(texts("O’Brien rock’n’roll") == ["O’Brien", "rock’n’roll"])
    }

    @Test func quotationMarksAreTheirOwnTokens() {
        let result = tokens("“We will act,” he said, 'soon'.")
        #expect(result.map(\.0) == ["“", "We", "will", "act", ",", "”", "he", "said", ",", "'", "soon", "'", "."])
        #expect(result[0].1 == .quote && result[5].1 == .quote)
    }

    @Test func dottedAbbreviationsStayWhole() {
        #expect(texts("the U.S. and e.g. 5 a.m.") == ["the", "U.S.", "and", "e.g.", "5", "a.m."])
        #expect(texts("Mr. Smith") == ["Mr", ".", "Smith"])
    }

    @Test func ellipsesAndUnicodeWhitespace() {
        #expect(texts("Wait... what\u{00A0}now\u{2009}then…") == ["Wait", "...", "what", "now", "then", "…"])
    }

    @Test func combiningMarksAndEmojiStayWhole() {
        let text = "Cafe\u{0301} 👍🏽 naïve"
        #expect(texts(text) == ["Cafe\u{0301}", "👍", "🏽", "naïve"])
    }
}
