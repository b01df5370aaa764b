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

    /// Names set one by one in any order end up in Unicode scalar order (UTF-8 byte order),
    /// the order exporters write them in.
    @Test func namesSetInAnyOrderEndInScalarOrder() {
        let names = ["zeta", "Zeta", "é", "e", "_x", "a1", "a", "", "😀", "ab"]
        let byBytes = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for order in [names, names.reversed(), byBytes.reversed(), stride(from: 1, to: 20, by: 2).map { names[$0 % names.count] } + names] {
            var attributes = Attributes()
            for name in order { attributes[name] = .string(name) }
            #expect(attributes.map(\.name) == byBytes, "set in the order \(order)")
            #expect(attributes.allSatisfy { $0.value == .string($0.name) })
        }
    }

    @Test func aNameGivenTwiceInALiteralIsAProgrammingError() async {
        await #expect(processExitsWith: .failure) {
            _ = ["kind": "direct", "cue": "said", "kind": "partial"] as Attributes
        }
    }
}
