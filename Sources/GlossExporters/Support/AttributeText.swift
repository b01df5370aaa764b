import GlossCore

extension AttributeValue {
    /// A compact one-value rendering for notes and descriptions: strings as they are,
    /// numbers as JSON numbers, references as `{"ref":id}`, lists and objects as JSON.
    var displayText: String {
        if case .string(let text) = self { return text }
        return jsonText
    }

    /// The value as JSON, in Gloss JSON's encoding.
    var jsonText: String {
        var json = JSONWriter(reservingCapacity: 32)
        GlossJSON.write(self, to: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
