import GlossCore

extension OutputBytes {
    /// An attribute value in Gloss JSON: strings escaped as `JSONEscaping` says, numbers as
    /// `JSONNumber` says, a reference as `{"ref":id}` (so readers can tell it from a string),
    /// object members in name order.
    mutating func appendJSON(_ value: AttributeValue) {
        switch value {
        case .string(let text): appendJSONString(text)
        case .integer(let number): appendDecimal(number)
        case .number(let number): appendJSONNumber(number)
        case .bool(let flag): flag ? append("true") : append("false")
        case .reference(let id): append(#"{"ref":"#); appendJSONString(id); append("}")
        case .list(let items):
            append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { append(",") }
                appendJSON(item)
            }
            append("]")
        case .object(let fields):
            append("{")
            for (index, (name, value)) in fields.enumerated() {
                if index > 0 { append(",") }
                appendJSONString(name); append(":"); appendJSON(value)
            }
            append("}")
        }
    }

    mutating func appendJSONNumber(_ value: Double) {
        JSONNumber(value).withText { append($0) }
    }
}
