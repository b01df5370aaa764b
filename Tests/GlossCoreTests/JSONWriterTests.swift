import Foundation
import Testing
@testable import GlossCore

@Suite struct JSONWriterTests {
    @Test func writesValidEscapedJSONThatFoundationReadsBack() throws {
        var json = JSONWriter()
        json.beginObject()
        json.key("text"); json.string("quote \" backslash \\ newline \n tab \t cr \r nul \u{0} bell \u{7} emoji 👍🏽")
        json.key("numbers"); json.beginArray(); json.integer(-3); json.number(0.1); json.number(2.5e-7); json.number(1e21); json.number(.nan); json.endArray()
        json.key("empty"); json.beginObject(); json.endObject()
        json.endObject()
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(object["text"] as? String == "quote \" backslash \\ newline \n tab \t cr \r nul \u{0} bell \u{7} emoji 👍🏽")
        let numbers = try #require(object["numbers"] as? [Any])
        #expect((numbers[1] as? Double) == 0.1)
        #expect((numbers[2] as? Double) == 2.5e-7)
        #expect(numbers[4] is NSNull)
    }

    /// Decimals found without formatting a String must be exactly Swift's shortest form,
    /// which reads back to the same Double: scores, coordinates, rounded and arbitrary values.
    @Test func numbersMatchSwiftsShortestForm() {
        func text(_ value: Double) -> String { JSONNumber(value).withText { String(decoding: $0, as: UTF8.self) } }
        func swiftForm(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value) }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random() -> Double {  // SplitMix64, so that a failure can be replayed
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        let edges: [Double] = [0.0001, 0.00011, 0.1 + 0.2, 1e9 - 0.5, -0.0399, 0.842, 50.4501, -122.4194, 999_999_999.999999,
                               1.0 / 3, 2.0 / 3, 0.000099999, 123_456.789, -0.5, 0.05, 4.35e-4, 1e-7, 5e20]
        for value in edges { #expect(text(value) == swiftForm(value), "\(value)") }
        for _ in 0..<20_000 {
            let raw = (0.5 + random() / 2) * pow(10, -5 + random() * 14.5) * (random() < 0.5 ? 1 : -1)
            #expect(text(raw) == swiftForm(raw), "\(raw)")
            // Rounded to a few places, as annotators write scores and coordinates: the fast path.
            let places = Double(Int(random() * 7))
            let rounded = (raw * pow(10, places)).rounded() / pow(10, places)
            #expect(text(rounded) == swiftForm(rounded), "\(rounded)")
            if abs(rounded) >= 1e-4, abs(rounded) < 1e9, rounded != rounded.rounded() {
                guard case .decimal = JSONNumber(rounded) else { Issue.record("\(rounded) took the String path"); continue }
            }
        }
        #expect(text(.infinity) == "null" && text(3) == "3" && text(-12) == "-12")
    }
}
