/// The four numbers of `polarity_scores`, rounded as the package rounds them.
public struct VaderScores: Sendable, Equatable, CustomStringConvertible {
    /// Normalised sum of valences in [−1, 1], 4 decimals.
    public var compound: Double
    /// Shares of positive, neutral and negative weight, 3 decimals each.
    public var positive: Double
    public var neutral: Double
    public var negative: Double

    public init(compound: Double, positive: Double, neutral: Double, negative: Double) {
        self.compound = compound
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
    }

    public static let zero = VaderScores(compound: 0, positive: 0, neutral: 0, negative: 0)

    public var description: String {
        "compound \(compound) pos \(positive) neu \(neutral) neg \(negative)"
    }

    /// `score_valence`: sums the valences, adds "!"/"?" emphasis in the direction of the sum
    /// and to the larger side of the positive/negative split. `valences` are those of the
    /// scored tokens among `tokenCount`; the others are zeros, which change none of the sums
    /// (each starts at +0.0, which adding ±0.0 leaves as it is).
    init(valences: UnsafeBufferPointer<Double>, tokenCount: Int, exclamationMarks: Int, questionMarks: Int) {
        guard tokenCount > 0 else {
            self = .zero
            return
        }
        // No sentiment word (an eighth of sentences): every token is neutral, whatever the marks.
        guard !valences.isEmpty else {
            self.init(compound: 0, positive: 0, neutral: 1, negative: 0)
            return
        }
        var sum = 0.0
        var positiveSum = 0.0
        var negativeSum = 0.0
        var neutralCount = tokenCount
        for valence in valences {
            sum += valence
            // ±1 so that a sentiment word outweighs a neutral one, which counts 1. The sign is
            // unpredictable, so it scales instead of branching: a sum that starts at +0.0 is
            // unchanged by the ±0.0 it then adds.
            positiveSum += (valence + 1) * (valence > 0 ? 1 : 0)
            negativeSum += (valence - 1) * (valence < 0 ? 1 : 0)
            neutralCount -= valence != 0 ? 1 : 0
        }
        let emphasis = Self.punctuationEmphasis(exclamationMarks: exclamationMarks, questionMarks: questionMarks)
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        if positiveSum > abs(negativeSum) {
            positiveSum += emphasis
        } else if positiveSum < abs(negativeSum) {
            negativeSum -= emphasis
        }
        let total = positiveSum + abs(negativeSum) + Double(neutralCount)
        self.init(
            compound: pythonRound(Self.normalized(sum), digits: 4),
            positive: pythonRound(abs(positiveSum / total), digits: 3),
            neutral: pythonRound(abs(Double(neutralCount) / total), digits: 3),
            negative: pythonRound(abs(negativeSum / total), digits: 3))
    }

    static func normalized(_ score: Double) -> Double {
        min(1, max(-1, score / (score * score + VaderConstants.alpha).squareRoot()))
    }

    /// Up to four "!" add 0.292 each; two or three "?" add 0.18 each, more add 0.96.
    static func punctuationEmphasis(exclamationMarks: Int, questionMarks: Int) -> Double {
        let exclamation = Double(min(exclamationMarks, 4)) * 0.292
        let question = questionMarks > 1 ? (questionMarks <= 3 ? Double(questionMarks) * 0.18 : 0.96) : 0
        return exclamation + question
    }
}

/// Python's `round(x, digits)`: the exact binary value of `x` rounded half-to-even at the
/// decimal digit, then the nearest double. Scaling alone (x * 10^d).rounded() differs when
/// the product rounds onto a .5 tie, so the product's rounding error decides those.
/// Inlined, so that `digits` is a constant and the scale folds away.
@inline(__always)
func pythonRound(_ value: Double, digits: Int) -> Double {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let product = value * scale
    // From 2^52 on every double is a whole number (NaN and infinities stay what they are).
    guard product.magnitude < 0x1p52 else { return product / scale }
    // Through Int64, because `rounded` is a call into libm without SSE4.1.
    let whole = Double(Int64(product.magnitude))
    let fraction = product.magnitude - whole  // exact
    if fraction != 0.5 {
        return Double(signOf: product, magnitudeOf: fraction > 0.5 ? whole + 1 : whole) / scale
    }
    // A tie after rounding the product: its exact error (a fused multiply-add, slow without
    // hardware FMA, hence only here) tells on which side the exact value lies.
    let error = (-product).addingProduct(value, scale)
    if error == 0 { return product.rounded(.toNearestOrEven) / scale }
    return (error > 0 ? product.rounded(.up) : product.rounded(.down)) / scale
}
