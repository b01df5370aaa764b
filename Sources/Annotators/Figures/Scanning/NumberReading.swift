/// A number read from pieces, before it is given a category.
struct NumberReading: Sendable {
    enum Form: Sendable { case cardinal, ordinal, fraction }

    var value: Double
    /// Index of the first piece after the number.
    var end: Int
    var form: Form = .cardinal
    /// Written at least partly in words ("twenty-nine", "3 million").
    var spelled = false
    /// Written with a decimal point.
    var hasDecimalPoint = false
    /// Plain digits without separators, decimals or words: a possible year or code.
    var plainDigits = false
    /// The magnitude word's factor ("million" → 1e6), 1 when there is none.
    var scale = 1.0
    /// A vague plural amount ("thousands"): `value` is then its lower bound.
    var vague = false
}
