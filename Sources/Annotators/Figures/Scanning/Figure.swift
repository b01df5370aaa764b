import GlossCore

/// What a figure is.
enum FigureCategory: String, Sendable, CaseIterable {
    case cardinal, decimal, ordinal, fraction, percent, money, quantity, date, duration, age, range, multiplier
    /// Digits inside names and codes (COVID-19, Boeing 737): only when asked for.
    case code
}

/// A figure found in the text, as piece indices plus its normalised reading.
struct Figure: Sendable {
    var category: FigureCategory
    /// Pieces `first..<end` make up the span.
    var first: Int
    var end: Int
    var value: Double?
    var minimum: Double?
    var maximum: Double?
    /// ISO 8601 / TIMEX-style value of a date ("2022-02", "2014", "XXXX-WXX-4", "199X").
    var dateValue: String?
    var granularity: String?
    var unit: MeasureUnit?
    var currency: Currency?
    var qualifier: Qualifier?
    /// For ranges: the category of both ends (money, percent, quantity …).
    var rangeOf: FigureCategory?
    var counted: String?
    var spelled = false

    /// The attributes written on the `figure` annotation.
    var attributes: Attributes {
        var attributes: Attributes = ["category": .string(category.rawValue)]
        if let dateValue { attributes["value"] = .string(dateValue) } else if let value { attributes["value"] = .number(value) }
        if let minimum { attributes["min"] = .number(minimum) }
        if let maximum { attributes["max"] = .number(maximum) }
        if let granularity { attributes["granularity"] = .string(granularity) }
        if let unit {
            attributes["unit"] = .string(unit.name)
            attributes["dimension"] = .string(unit.dimension)
        }
        if let currency {
            if let code = currency.code { attributes["currency"] = .string(code) }
            if currency.assumed { attributes["currency_assumed"] = .bool(true) }
            if let minor = currency.minorUnit { attributes["unit"] = .string(minor) }
        }
        if let qualifier {
            attributes["qualifier"] = .string(qualifier.attributeValue)
            attributes["approximate"] = .bool(qualifier == .approximate)
        }
        if let rangeOf { attributes["range_of"] = .string(rangeOf.rawValue) }
        if let counted { attributes["counted"] = .string(counted) }
        if spelled { attributes["spelled_out"] = .bool(true) }
        return attributes
    }
}
