import Testing
@testable import GlossSentiment

/// One test per VADER rule. Every expected value was computed with the Python package
/// vaderSentiment 3.3.2 (`SentimentIntensityAnalyzer().polarity_scores`), not by hand.
@Suite struct VaderRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let compound: Double
        let pos: Double
        let neu: Double
        let neg: Double
        init(_ text: String, _ compound: Double, _ pos: Double, _ neu: Double, _ neg: Double) {
            (self.text, self.compound, self.pos, self.neu, self.neg) = (text, compound, pos, neu, neg)
        }
        var testDescription: String { text.debugDescription }
    }

    private func check(_ cases: [Case]) {
        for expected in cases {
            let scores = VaderAnalyzer.standard.polarityScores(expected.text)
            #expect(
                scores == VaderScores(compound: expected.compound, positive: expected.pos, neutral: expected.neu, negative: expected.neg),
                "\(expected.text.debugDescription)")
        }
    }

    @Test func lexiconWordsCarryTheirValence() {
        check([Case("The book was good.", 0.4404, 0.492, 0.508, 0.0), Case("The book was bad.", -0.5423, 0.0, 0.462, 0.538),
               Case("The book was a book.", 0.0, 0.0, 1.0, 0.0)])
    }

    @Test func boostersRaiseAndDampenersLowerTheNextWord() {
        check([Case("The book was very good.", 0.4927, 0.444, 0.556, 0.0), Case("The book was very bad.", -0.5849, 0.0, 0.513, 0.487),
               Case("The book was extremely very good.", 0.5379, 0.41, 0.59, 0.0),
               Case("The book was slightly good.", 0.3832, 0.395, 0.605, 0.0),
               Case("The book was kind of good.", 0.3832, 0.343, 0.657, 0.0),
               Case("The book was sort of bad.", -0.5849, 0.0, 0.569, 0.431)])
    }

    @Test func allCapsEmphasisesOnlyInMixedCaseText() {
        check([Case("The book was GOOD.", 0.5622, 0.548, 0.452, 0.0), Case("The book was VERY good.", 0.6028, 0.495, 0.505, 0.0),
               Case("THE BOOK WAS GOOD.", 0.4404, 0.492, 0.508, 0.0)])
    }

    @Test func negationWithinThreeWordsFlipsAndShrinks() {
        check([Case("The book was not good.", -0.3412, 0.0, 0.624, 0.376), Case("The book isn't good.", -0.3412, 0.0, 0.555, 0.445),
               Case("Not a good book.", -0.3412, 0.0, 0.555, 0.445), Case("not so very good", -0.427, 0.0, 0.515, 0.485),
               Case("I never said it was good", 0.4404, 0.367, 0.633, 0.0)])
    }

    @Test func neverSoAndWithoutDoubtIntensifyInsteadOfNegating() {
        check([Case("It has never been so good.", 0.5777, 0.428, 0.572, 0.0), Case("It has never been this good.", 0.5228, 0.403, 0.597, 0.0),
               Case("It has never been good.", -0.3412, 0.0, 0.624, 0.376), Case("Without doubt good.", 0.6136, 0.834, 0.166, 0.0),
               Case("Without a doubt, good.", 0.6136, 0.715, 0.285, 0.0)])
    }

    @Test func noNegatesTheFollowingLexiconWord() {
        check([Case("no", -0.296, 0.0, 0.0, 1.0), Case("no good", -0.3412, 0.0, 0.294, 0.706), Case("no problems", 0.3089, 0.693, 0.307, 0.0),
               Case("no or bad", 0.1655, 0.471, 0.165, 0.364), Case("no nor good", -0.0412, 0.389, 0.191, 0.42)])
    }

    @Test func leastNegatesExceptAtLeastAndVeryLeast() {
        check([Case("the least good", -0.3412, 0.0, 0.454, 0.546), Case("at least good", 0.4404, 0.592, 0.408, 0.0),
               Case("very least good", 0.4902, 0.614, 0.386, 0.0), Case("least good", -0.3412, 0.0, 0.294, 0.706)])
    }

    /// The last two keep the package's `list.index` quirk: equal valences are re-scaled at
    /// the position of their first copy.
    @Test func butHalvesBeforeAndRaisesAfter() {
        check([Case("It was good but slow.", 0.2382, 0.328, 0.672, 0.0), Case("Good but bad.", -0.5859, 0.253, 0.13, 0.617),
               Case("good good but good good", 0.891, 0.921, 0.079, 0.0),
               Case("It was good, but bad, but good", 0.0129, 0.399, 0.275, 0.326)])
    }

    @Test func exclamationAndQuestionMarksAmplify() {
        check([Case("Good!", 0.4926, 1.0, 0.0, 0.0), Case("Good!!!", 0.5826, 1.0, 0.0, 0.0), Case("Good!!!!!!", 0.6209, 1.0, 0.0, 0.0),
               Case("Good?", 0.4404, 1.0, 0.0, 0.0), Case("Good??", 0.504, 1.0, 0.0, 0.0), Case("Good????", 0.594, 1.0, 0.0, 0.0),
               Case("Bad!!", -0.6229, 0.0, 0.0, 1.0)])
    }

    @Test func specialIdiomsReplaceTheValence() {
        check([Case("That movie was the shit", 0.6124, 0.5, 0.5, 0.0), Case("I think that is the bomb", 0.6124, 0.444, 0.556, 0.0),
               Case("it was the kiss of death", -0.6124, 0.0, 0.444, 0.556), Case("just enough fun here", 0.5106, 0.524, 0.476, 0.0),
               Case("yeah right, great", 0.743, 0.863, 0.137, 0.0)])
    }

    @Test func kindOfIsADampenerButKindAloneIsPositive() {
        check([Case("kind", 0.5267, 1.0, 0.0, 0.0), Case("kind of", 0.0, 0.0, 1.0, 0.0), Case("she was kind", 0.5267, 0.63, 0.37, 0.0)])
    }

    @Test func emojiAreReplacedByTheirDescriptions() {
        check([Case("I love it 😁", 0.802, 0.545, 0.455, 0.0), Case("x😁y", 0.4588, 0.375, 0.625, 0.0), Case("🔛", 0.0, 0.0, 1.0, 0.0),
               Case("💔", 0.2732, 0.575, 0.0, 0.425)])
    }

    @Test func tokensLosePunctuationUnlessTheyAreEmoticons() {
        check([Case("'good'", 0.4404, 1.0, 0.0, 0.0), Case(":)", 0.4588, 1.0, 0.0, 0.0), Case(":-(", -0.3612, 0.0, 0.0, 1.0),
               Case("good:)", 0.4404, 1.0, 0.0, 0.0), Case("(bad)", -0.5423, 0.0, 0.0, 1.0), Case("good\u{a0}bad", -0.1531, 0.453, 0.0, 0.547)])
    }

    @Test func emptyTextScoresZero() {
        check([Case("", 0.0, 0.0, 0.0, 0.0), Case("   ", 0.0, 0.0, 0.0, 0.0)])
    }

    /// Python's round() works on the exact binary value: 0.00015 is stored just below the
    /// tie and 0.125 is a true tie that goes to the even digit.
    @Test func roundingFollowsPython() {
        #expect(pythonRound(0.00015, digits: 4) == 0.0001)
        #expect(pythonRound(0.125, digits: 2) == 0.12)
        #expect(pythonRound(0.375, digits: 2) == 0.38)
        #expect(pythonRound(-0.00025, digits: 4) == -0.0003)
        #expect(pythonRound(2.675, digits: 2) == 2.67)
        #expect(pythonRound(0.0005, digits: 3) == 0.001)
        #expect(pythonRound(-0.99995, digits: 4) == -1.0)
        #expect(pythonRound(1e300, digits: 3) == 1e300)
        // Python keeps the sign of a value that rounds to zero: round(-0.00001, 4) is -0.0.
        #expect(pythonRound(-0.00001, digits: 4).sign == .minus)
        #expect(pythonRound(0.00001, digits: 4).sign == .plus)
    }
}
