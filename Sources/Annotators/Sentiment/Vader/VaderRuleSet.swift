/// Which variant of the rules scores a text. `.vader` is the reference behaviour;
/// `.news` changes two rules whose fixed-window shortcuts misfire on long news sentences.
public struct VaderRuleSet: Sendable, Equatable {
    /// Weigh around "but" by each valence's own position, not by the first equal value.
    public var positionalBut: Bool
    /// A negation reaches forward to the end of its clause (a token ending in , ; : . ! ?
    /// or the word "but"), at most `negationReach` words, instead of exactly three words.
    public var clauseScopedNegation: Bool
    public var negationReach: Int

    /// vaderSentiment 3.3.2, quirks included.
    public static let vader = VaderRuleSet(positionalBut: false, clauseScopedNegation: false, negationReach: 3)
    /// For news; compared with `.vader` on human ratings by Scripts/sentiment/evaluate_news_mode.py.
    public static let news = VaderRuleSet(positionalBut: true, clauseScopedNegation: true, negationReach: 4)
}
