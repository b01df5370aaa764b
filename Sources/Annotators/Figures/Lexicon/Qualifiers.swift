/// How exact a figure is, from the words before (or after) it.
enum Qualifier: Sendable {
    case approximate, atLeast, atMost
    /// "exactly", "precisely": a hedge saying the value is not rounded.
    case exact
    /// "equal to", "equals": a comparison like "more than", written as `exact`.
    case equal

    var attributeValue: String {
        switch self {
        case .approximate: "approximate"
        case .atLeast: "at least"
        case .atMost: "at most"
        case .exact, .equal: "exact"
        }
    }

    /// Bounds make the figure an interval, so their words belong to its span; hedges
    /// ("about") only say the value is loose and stay outside it.
    var isBound: Bool { self == .atLeast || self == .atMost }

    /// Comparisons ("more than", "equal to") belong to the span, hedges do not.
    var isComparison: Bool { isBound || self == .equal }
}

/// Phrases before a number that qualify it. Longest match wins ("no more than" over "more than").
enum QualifierWords {
    static let before: [(String, Qualifier)] = [
        ("about", .approximate), ("around", .approximate), ("approximately", .approximate), ("aproximately", .approximate),
        ("roughly", .approximate), ("some", .approximate), ("nearly", .approximate), ("almost", .approximate),
        ("an estimated", .approximate), ("estimated", .approximate), ("close to", .approximate), ("circa", .approximate),
        ("approx", .approximate), ("approx.", .approximate), ("c.", .approximate), ("just over", .approximate),
        ("just under", .approximate), ("nigh on", .approximate), ("upwards of", .atLeast), ("in excess of", .atLeast),
        ("more than", .atLeast), ("over", .atLeast), ("at least", .atLeast), ("no less than", .atLeast),
        ("no fewer than", .atLeast), ("not less than", .atLeast), ("greater than", .atLeast), ("larger than", .atLeast),
        ("higher than", .atLeast), ("bigger than", .atLeast), ("above", .atLeast), ("exceeding", .atLeast), ("exceed", .atLeast),
        ("exceeds", .atLeast), ("surpass", .atLeast), ("surpassing", .atLeast), ("at minimum", .atLeast),
        ("greater than or equal to", .atLeast), ("more than or equal to", .atLeast), ("equal to or more than", .atLeast),
        ("equal to or greater than", .atLeast), ("at least or equal to", .atLeast), ("bigger or equal than", .atLeast),
        ("higher or equal than", .atLeast), (">", .atLeast), ("> =", .atLeast), (">=", .atLeast), ("≥", .atLeast),
        ("up to", .atMost), ("less than", .atMost), ("fewer than", .atMost), ("under", .atMost), ("below", .atMost),
        ("as many as", .atMost), ("as much as", .atMost), ("no more than", .atMost), ("not more than", .atMost),
        ("lower than", .atMost), ("smaller than", .atMost), ("at most", .atMost), ("at the most", .atMost),
        ("less than or equal to", .atMost), ("smaller or equal than", .atMost), ("lower or equal than", .atMost),
        ("equal to or less than", .atMost), ("fewer than or equal to", .atMost), ("<", .atMost), ("< =", .atMost),
        ("<=", .atMost), ("≤", .atMost),
        ("exactly", .exact), ("precisely", .exact), ("equal to", .equal), ("equals", .equal),
        ("equals to", .equal), ("equaling to", .equal),
    ]

    /// Phrases after a number: "500 or more", "30 or less".
    static let after: [(String, Qualifier)] = [
        ("or more", .atLeast), ("and more", .atLeast), ("or greater", .atLeast), ("or above", .atLeast), ("or over", .atLeast),
        ("plus", .atLeast), ("or less", .atMost), ("or fewer", .atMost), ("or below", .atMost), ("or under", .atMost),
        ("or equal", .equal), ("or equal to", .equal),
    ]
}
