import Testing
import GlossCore

@Suite struct AttributesTests {
    @Test func literalKeepsNameOrderWhateverTheWrittenOrder() {
        let attributes: Attributes = ["speaker": .reference("quotes-2"), "kind": "direct", "cue": "said", "attribution": "after"]
        #expect(attributes.map(\.name) == ["attribution", "cue", "kind", "speaker"])
        #expect(attributes["kind"] == .string("direct"))
        #expect(attributes["speaker"]?.referenceValue == "quotes-2")
        #expect(attributes["speaker_name"] == nil)
    }

    @Test func settingReplacesInsertsInOrderAndRemoves() {
        var attributes = Attributes(minimumCapacity: 4)
        attributes["neg"] = .number(0.1)
        attributes["compound"] = .number(-0.4)
        attributes["label"] = "negative"
        attributes["compound"] = .number(-0.5)
        #expect(attributes.map(\.name) == ["compound", "label", "neg"])
        #expect(attributes["compound"]?.doubleValue == -0.5)
        attributes["label"] = nil
        attributes["missing"] = nil
        #expect(attributes.map(\.name) == ["compound", "neg"])
        #expect(attributes.count == 2)
    }

    @Test func equalityAndDictionaryConversionIgnoreInsertionOrder() {
        var built = Attributes()
        built["b"] = 2
        built["a"] = 1
        let literal: Attributes = ["a": 1, "b": 2]
        let converted = Attributes(["b": 2, "a": 1])
        #expect(built == literal && literal == converted)
        #expect(Set([built, literal, converted]).count == 1)
        #expect(literal != ["a": 1, "b": 3])
    }

    @Test func namesOrderByUnicodeScalarsLikeSortedKeys() {
        let names = ["zeta", "Zeta", "é", "e", "_x", "a1", "a"]
        let attributes = Attributes(Dictionary(uniqueKeysWithValues: names.map { ($0, AttributeValue.bool(true)) }))
        #expect(attributes.map(\.name) == names.sorted())
    }
}
